/**
 * The reader over the page lives in a closed shadow root, which page scripts
 * (and Playwright's locators) cannot enter. The DevTools protocol can: these
 * helpers find the view's root through CDP and run a function on it.
 */
import type { Page } from 'playwright-core';
import type { Sift } from './chromium';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export const OVERLAY_HOST = 'SIFT-READER-VIEW';

function find(n: DomNode, name: string): DomNode | null {
  if (n.nodeName === name) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const f = find(c, name);
    if (f) return f;
  }
  return null;
}

export interface OverlayDom {
  /** Runs `fn` with the view's shadow root as `this` (in the page's main world, through DevTools); null when no view is open. */
  call<T>(fn: string, ...args: unknown[]): Promise<T | null>;
  /** The view's rendered text, or null. */
  text(): Promise<string | null>;
  /** Clicks the element the selector names inside the view. */
  click(selector: string): Promise<boolean>;
  detach(): Promise<void>;
}

export async function overlayDom(sift: Sift, page: Page): Promise<OverlayDom> {
  const cdp = await sift.context.newCDPSession(page);
  const call = async <T>(fn: string, ...args: unknown[]): Promise<T | null> => {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, OVERLAY_HOST);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
    const r = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T } };
    return r.result.value;
  };
  return {
    call,
    text: () => call<string>('function () { return this.querySelector(".sift-overlay")?.innerText ?? ""; }'),
    click: async (selector) =>
      Boolean(
        await call<boolean>('function (s) { const e = this.querySelector(s); if (!e) return false; e.click(); return true; }', selector),
      ),
    detach: () => cdp.detach(),
  };
}

/** Waits until the open view's text satisfies `ok`. */
export async function waitForOverlayText(o: OverlayDom, ok: (text: string) => boolean, ms = 10_000): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  while (Date.now() < until) {
    last = (await o.text()) ?? '';
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the reader over the page did not show what was expected; it showed: ${last.slice(0, 300)}`);
}
