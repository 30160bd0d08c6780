/**
 * Omnivore's export (its cloud closed in November 2024): a zip of
 * `metadata_{start}_to_{end}.json` files, each an array of
 * `{id, slug, title, description, author, url, state, labels, savedAt, publishedAt, ...}`,
 * beside `content/{slug}.html` and `highlights/{slug}.md`. Only the metadata is read: the saved pages'
 * HTML is Omnivore's own copy, not Sift's cleaned one, so an entry comes in as
 * a link, like Pocket's. `state: "ARCHIVED"` is read; labels become tags.
 */
import { cleanLine, isLibraryTime, normalizeTags } from '../normalize';
import { isoDate } from '../validate';
import { message } from '../../i18n/messages';
import { ImportError, LAST_YEAR, linkArticle, shown, webUrl, type ParsedImport } from './types';

/** A metadata file of an Omnivore export, by name. */
export const OMNIVORE_METADATA = /(^|\/)metadata_[^/]*\.json$/i;

interface OmnivoreItem {
  title?: unknown;
  url?: unknown;
  description?: unknown;
  author?: unknown;
  state?: unknown;
  labels?: unknown;
  savedAt?: unknown;
  publishedAt?: unknown;
}

function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels
    .map((l) =>
      typeof l === 'string'
        ? l
        : l && typeof l === 'object' && typeof (l as { name?: unknown }).name === 'string'
          ? (l as { name: string }).name
          : '',
    )
    .filter(Boolean);
}

function isoDay(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = Date.parse(v);
  return isLibraryTime(t) ? isoDate(new Date(t).toISOString().slice(0, 10)) : null;
}

/** True for the array an Omnivore metadata file holds. */
export function looksLikeOmnivore(data: unknown): data is OmnivoreItem[] {
  return (
    Array.isArray(data) &&
    data.length > 0 &&
    data.every((x) => x && typeof x === 'object' && 'url' in x && 'savedAt' in x && ('slug' in x || 'state' in x))
  );
}

export function parseOmnivoreMetadata(text: string, now: number): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('The Omnivore metadata file is damaged: it is not valid JSON.');
  }
  if (!looksLikeOmnivore(data))
    throw new ImportError('This is not an Omnivore metadata file (a list of saved items with url and savedAt).');
  const out: ParsedImport = { format: 'omnivore', articles: [], warnings: [] };
  data.forEach((item, i) => {
    const url = typeof item.url === 'string' ? webUrl(item.url) : null;
    if (!url) {
      out.warnings.push(message('importItemSkipped', String(i + 1), shown(String(item.url))));
      return;
    }
    const saved = typeof item.savedAt === 'string' ? Date.parse(item.savedAt) : NaN;
    if (!isLibraryTime(saved) && item.savedAt !== undefined && item.savedAt !== null)
      out.warnings.push(message('importItemBadDate', String(i + 1), shown(String(item.savedAt)), String(LAST_YEAR)));
    const a = linkArticle(
      url,
      typeof item.title === 'string' ? item.title : '',
      isLibraryTime(saved) ? saved : now,
      typeof item.state === 'string' && item.state.toUpperCase() === 'ARCHIVED',
      normalizeTags(labelNames(item.labels)),
      typeof item.description === 'string' ? item.description : null,
    );
    a.byline = typeof item.author === 'string' && item.author.trim() ? cleanLine(item.author) : null;
    a.published = isoDay(item.publishedAt);
    out.articles.push(a);
  });
  return out;
}
