import type { Skipped } from '@/utils/core/library/db';
import { t, tn } from '@/utils/platform/i18n';

interface Props {
  skipped: Skipped[];
  onDelete(key: string): void;
}

/**
 * Records the list could not read (a bad time, a wrong type): shown as damaged,
 * each with what is wrong, instead of breaking the list. They stay in storage
 * untouched until the reader deletes them here.
 */
export function DamagedRecords({ skipped, onDelete }: Props) {
  return (
    <div class="warning" role="note" data-testid="damaged">
      <p>{tn('damagedIntro', skipped.length)}</p>
      <ul class="damaged">
        {skipped.map((s) => (
          <li key={s.key} data-testid="damaged-record">
            <span>{s.message}</span>{' '}
            <button type="button" class="danger" onClick={() => onDelete(s.key)} aria-label={t('damagedDelete', s.key)}>
              {t('listDelete')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
