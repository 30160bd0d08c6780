import { useState } from 'preact/hooks';
import type { SavedArticle } from '@/utils/core/library/types';
import { siteOf } from '@/utils/core/pages/site';
import { TagEditor } from './TagEditor';
import { t } from '@/utils/platform/i18n';
import { RowStoryLink, type StoryLink } from './StoriesSection';

interface Props {
  article: SavedArticle;
  selected: boolean;
  onSelect(url: string, on: boolean): void;
  onRead(url: string, read: boolean): void;
  onDelete(url: string): void;
  onTags(url: string, tags: string[]): void;
  /** The story the article belongs to, if any. */
  story?: StoryLink;
}

const dateFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "Saved <day>"; a time no formatter can show (a damaged import) must not take the whole list down. */
function savedDay(ms: number): string {
  try {
    return t('listSavedOn', dateFmt.format(ms));
  } catch {
    return t('listSavedUnknown');
  }
}

const host = (url: string) => siteOf(url) || url;

/** One saved article: select, open the saved clean view, mark read, edit its tags, delete. */
export function ArticleRow({ article: a, selected, onSelect, onRead, onDelete, onTags, story }: Props) {
  const [editing, setEditing] = useState(false);
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
          <span>{savedDay(a.savedAt)}</span>
          {a.readingMinutes > 0 && <span>{t('listMinutes', a.readingMinutes)}</span>}
          <span class="state">{a.read ? t('listRead') : t('listUnread')}</span>
          {a.text ? null : <span>{t('listLinkOnly')}</span>}
          <RowStoryLink story={story} />
        </p>
        {editing ? (
          <TagEditor tags={a.tags} label={title} onChange={(tags) => onTags(a.url, tags)} />
        ) : (
          a.tags.length > 0 && (
            <ul class="item-tags" aria-label={t('listTags')}>
              {a.tags.map((t) => (
                <li key={t} data-testid="tag">
                  {t}
                </li>
              ))}
            </ul>
          )
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
        <button
          type="button"
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
          aria-label={t(editing ? 'listDoneTagsTitle' : 'listEditTagsTitle', title)}
        >
          {editing ? t('listDoneTags') : t('listEditTags')}
        </button>
        <button type="button" class="danger" onClick={() => onDelete(a.url)} aria-label={t('listDeleteTitle', title)}>
          {t('listDelete')}
        </button>
      </div>
    </li>
  );
}
