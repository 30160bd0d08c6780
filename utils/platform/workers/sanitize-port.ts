/**
 * The import worker has no DOM, and DOMPurify needs one: it sends the imported
 * articles' HTML to the page over a MessagePort, a batch at a time, and the page
 * sanitises each batch in its own task (so it keeps answering meanwhile).
 */
import { sanitizeArticleHtml } from '../../core/extract/sanitize';
import type { SanitizeHtml } from '../../core/library/import/sanitize';
import { errorMessage } from '../../core/errors';
import { parseSanitizeReply, parseSanitizeRequest, PROTOCOL_VERSION, type SanitizeReply } from '../protocol';

/** In a page: sanitise with its DOM. */
export function pageSanitizer(win: Window & typeof globalThis): SanitizeHtml {
  return (htmls) => htmls.map((h) => sanitizeArticleHtml(h, win));
}

/** In a page: answer a worker's requests on `port` until it closes. */
export function serveSanitizing(port: MessagePort, win: Window & typeof globalThis): void {
  const sanitize = pageSanitizer(win);
  port.onmessage = (e: MessageEvent<unknown>) => {
    const req = parseSanitizeRequest(e.data);
    if (!req) return;
    let reply: SanitizeReply;
    try {
      reply = { v: PROTOCOL_VERSION, id: req.id, ok: true, htmls: sanitize(req.htmls) as string[] };
    } catch (err) {
      reply = { v: PROTOCOL_VERSION, id: req.id, ok: false, message: errorMessage(err) };
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
    else w.reject(new Error(`The articles’ HTML could not be sanitised (${reply.message}). Nothing was imported.`));
  };
  return (htmls) =>
    new Promise<string[]>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      port.postMessage({ v: PROTOCOL_VERSION, id, htmls });
    });
}
