import type { SavedArticle } from '@/utils/core/library/types';
import { siteOf } from '@/utils/core/pages/site';

interface Props {
  article: SavedArticle;
  selected: boolean;
  onSelect(url: string, on: boolean): void;
  onRead(url: string, read: boolean): void;
  onDelete(url: string): void;
}

const dateFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const host = (url: string) => siteOf(url) || url;

/** One saved article: select, open the saved clean view, mark read, delete. */
export function ArticleRow({ article: a, selected, onSelect, onRead, onDelete }: Props) {
  const title = a.title || a.url;
  const id = `t-${encodeURIComponent(a.url).replace(/%/g, '_')}`;
  return (
    <li class={`list-item${a.read ? ' is-read' : ''}`} data-testid="list-item">
      <input
        type="checkbox"
        checked={selected}
        aria-label={`Select "${title}" for export`}
        onChange={(e) => onSelect(a.url, e.currentTarget.checked)}
      />
      <div class="item-main">
        <a id={id} class="item-title" href={`reader.html?saved=${encodeURIComponent(a.url)}`}>
          {title}
        </a>
        <p class="item-meta">
          <span>{a.siteName || host(a.url)}</span>
          <span>Saved {dateFmt.format(a.savedAt)}</span>
          {a.readingMinutes > 0 && <span>{a.readingMinutes} min</span>}
          <span class="state">{a.read ? 'Read' : 'Unread'}</span>
          {a.text ? null : <span>Link only</span>}
        </p>
        {a.tags.length > 0 && (
          <ul class="item-tags" aria-label="Tags">
            {a.tags.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        )}
      </div>
      <div class="item-actions">
        <button type="button" onClick={() => onRead(a.url, !a.read)} aria-label={`${a.read ? 'Mark unread' : 'Mark read'}: ${title}`}>
          {a.read ? 'Mark unread' : 'Mark read'}
        </button>
        <button type="button" class="danger" onClick={() => onDelete(a.url)} aria-label={`Delete: ${title}`}>
          Delete
        </button>
      </div>
    </li>
  );
}
