import { useState } from 'preact/hooks';
import { t } from '@/utils/platform/i18n';

/** A button that copies text and says so (politely, for screen readers too). */
export function CopyButton({ label, text }: { label: string; text: () => string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
    setTimeout(() => setStatus(''), 2500);
  };
  return (
    <span class="copy">
      <button type="button" onClick={copy}>
        {label}
      </button>
      <span role="status" class="muted copy-status">
        {status}
      </span>
    </span>
  );
}
