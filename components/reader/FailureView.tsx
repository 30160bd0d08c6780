import { failureMessage, type ViewFailure } from '@/utils/core/pages/failures';

interface Props {
  failure: ViewFailure;
  onShowAnyway(): void;
  onRetry(): void;
}

/** Why there is no clean view, in words, with the one way forward each reason has. */
export function FailureView({ failure, onShowAnyway, onRetry }: Props) {
  const { title, detail } = failureMessage(failure);
  return (
    <div class="failure" data-testid="failure" data-kind={failure.kind}>
      <h1>{title}</h1>
      <p>{detail}</p>
      {failure.kind === 'not-article' && (
        <button type="button" class="primary" onClick={onShowAnyway} data-testid="show-anyway">
          Show anyway
        </button>
      )}
      {failure.kind === 'timeout' && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
