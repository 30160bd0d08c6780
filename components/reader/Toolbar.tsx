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
}

/** The view's actions, in one row. */
export function Toolbar(p: Props) {
  return (
    <nav class="toolbar" aria-label="Sift">
      {p.surface === 'popup' && (
        <button type="button" onClick={p.onOpenTab} data-testid="open-tab">
          Open in reader tab
        </button>
      )}
      {p.canSave && (
        <button type="button" class="primary" onClick={p.onSave} data-testid="save">
          Save
        </button>
      )}
      {p.hasArticle && (
        <button type="button" aria-pressed={p.removing} onClick={p.onToggleRemoving} data-testid="remove-mode">
          {p.removing ? 'Done removing' : 'Remove blocks'}
        </button>
      )}
      {p.selection && (
        <button type="button" aria-pressed={p.showSelection} onClick={p.onToggleSelection}>
          {p.showSelection ? 'Show clean view' : 'Show original selection'}
        </button>
      )}
      <span class="spacer" />
      <button type="button" onClick={p.onOpenList}>
        Reading list
      </button>
      <button type="button" onClick={p.onOpenOptions}>
        Options
      </button>
      {p.onClose && (
        <button type="button" onClick={p.onClose} data-testid="close" aria-keyshortcuts="Escape">
          Close
        </button>
      )}
    </nav>
  );
}
