import { useEffect, useState } from 'preact/hooks';
import { forgetRemovedBlocks, removedBlocksItem, type RemovedBlocks } from '@/utils/platform/storage';
import { t, tn } from '@/utils/platform/i18n';

/** Sites where the reader removed blocks, with a way to forget them. */
export function RemovedBlocksList() {
  const [all, setAll] = useState<RemovedBlocks>({});
  useEffect(() => {
    void removedBlocksItem.getValue().then(setAll);
    return removedBlocksItem.watch((v) => setAll(v ?? {}));
  }, []);
  const sites = Object.entries(all).filter(([, list]) => list.length);
  if (!sites.length) return <p class="muted">{t('optNoBlocks')}</p>;
  return (
    <ul>
      {sites.map(([site, list]) => (
        <li key={site}>
          {tn('blocksOnSite', list.length, site)}{' '}
          <button type="button" onClick={() => void forgetRemovedBlocks(site)}>
            {t('optForget', site)}
          </button>
        </li>
      ))}
    </ul>
  );
}
