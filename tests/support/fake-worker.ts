/** For unit tests of the worker callers: a stand-in Worker class (jsdom and Node have none). */
import { vi } from 'vitest';

export interface FakeWorkerSide<Reply> {
  onmessage: ((e: { data: Reply }) => void) | null;
  onerror: ((e: { preventDefault(): void }) => void) | null;
}

/** Installs a global Worker that answers each request the given way (it sees the request); returns one entry per terminate(). */
export function fakeWorker<Reply>(answer: (w: FakeWorkerSide<Reply>, request: unknown) => void): boolean[] {
  const terminated: boolean[] = [];
  class FakeWorker implements FakeWorkerSide<Reply> {
    onmessage: ((e: { data: Reply }) => void) | null = null;
    onerror: ((e: { preventDefault(): void }) => void) | null = null;
    postMessage(request: unknown) {
      setTimeout(() => answer(this, request), 0);
    }
    terminate() {
      terminated.push(true);
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return terminated;
}
