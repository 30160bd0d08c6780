import { useState } from 'preact/hooks';
import type { ReadFilter } from '@/utils/core/library/search';
import { t } from '@/utils/platform/i18n';

interface Props {
  query: string;
  filter: ReadFilter;
  tag: string;
  tags: string[];
  onQuery(q: string): void;
  onFilter(f: ReadFilter): void;
  onTag(t: string): void;
  /** Renames the chosen tag on every article ('' removes it). */
  onRenameTag(from: string, to: string): void;
}

/** Search box, read-state filter and tag filter, with a way to rename or remove the chosen tag everywhere. */
export function Controls({ query, filter, tag, tags, onQuery, onFilter, onTag, onRenameTag }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState('');
  return (
    <div class="list-controls" role="search">
      <label class="field grow">
        <span>{t('listSearch')}</span>
        <input type="search" value={query} placeholder={t('listSearchHint')} onInput={(e) => onQuery(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('optShow')}</span>
        <select value={filter} onChange={(e) => onFilter(e.currentTarget.value as ReadFilter)}>
          <option value="all">{t('listAll')}</option>
          <option value="unread">{t('listUnread')}</option>
          <option value="read">{t('listRead')}</option>
        </select>
      </label>
      <label class="field">
        <span>{t('listTag')}</span>
        <select
          value={tag}
          onChange={(e) => {
            setRenaming(false);
            onTag(e.currentTarget.value);
          }}
        >
          <option value="">{t('listAnyTag')}</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      {tag && !renaming && (
        <button
          type="button"
          onClick={() => {
            setName(tag);
            setRenaming(true);
          }}
        >
          {t('tagRenameAll', tag)}
        </button>
      )}
      {tag && renaming && (
        <span class="tag-rename-all">
          <label class="field">
            <span>{t('tagRenameAllName', tag)}</span>
            <input type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <button
            type="button"
            disabled={!name.trim()}
            onClick={() => {
              setRenaming(false);
              onRenameTag(tag, name);
            }}
          >
            {t('rename')}
          </button>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setRenaming(false);
              onRenameTag(tag, '');
            }}
          >
            {t('tagRemoveAll')}
          </button>
          <button type="button" class="plain" onClick={() => setRenaming(false)}>
            {t('cancel')}
          </button>
        </span>
      )}
    </div>
  );
}
