/**
 * The import worker has no DOM, and DOMPurify needs one: it sends the imported
 * articles' HTML to the page over a MessagePort, a batch at a time, and the page
 * sanitises each batch in its own task (so it keeps answering meanwhile).
 */
import { sanitizeArticleHtml } from '../../core/extract/sanitize';
import type { SanitizeHtml } from '../../core/library/import/sanitize';
import { errorMessage } from '../../core/errors';
import { parseSanitizeReply, parseSanitizeRequest, PROTOCOL_VERSION, type SanitizeReply, type SanitizeRequest } from '../protocol';

/** How far an import's sanitising has got: articles done, of those to do. */
export type ImportProgress = (done: number, total: number) => void;

/** In a page: sanitise with its DOM. */
export function pageSanitizer(win: Window & typeof globalThis, onProgress?: ImportProgress): SanitizeHtml {
  return (htmls, { done, total }) => {
    onProgress?.(done, total);
    return htmls.map((h) => sanitizeArticleHtml(h, win));
  };
}

/**
 * In a page: answer a worker's requests on `port` until it closes. A failure is
 * worded here by `failure` (a worker has no i18n), and the worker passes it on as it is.
 */
export function serveSanitizing(
  port: MessagePort,
  win: Window & typeof globalThis,
  onProgress?: ImportProgress,
  failure: (detail: string) => string = (d) => d,
): void {
  const sanitize = pageSanitizer(win, onProgress);
  port.onmessage = (e: MessageEvent<unknown>) => {
    const req = parseSanitizeRequest(e.data);
    if (!req) return;
    let reply: SanitizeReply;
    try {
      reply = { v: PROTOCOL_VERSION, id: req.id, ok: true, htmls: sanitize(req.htmls, req) as string[] };
    } catch (err) {
      reply = { v: PROTOCOL_VERSION, id: req.id, ok: false, message: failure(errorMessage(err)) };
    }
    port.postMessage(reply);
  };
}

/** In the worker: a sanitiser that asks the page on `port`. */
export function portSanitizer(port: MessagePort): SanitizeHtml {
  let next = 0;
  const waiting = new Map<number, { resolve(h: string[]): void; reject(e: Error): void }>();
  port.onmessage = (e: MessageEvent<unknown>) => {
    const reply = parseSanitizeReply(e.data);
    const w = reply && waiting.get(reply.id);
    if (!reply || !w) return;
    waiting.delete(reply.id);
    if (reply.ok) w.resolve(reply.htmls);
    else w.reject(new Error(reply.message));
  };
  return (htmls, { done, total }) =>
    new Promise<string[]>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      const req: SanitizeRequest = { v: PROTOCOL_VERSION, id, htmls, done, total };
      port.postMessage(req);
    });
}
