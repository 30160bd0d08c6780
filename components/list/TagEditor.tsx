import { useState } from 'preact/hooks';
import { normalizeTags, parseTagInput } from '@/utils/core/library/normalize';
import { t } from '@/utils/platform/i18n';
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
    const next = normalizeTags(tags.flatMap((tag) => (tag === from ? parseTagInput(newName) : [tag])));
    if (next.join(',') !== tags.join(',')) onChange(next);
  };

  return (
    <div class="tag-editor" role="group" aria-label={t('tagsOf', label)}>
      {tags.length > 0 && (
        <ul class="item-tags">
          {tags.map((tag) => (
            <li key={tag} data-testid="tag">
              {renaming === tag ? (
                <input
                  type="text"
                  class="tag-rename"
                  value={newName}
                  aria-label={t('tagNewName', tag)}
                  ref={(el) => el?.focus()}
                  onInput={(e) => setNewName(e.currentTarget.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') rename(tag);
                    if (e.key === 'Escape') setRenaming(null);
                  }}
                  onBlur={() => rename(tag)}
                />
              ) : (
                <button
                  type="button"
                  class="tag-name"
                  title={t('tagRenameTitle')}
                  aria-label={t('tagRename', tag)}
                  onClick={() => {
                    setNewName(tag);
                    setRenaming(tag);
                  }}
                >
                  {tag}
                </button>
              )}
              <button
                type="button"
                class="tag-remove"
                aria-label={t('tagRemove', tag)}
                onClick={() => onChange(tags.filter((x) => x !== tag))}
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
          placeholder={t('tagAddHint')}
          aria-label={t('tagAddTo', label)}
          data-testid="tag-input"
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
        <button type="button" onClick={add} disabled={!draft.trim()} data-testid="tag-add">
          {t('tagAdd')}
        </button>
      </span>
    </div>
  );
}
