import { t } from '@/utils/platform/i18n';

interface Props {
  offset: number;
  limit: number;
  total: number;
  onPage(offset: number): void;
}

export function Pager({ offset, limit, total, onPage }: Props) {
  if (total <= limit) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.ceil(total / limit);
  return (
    <nav class="pager" aria-label={t('pages')}>
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
        {t('previous')}
      </button>
      <span>{t('pageOf', page, pages)}</span>
      <button type="button" disabled={offset + limit >= total} onClick={() => onPage(offset + limit)}>
        {t('next')}
      </button>
    </nav>
  );
}
