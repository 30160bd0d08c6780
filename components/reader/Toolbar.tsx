import type { ComponentChildren } from 'preact';
import { t } from '@/utils/platform/i18n';
import { Icon } from './icons';

interface Props {
  surface: 'popup' | 'tab' | 'overlay';
  /** The reader over the page: a button that takes it off the page (as Escape does). */
  onClose?(): void;
  /** Save is offered for a live article; a saved one is in the list already. */
  canSave: boolean;
  hasArticle: boolean;
  removing: boolean;
  /** What the reader had selected on the page, if anything. */
  selection: string;
  showSelection: boolean;
  onOpenTab(): void;
  onSave(): void;
  onToggleRemoving(): void;
  onToggleSelection(): void;
  onOpenList(): void;
  onOpenOptions(): void;
  /** More of the view's own buttons (read aloud, Aa, print), after Save. */
  extra?: ComponentChildren;
}

/** The view's actions, in one row. */
export function Toolbar(p: Props) {
  return (
    <nav class="toolbar" aria-label="Sift">
      {p.surface === 'popup' && p.hasArticle && (
        <button type="button" onClick={p.onOpenTab} data-testid="open-tab">
          {t('openInTab')}
        </button>
      )}
      {p.canSave && (
        <button type="button" class="primary" onClick={p.onSave} data-testid="save">
          {t('save')}
        </button>
      )}
      {p.extra}
      {p.hasArticle && (
        <button type="button" aria-pressed={p.removing} onClick={p.onToggleRemoving} data-testid="remove-mode">
          {p.removing ? t('doneRemoving') : t('removeBlocks')}
        </button>
      )}
      {p.selection && (
        <button
          type="button"
          aria-pressed={p.showSelection}
          onClick={p.onToggleSelection}
          title={t('selectionHint')}
          data-testid="selection"
        >
          {t('selection')}
        </button>
      )}
      <span class="spacer" />
      <button type="button" class="page-link" onClick={p.onOpenList} title={t('readingList')}>
        <Icon name="list" />
        <span class="label">{t('readingList')}</span>
      </button>
      <button type="button" class="page-link" onClick={p.onOpenOptions} title={t('options')}>
        <Icon name="gear" />
        <span class="label">{t('options')}</span>
      </button>
      {p.onClose && (
        <button type="button" onClick={p.onClose} data-testid="close" aria-keyshortcuts="Escape">
          {t('close')}
        </button>
      )}
    </nav>
  );
}
