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
}

/** Search box, read-state filter and tag filter. */
export function Controls({ query, filter, tag, tags, onQuery, onFilter, onTag }: Props) {
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
        <select value={tag} onChange={(e) => onTag(e.currentTarget.value)}>
          <option value="">{t('listAnyTag')}</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
