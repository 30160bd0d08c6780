/**
 * Extraction up to the article's cleaned body: metadata, Readability, and the
 * cleaning before and after it. No sanitiser here: this is all the click's
 * content script runs, and the extension page that shows the article
 * sanitises it (utils/core/extract/finish.ts), so the page does not pay for DOMPurify.
 * Pure: it takes a Document, which it takes apart (callers pass a clone).
 *
 * Two promises hold whatever the cleaning does:
 * - the safety net: Sift never shows less article than Readability found. When
 *   the cleaning would take most of the running text Readability found (or all
 *   of it), Readability's body is kept with only the removals that are sure;
 * - the gate: "not an article" is said from what extraction found (too little
 *   running text, gate.ts), and only when Readability on the untouched page
 *   finds none either. A click is the reader asking to read.
 */
import { Readability } from '@mozilla/readability';
import type { ArticleMeta, ExtractFailure, StageTimings } from '../article/types';
import { commitCleaning, lightClean, postClean, preClean } from './clean';
import { fixMedia } from './media';
import { readMetadata, stripSiteName, type PageMeta } from './metadata';
import { promoteNoscriptBody } from './noscript';
import { isPreview } from './paywall';
import { runningWordsOf, MIN_RUNNING_WORDS } from './gate';
import { siteOf } from '../pages/site';
import { collapseWhitespace } from '../text/whitespace';
import { now } from './clock';

export interface ExtractOptions {
  /** Page URL (for resolving relative links/images, and fallback site name). */
  url?: string;
  /** Fingerprints of blocks the user removed on this site before (see blockFingerprint). */
  removedBlocks?: string[];
  /** "Show anyway": no "not an article", whatever the page holds. */
  force?: boolean;
  /** Above this many elements: failure 'too-large' instead of a long freeze. */
  maxElements?: number;
  /** Told of everything the cleaning removes (rule name, its text): the extraction bench's --why. */
  onRemove?: (rule: string, text: string) => void;
  /**
   * An untouched copy of the same page, made only when it is needed: when
   * Sift's own passes find no article, plain Readability gets a say on it.
   * Without one, the answer rests on this copy alone.
   */
  freshCopy?: () => Document;
}

export type DraftResult =
  { ok: true; meta: ArticleMeta; content: Element; timings: StageTimings } | { ok: false; failure: ExtractFailure; timings: StageTimings };

/** Typical news pages have 1,000-20,000 elements; Readability's passes grow with it, so stop well before a freeze. */
export const DEFAULT_MAX_ELEMENTS = 80_000;

/** The cleaning may take at most this share of the running text Readability found before the safety net steps in. */
const MAX_CLEANED_SHARE = 0.5;

interface Body {
  content: Element;
  parsed: {
    title?: string | null;
    byline?: string | null;
    siteName?: string | null;
    lang?: string | null;
    dir?: string | null;
    excerpt?: string | null;
  };
}

/** Readability on `doc` (taken apart), its body element, or null when it finds none. */
function readability(doc: Document): Body | null {
  const parsed = new Readability(doc, { serializer: (el: Node) => el as unknown as string }).parse();
  const content = parsed?.content as unknown as Element | null | undefined;
  return parsed && content ? { content, parsed } : null;
}

