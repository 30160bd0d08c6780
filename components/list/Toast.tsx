import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/platform/i18n';

export interface ToastState {
  text: string;
  undo?: () => void;
}

/**
 * A short notice, with Undo when the action can be taken back. It closes itself after
 * 8 s, but not while it holds the focus or the pointer (so there is time to reach Undo).
 * A toast with Undo takes the focus: the button that opened it (Delete) has just gone.
 */
export function Toast({ toast, onClose }: { toast: ToastState | null; onClose(): void }) {
  const undoRef = useRef<HTMLButtonElement>(null);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (toast?.undo) undoRef.current?.focus();
  }, [toast]);
  useEffect(() => {
    if (!toast || held) return;
    const t = setTimeout(onClose, 8000);
    return () => clearTimeout(t);
  }, [toast, held]);
  const hold = (on: boolean) => () => setHeld(on);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div class="toast" onFocusIn={hold(true)} onFocusOut={hold(false)} onMouseEnter={hold(true)} onMouseLeave={hold(false)}>
          <span>{toast.text}</span>
          {toast.undo && (
            <button
              ref={undoRef}
              type="button"
              onClick={() => {
                toast.undo!();
                setHeld(false);
                onClose();
              }}
            >
              {t('undo')}
            </button>
          )}
          <button
            type="button"
            class="plain"
            onClick={() => {
              setHeld(false);
              onClose();
            }}
            aria-label={t('dismiss')}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
