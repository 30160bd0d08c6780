/**
 * The second script of the reader over the page: the view's UI (toolbar,
 * summary, facts, saving, options), rendered over the article the first
 * script painted, in the same frame.
 */
import { render } from 'preact';
import { ReaderApp } from '../reader/ReaderApp';
import { overlayHost } from '@/utils/platform/overlay-client';
import { openView } from './world';

export function mountOverlayUi(): void {
  const view = openView();
  if (!view || view.unmount || !view.known) return;
  const host = overlayHost(
    (force) => Promise.resolve(view.reload(force)),
    () => view.close(),
  );
  render(<ReaderApp host={host} initial={view.load} themeRoot={view.host} known={view.known} />, view.app);
  // Rendered in this same task: the swap shows in one frame, with nothing in between.
  view.first.remove();
  view.unmount = () => render(null, view.app);
}
