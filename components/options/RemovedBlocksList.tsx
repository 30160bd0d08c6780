import { useEffect, useState } from 'preact/hooks';
import { forgetRemovedBlocks, removedBlocksItem, type RemovedBlocks } from '@/utils/platform/storage';

/** Sites where the reader removed blocks, with a way to forget them. */
export function RemovedBlocksList() {
  const [all, setAll] = useState<RemovedBlocks>({});
  useEffect(() => {
    void removedBlocksItem.getValue().then(setAll);
    return removedBlocksItem.watch((v) => setAll(v ?? {}));
  }, []);
  const sites = Object.entries(all).filter(([, list]) => list.length);
  if (!sites.length) return <p class="muted">You have not removed any blocks yet.</p>;
  return (
    <ul>
      {sites.map(([site, list]) => (
        <li key={site}>
          {site}: {list.length} block{list.length > 1 ? 's' : ''}{' '}
          <button type="button" onClick={() => void forgetRemovedBlocks(site)}>
            Forget for {site}
          </button>
        </li>
      ))}
    </ul>
  );
}