/** The article's metadata and cleaned (not yet sanitised) body element. */
export function extractDraft(doc: Document, options: ExtractOptions = {}): DraftResult {
  const timings: StageTimings = {};
  const url = options.url ?? (doc.URL && !doc.URL.startsWith('about:') ? doc.URL : undefined);
  const elements = doc.getElementsByTagName('*').length;
  const max = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (elements > max) {
    // Serialising is costly, but only on this path and once.
    const bytes = doc.documentElement?.outerHTML.length ?? 0;
    return { ok: false, failure: { kind: 'too-large', bytes, elements }, timings };
  }
  const meta = readMetadata(doc, url);
  const docTitle = collapseWhitespace(doc.title ?? '');
  const host = siteOf(url);
  const cleanCtx = { removedBlocks: options.removedBlocks, articleBody: meta.articleBody, host, onRemove: options.onRemove };

  let t = now();
  promoteNoscriptBody(doc);
  const pre = preClean(doc, options.onRemove);
  timings.clean = now() - t;

  t = now();
  let found = readability(doc);
  timings.readability = now() - t;

  t = now();
  let content: Element | null = null;
  let title = meta.title ?? docTitle;
  let readabilityWords = 0;
  let words = 0;
  if (found) {
    title = meta.title ?? stripSiteName(found.parsed.title ?? docTitle, meta.siteName, host);
    const cleaning = postClean(found.content, { ...cleanCtx, title });
    const kept = cleaning.all.filter((b) => !cleaning.isRemoved(b));
    readabilityWords = runningWordsOf(cleaning.all, 'net');
    const keptWords = runningWordsOf(kept, 'net');
    if (readabilityWords > 0 && keptWords < readabilityWords * (1 - MAX_CLEANED_SHARE)) {
      // The safety net: the cleaning took most of what Readability read. Keep Readability's body, sure removals only.
      options.onRemove?.('safety-net', `cleaning kept ${keptWords} of ${readabilityWords} words of running text`);
      const light = lightClean(found.content, { ...cleanCtx, title });
      words = runningWordsOf(light.blocks);
    } else {
      commitCleaning(cleaning);
      words = runningWordsOf(kept);
    }
    content = found.content;
  }
  timings.clean = (timings.clean ?? 0) + (now() - t);

  // Too little running text: before saying so, let plain Readability read the untouched page.
  if (!content || words < MIN_RUNNING_WORDS) {
    const copy = options.freshCopy?.();
    if (copy) {
      t = now();
      const plain = readability(copy);
      timings.readability = (timings.readability ?? 0) + (now() - t);
      t = now();
      const light = plain ? lightClean(plain.content, { ...cleanCtx, title }) : null;
      timings.clean = (timings.clean ?? 0) + (now() - t);
      const plainWords = light ? runningWordsOf(light.blocks) : 0;
      if (plain && plainWords >= MIN_RUNNING_WORDS && plainWords > words) {
        options.onRemove?.('safety-net', 'plain Readability on the untouched page');
        found = plain;
        content = plain.content;
        words = plainWords;
        title = meta.title ?? stripSiteName(plain.parsed.title ?? docTitle, meta.siteName, host);
      }
    }
  }
  // Not an article: said only now that neither Sift nor plain Readability found running text, and with "Show anyway".
  if (!options.force && words < MIN_RUNNING_WORDS) {
    return { ok: false, failure: { kind: 'not-article', title: title || docTitle }, timings };
  }
  if (!content || !found || !content.textContent?.trim()) return { ok: false, failure: { kind: 'empty' }, timings };

  t = now();
  fixMedia(content, url);
  timings.clean = (timings.clean ?? 0) + (now() - t);
  if (!content.textContent?.trim() && !content.querySelector('img')) return { ok: false, failure: { kind: 'empty' }, timings };

  return { ok: true, meta: articleMeta(meta, found, content, title, url, pre.paywall), content, timings };
}

function articleMeta(meta: PageMeta, found: Body, content: Element, title: string, url: string | undefined, paywall: boolean): ArticleMeta {
  const { parsed } = found;
  const out: ArticleMeta = {
    url: meta.canonical ?? url ?? '',
    title,
    byline: meta.byline ?? (parsed.byline ? collapseWhitespace(parsed.byline) : null),
    siteName: meta.siteName ?? parsed.siteName ?? null,
    published: meta.published,
    lang: meta.lang ?? parsed.lang ?? null,
    dir: meta.dir ?? parsed.dir ?? null,
    excerpt: meta.excerpt ?? (parsed.excerpt ? collapseWhitespace(parsed.excerpt) : null),
  };
  if (isPreview(meta, content, paywall)) out.preview = true;
  return out;
}
