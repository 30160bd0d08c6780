import { useState } from 'preact/hooks';
import type { ReadFilter } from '@/utils/core/library/search';

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
        <select
          value={tag}
          onChange={(e) => {
            setRenaming(false);
            onTag(e.currentTarget.value);
          }}
        >
          <option value="">Any tag</option>
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
          Rename “{tag}”…
        </button>
      )}
      {tag && renaming && (
        <span class="tag-rename-all">
          <label class="field">
            <span>New name for “{tag}” on every article</span>
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
            Rename
          </button>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setRenaming(false);
              onRenameTag(tag, '');
            }}
          >
            Remove from every article
          </button>
          <button type="button" class="plain" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </span>
      )}
    </div>
  );
}
