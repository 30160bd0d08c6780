/**
 * One request to a fresh worker, and its one reply, checked by the
 * protocol's parser. Null when the worker cannot start, dies, or answers
 * something else: the caller then does the work in the page. The worker is
 * stopped either way (which also closes its connection to the reading list).
 * Takes a function that starts the worker: Vite bundles a worker only from a
 * literal `new Worker(new URL('./x.worker.ts', import.meta.url))`.
 */
export function callWorker<Request, Reply>(
  start: () => Worker,
  request: Request,
  parse: (v: unknown) => Reply | null,
  transfer: Transferable[] = [],
): Promise<Reply | null> {
  let worker: Worker;
  try {
    worker = start();
  } catch {
    return Promise.resolve(null);
  }
  return new Promise<Reply | null>((resolve) => {
    worker.onmessage = (e: MessageEvent<unknown>) => resolve(parse(e.data));
    // The script did not load or threw: null, and the page does the work itself.
    worker.onerror = (e) => {
      e.preventDefault();
      resolve(null);
    };
    worker.postMessage(request, transfer);
  }).finally(() => worker.terminate());
}
