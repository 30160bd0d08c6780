import { SIFT_FORMAT, SIFT_VERSION } from '../export/json';
import { checkImported, webAddress } from '../validate';
import type { SavedArticle } from '../types';
import { ImportError, shown, type ImportNote, type ParsedImport } from './types';
import { message } from '../../i18n/messages';
import { checkStoriesBackup } from '../../stories/backup';

/** True when the JSON text ends before its brackets or a string close: a cut-off download. */
function isCutOff(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
  }
  return inString || depth > 0;
}

export function parseSiftJson(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    if (isCutOff(text)) throw new ImportError('The JSON file is cut off: it ends before the data does. Export it again.');
    throw new ImportError('The JSON file is damaged: it is not valid JSON.');
  }
  const d = data as { format?: unknown; version?: unknown; articles?: unknown; stories?: unknown } | null;
  if (!d || typeof d !== 'object' || Array.isArray(d) || d.format !== SIFT_FORMAT) {
    throw new ImportError(
      'This JSON file is not a Sift library export. Not a Sift, Pocket, Instapaper, Raindrop, Omnivore or bookmarks file.',
    );
  }
  if (typeof d.version !== 'number' || d.version > SIFT_VERSION) {
    throw new ImportError(`This library was exported by a newer Sift (format version ${String(d.version)}). Update Sift to import it.`);
  }
  if (!Array.isArray(d.articles)) throw new ImportError('The Sift file has no list of articles.');
  const articles: SavedArticle[] = [];
  const warnings: ImportNote[] = [];
  d.articles.forEach((raw, i) => {
    // Like a link from a bookmarks file: an address that is not a web page is left out, and said so.
    const url = (raw as { url?: unknown } | null)?.url;
    if (typeof url === 'string' && url.trim() && !webAddress(url)) {
      warnings.push(message('importArticleSkipped', String(i + 1), shown(url)));
      return;
    }
    // Anything else wrong means the file is damaged (or was never Sift's): nothing is imported.
    const c = checkImported(raw);
    if (!c.ok) throw new ImportError(`Article ${i + 1}: ${c.reason}. Nothing was imported.`);
    articles.push(c.value);
  });
  // Version 1 backups have no stories; a stories field that is not as Sift writes it refuses the file, like a damaged article.
  if (d.stories === undefined) return { format: 'sift', articles, warnings };
  const stories = checkStoriesBackup(d.stories, new Set(articles.map((a) => a.url)));
  if (!stories.ok) throw new ImportError(`The Sift file is damaged: ${stories.reason}. Nothing was imported.`);
  return { format: 'sift', articles, warnings, stories: stories.value };
}
