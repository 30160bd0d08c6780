import { useEffect } from 'preact/hooks';

export interface ToastState {
  text: string;
  undo?: () => void;
}

/** A short notice, with Undo when the action can be taken back. Closes itself after 8 s. */
export function Toast({ toast, onClose }: { toast: ToastState | null; onClose(): void }) {
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(onClose, 8000);
    return () => clearTimeout(t);
  }, [toast]);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div class="toast">
          <span>{toast.text}</span>
          {toast.undo && (
            <button
              type="button"
              onClick={() => {
                toast.undo!();
                onClose();
              }}
            >
              Undo
            </button>
          )}
          <button type="button" class="plain" onClick={onClose} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
