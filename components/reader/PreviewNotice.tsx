import { previewNotice } from '@/utils/core/pages/failures';
import { say } from '@/utils/platform/i18n';

/** Above an article that is a paywall's teaser: the reader sees that the rest is not missing by Sift's doing. */
export function PreviewNotice({ siteName }: { siteName: string | null }) {
  const { title, detail } = previewNotice(siteName);
  return (
    <p class="preview-notice" role="note" data-testid="preview-notice">
      <strong>{say(title)}</strong> {say(detail)}
    </p>
  );
}
