import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { blockFingerprint } from '@/utils/core/extract/fingerprint';
import { forgetRemovedBlocks, rememberRemovedBlock, removedBlocksItem, type RemovedBlocks } from '@/utils/platform/storage';

/**
 * The blocks the reader removed on `site`, kept live (another view may remove
 * one too). `ready` is false until they are read, so a view never flashes them.
 */
export function useRemovedBlocks(site: string, known?: RemovedBlocks) {
  const [bySite, setBySite] = useState<RemovedBlocks | null>(known ?? null);
  useEffect(() => {
    void removedBlocksItem.getValue().then(setBySite);
    return removedBlocksItem.watch((v) => setBySite(v ?? {}));
  }, []);
  const removed = useMemo(() => (bySite && site ? (bySite[site] ?? []) : []), [bySite, site]);
  const remember = useCallback((block: Element) => rememberRemovedBlock(site, blockFingerprint(block.textContent ?? '')), [site]);
  const forgetAll = useCallback(() => forgetRemovedBlocks(site), [site]);
  return { removed, ready: bySite !== null, remember, forgetAll };
}
