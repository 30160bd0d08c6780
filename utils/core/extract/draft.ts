/**
 * Extraction up to the article's cleaned body: metadata, Readability, and the
 * cleaning before and after it. No sanitiser here: this is all the click's
 * content script runs, and the extension page that shows the article
 * sanitises it (utils/core/extract/finish.ts), so the page does not pay for DOMPurify.
 * Pure: it takes a Document, which it takes apart (callers pass a clone).
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ArticleMeta, ExtractFailure, StageTimings } from '../article/types';
import { postClean, preClean } from './clean';
import { fixMedia } from './media';
import { readMetadata, stripSiteName } from './metadata';
import { siteOf } from '../pages/site';
import { collapseWhitespace } from '../text/whitespace';
import { now } from './clock';

export interface ExtractOptions {
  /** Page URL (for resolving relative links/images, and fallback site name). */
  url?: string;
  /** Fingerprints of blocks the user removed on this site before (see blockFingerprint). */
  removedBlocks?: string[];
  /** "Show anyway": skip the isProbablyReaderable gate. */
  force?: boolean;
  /** Above this many elements: failure 'too-large' instead of a long freeze. */
  maxElements?: number;
  /** Told of everything the cleaning removes (rule name, its text): the extraction bench's --why. */
  onRemove?: (rule: string, text: string) => void;
}

export type DraftResult =
  { ok: true; meta: ArticleMeta; content: Element; timings: StageTimings } | { ok: false; failure: ExtractFailure; timings: StageTimings };

/** Typical news pages have 1,000-20,000 elements; Readability's passes grow with it, so stop well before a freeze. */
export const DEFAULT_MAX_ELEMENTS = 80_000;

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
  if (!options.force && !isProbablyReaderable(doc)) {
    return { ok: false, failure: { kind: 'not-article', title: meta.title ?? docTitle }, timings };
  }

  let t = now();
  preClean(doc, options.onRemove);
  timings.clean = now() - t;

  t = now();
  const parsed = new Readability(doc, { serializer: (el: Node) => el as unknown as string }).parse();
  timings.readability = now() - t;
  const content = parsed?.content as unknown as Element | null | undefined;
  if (!parsed || !content) return { ok: false, failure: { kind: 'empty' }, timings };

  t = now();
  const title = meta.title ?? stripSiteName(parsed.title ?? docTitle, meta.siteName);
  postClean(content, {
    title,
    removedBlocks: options.removedBlocks,
    articleBody: meta.articleBody,
    host: siteOf(url),
    onRemove: options.onRemove,
  });
  fixMedia(content, url);
  timings.clean = (timings.clean ?? 0) + (now() - t);
  if (!content.textContent?.trim()) return { ok: false, failure: { kind: 'empty' }, timings };

  return {
    ok: true,
    meta: {
      url: meta.canonical ?? url ?? '',
      title,
      byline: meta.byline ?? (parsed.byline ? collapseWhitespace(parsed.byline) : null),
      siteName: meta.siteName ?? parsed.siteName ?? null,
      published: meta.published,
      lang: meta.lang ?? parsed.lang ?? null,
      dir: meta.dir ?? parsed.dir ?? null,
      excerpt: meta.excerpt ?? (parsed.excerpt ? collapseWhitespace(parsed.excerpt) : null),
    },
    content,
    timings,
  };
}
