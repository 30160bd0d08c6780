import type { SavedArticle } from '@/utils/core/library/types';
import { siteOf } from '@/utils/core/pages/site';
import { t } from '@/utils/platform/i18n';

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
        aria-label={t('listSelectFor', title)}
        onChange={(e) => onSelect(a.url, e.currentTarget.checked)}
      />
      <div class="item-main">
        <a id={id} class="item-title" href={`reader.html?saved=${encodeURIComponent(a.url)}`}>
          {title}
        </a>
        <p class="item-meta">
          <span>{a.siteName || host(a.url)}</span>
          <span>{t('listSavedOn', dateFmt.format(a.savedAt))}</span>
          {a.readingMinutes > 0 && <span>{t('listMinutes', a.readingMinutes)}</span>}
          <span class="state">{a.read ? t('listRead') : t('listUnread')}</span>
          {a.text ? null : <span>{t('listLinkOnly')}</span>}
        </p>
        {a.tags.length > 0 && (
          <ul class="item-tags" aria-label={t('listTags')}>
            {a.tags.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        )}
      </div>
      <div class="item-actions">
        <button
          type="button"
          onClick={() => onRead(a.url, !a.read)}
          aria-label={t(a.read ? 'listMarkUnreadTitle' : 'listMarkReadTitle', title)}
        >
          {a.read ? t('listMarkUnread') : t('listMarkRead')}
        </button>
        <button type="button" class="danger" onClick={() => onDelete(a.url)} aria-label={t('listDeleteTitle', title)}>
          {t('listDelete')}
        </button>
      </div>
    </li>
  );
}
