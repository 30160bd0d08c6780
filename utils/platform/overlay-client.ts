/**
 * The reader over the page's side of its channel to the service worker
 * (protocol.ts, channel 6). It runs in the page as a content script: the fact
 * and summary code, the reading list and tabs are the service worker's.
 */
import { browser } from 'wxt/browser';
import { errorMessage } from '../core/errors';
import { parseOverlayAnswer, PROTOCOL_VERSION, type OverlayAnswer, type OverlayAsk } from './protocol';
import type { Load } from './article-source';
import type { ViewHost } from './view-host';
import { withoutRemovedBlocks } from '../core/library/saved-body';
import { t } from './i18n';

type Ask = OverlayAsk extends infer A ? (A extends { v: number } ? Omit<A, 'v'> : never) : never;

async function ask(a: Ask): Promise<OverlayAnswer> {
  try {
    const answer = parseOverlayAnswer(await browser.runtime.sendMessage({ v: PROTOCOL_VERSION, ...a }));
    return answer ?? { v: PROTOCOL_VERSION, ok: false, message: t('answerNotUnderstoodReload') };
  } catch (err) {
    // The extension was updated or reloaded since this page opened the view.
    return { v: PROTOCOL_VERSION, ok: false, message: t('unreachable', errorMessage(err)) };
  }
}

/** Asks the service worker for the view's UI script, once the article is painted. */
export async function requestOverlayUi(): Promise<void> {
  await ask({ kind: 'ui' });
}

/** The host of the reader over the page: `load` extracts the page again, `close` takes the view off it. */
export function overlayHost(load: (force: boolean) => Promise<Load>, close: () => void): ViewHost {
  return {
    surface: 'overlay',
    source: { kind: 'page' },
    load,
    async analyse(input) {
      const a = await ask({ kind: 'analyse', input });
      if (!a.ok) throw new Error(a.message);
      return { facts: a.facts ?? [], summary: a.summary ?? [] };
    },
    async save(article, removedBlocks, opts) {
      // The removed blocks go here, where there is a DOM (the same step as every way of saving: saved-body.ts).
      const kept = withoutRemovedBlocks(article, removedBlocks, window);
      if (!kept) return { ok: false, message: t('nothingLeftToSave') };
      const a = await ask({ kind: 'save', article: kept, summaryLength: opts.summaryLength, tags: opts.tags ?? [] });
      return a.ok ? { ok: true, updated: a.updated ?? false } : { ok: false, message: a.message };
    },
    async openReaderTab(_source, shown) {
      if (shown) await ask({ kind: 'open-reader', article: shown.article, selection: shown.selection });
    },
    async openPage(page) {
      await ask({ kind: 'open', page });
    },
    leave: close,
    async storyContext(article) {
      const a = await ask({ kind: 'story', article });
      return a.ok ? (a.story ?? null) : null;
    },
  };
}
