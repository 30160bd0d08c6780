import type { ReadFilter } from '@/utils/core/library/search';

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
        <span>Search</span>
        <input type="search" value={query} placeholder="Title, site or text" onInput={(e) => onQuery(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>Show</span>
        <select value={filter} onChange={(e) => onFilter(e.currentTarget.value as ReadFilter)}>
          <option value="all">All</option>
          <option value="unread">Unread</option>
          <option value="read">Read</option>
        </select>
      </label>
      <label class="field">
        <span>Tag</span>
        <select value={tag} onChange={(e) => onTag(e.currentTarget.value)}>
          <option value="">Any tag</option>
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
