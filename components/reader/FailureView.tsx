import { failureMessage, type ViewFailure } from '@/utils/core/pages/failures';
import type { Surface } from '@/utils/platform/view-host';
import { say, t } from '@/utils/platform/i18n';

interface Props {
  failure: ViewFailure;
  /** The popup opens on the click that grants Sift the tab. */
  surface: Surface;
  onShowAnyway(): void;
  onRetry(): void;
}

/** Why there is no clean view, in words, with the one way forward each reason has. */
export function FailureView({ failure, surface, onShowAnyway, onRetry }: Props) {
  const { title, detail } = failureMessage(failure, surface === 'popup');
  return (
    <div class="failure" data-testid="failure" data-kind={failure.kind}>
      <h1>{say(title)}</h1>
      <p>{say(detail)}</p>
      {failure.kind === 'not-article' && (
        <button type="button" class="primary" onClick={onShowAnyway} data-testid="show-anyway">
          {t('showAnyway')}
        </button>
      )}
      {failure.kind === 'timeout' && (
        <button type="button" onClick={onRetry}>
          {t('tryAgain')}
        </button>
      )}
    </div>
  );
}
