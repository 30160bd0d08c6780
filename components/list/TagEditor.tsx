import { useState } from 'preact/hooks';
import { normalizeTags, parseTagInput } from '@/utils/core/library/normalize';
import './tag-editor.css';

interface Props {
  tags: string[];
  /** What the tags belong to, for the controls' labels ("Story 7"). */
  label: string;
  onChange(tags: string[]): void;
}

/**
 * Add, rename and remove tags. A tag is renamed by choosing it; commas separate
 * tags in both fields. Tags are shown in the one form they are stored in
 * (normalize.ts), so what is shown here is what the filter lists.
 */
export function TagEditor({ tags, label, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');

  const add = () => {
    const next = normalizeTags([...tags, ...parseTagInput(draft)]);
    setDraft('');
    if (next.join(',') !== tags.join(',')) onChange(next);
  };
  const rename = (from: string) => {
    setRenaming(null);
    const next = normalizeTags(tags.flatMap((t) => (t === from ? parseTagInput(newName) : [t])));
    if (next.join(',') !== tags.join(',')) onChange(next);
  };

  return (
    <div class="tag-editor" role="group" aria-label={`Tags of ${label}`}>
      {tags.length > 0 && (
        <ul class="item-tags">
          {tags.map((t) => (
            <li key={t} data-testid="tag">
              {renaming === t ? (
                <input
                  type="text"
                  class="tag-rename"
                  value={newName}
                  aria-label={`New name for the tag ${t}`}
                  ref={(el) => el?.focus()}
                  onInput={(e) => setNewName(e.currentTarget.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') rename(t);
                    if (e.key === 'Escape') setRenaming(null);
                  }}
                  onBlur={() => rename(t)}
                />
              ) : (
                <button
                  type="button"
                  class="tag-name"
                  title="Rename this tag"
                  aria-label={`Rename the tag ${t}`}
                  onClick={() => {
                    setNewName(t);
                    setRenaming(t);
                  }}
                >
                  {t}
                </button>
              )}
              <button
                type="button"
                class="tag-remove"
                aria-label={`Remove the tag ${t}`}
                onClick={() => onChange(tags.filter((x) => x !== t))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <span class="tag-add">
        <input
          type="text"
          value={draft}
          placeholder="Add tags, separated by commas"
          aria-label={`Add tags to ${label}`}
          data-testid="tag-input"
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
        <button type="button" onClick={add} disabled={!draft.trim()} data-testid="tag-add">
          Add
        </button>
      </span>
    </div>
  );
}
