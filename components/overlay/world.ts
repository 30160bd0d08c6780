/**
 * What the two scripts of the reader over the page share: the first paints
 * the article, the second brings the view's UI. Both run in the content
 * script's world of the page, which page scripts cannot see; the open view is
 * kept on that world's global under a symbol.
 */
import type { Settings } from '@/utils/core/settings/settings';
import type { Load } from '@/utils/platform/article-source';
import type { RemovedBlocks } from '@/utils/platform/storage';

export interface Known {
  settings: Settings;
  removedBlocks: RemovedBlocks;
}

export interface OpenView {
  host: HTMLElement;
  /** The article as first painted, before the UI took over. */
  first: HTMLElement;
  /** Where the UI renders. */
  app: HTMLElement;
  load: Load;
  /** The options and removed blocks, once read. */
  known: Known | null;
  /** Reads the page again ("Show anyway", "Try again"): the first script has the extraction code. */
  reload(force: boolean): Load;
  close(): void;
  /** Set by the UI script when it rendered, so a second request does not render twice. */
  unmount?: () => void;
}

const OPEN = Symbol.for('sift.overlay');
type World = typeof globalThis & { [OPEN]?: OpenView };

export function openView(): OpenView | undefined {
  return (globalThis as World)[OPEN];
}

export function setOpenView(v: OpenView | undefined): void {
  if (v) (globalThis as World)[OPEN] = v;
  else delete (globalThis as World)[OPEN];
}
