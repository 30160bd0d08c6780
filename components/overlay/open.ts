/**
 * The first script of the reader over the page: it reads the article here,
 * opens the view's frame, paints the article, and asks for the UI (open.ts
 * paints, ui.tsx brings the toolbar and panels). The same script closes an
 * open view: the toolbar button and the shortcut toggle.
 *
 * The frame is a dialog in a closed shadow root: page scripts cannot reach
 * into it, page styles do not apply inside it, and it sits in the top layer
 * (a manual popover) above anything the page stacks. It is not a modal
 * <dialog>: making the page inert restyles the whole page, which cost 50–90 ms
 * on a page with a megabyte of CSS; the view keeps focus within itself
 * instead (focus.ts). Escape, Close or the same shortcut take it away, and
 * the page is where it was: the view scrolls itself, never the page.
 */
import themeCss from '../common/theme.css?inline';
import readerCss from '../reader/reader.css?inline';
import overlayCss from './overlay.css?inline';
import { applySettings } from '../common/apply-settings';
import { paintArticle } from '../reader/first-paint';
import { siteKey } from '@/utils/core/pages/site';
import { DEFAULT_SETTINGS } from '@/utils/core/settings/settings';
import { loadThisPage } from '@/utils/platform/in-page-view';
import { MARK_PAINTED, MARK_VIEW_SCRIPT } from '@/utils/platform/marks';
import { requestOverlayUi } from '@/utils/platform/overlay-client';
import { readKnown } from '@/utils/platform/overlay-known';
import { openView, setOpenView, type Known, type OpenView } from './world';
import { keepFocusWithin } from './focus';
import { t, uiLocale } from '@/utils/platform/i18n';

/** Opens the view over this page, or closes the one that is open. */
export function toggleOverlay(): void {
  const open = openView();
  if (open) return open.close();
  performance.mark(MARK_VIEW_SCRIPT);
  // Asked for first, answered while the page is read.
  const known = readKnown().catch((): Known => ({ settings: DEFAULT_SETTINGS, removedBlocks: {} }));
  const load = loadThisPage(false);
  const view = frame(load);
  setOpenView(view);
  void known.then((k) => {
    if (openView() !== view) return;
    view.known = k;
    applySettings(k.settings, view.host);
    if (load.state === 'ready') {
      const { loadImages } = k.settings;
      paintArticle(view.first, 'overlay', load.article, { loadImages, removedBlocks: k.removedBlocks[siteKey(load.article.url)] ?? [] });
      // The frame after this one shows it: that is when the reader sees the article.
      requestAnimationFrame(() => setTimeout(() => performance.mark(MARK_PAINTED), 0));
    }
    void requestOverlayUi();
  });
}

function styles(shadow: ShadowRoot): void {
  const css = `${themeCss}\n${readerCss}\n${overlayCss}`;
  try {
    // A constructed sheet is not an inline style, so a page's CSP does not refuse it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

function frame(load: OpenView['load']): OpenView {
  const before = document.activeElement;
  const host = document.createElement('sift-reader-view');
  // The page's styles can reach the host element itself: keep it out of their way.
  host.setAttribute(
    'style',
    'all: initial !important; display: block !important; position: fixed !important; z-index: 2147483647 !important;',
  );
  // Test builds open the root, so Firefox's tests can read the view; release builds close it.
  const shadow = host.attachShadow({ mode: import.meta.env.SIFT_TEST_HOOKS ? 'open' : 'closed' });
  styles(shadow);
  const dialog = document.createElement('div');
  dialog.className = 'sift-overlay';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-label', t('overlayLabel'));
  dialog.lang = uiLocale();
  dialog.setAttribute('popover', 'manual');
  dialog.tabIndex = -1;
  const first = document.createElement('div');
  const app = document.createElement('div');
  dialog.append(first, app);
  shadow.append(dialog);
  document.documentElement.append(host);

  const view: OpenView = {
    host,
    first,
    app,
    load,
    known: null,
    reload: (force) => loadThisPage(force),
    close: () => {
      view.unmount?.();
      host.remove();
      setOpenView(undefined);
      if (before instanceof HTMLElement) before.focus({ preventScroll: true });
    },
  };
  keepFocusWithin(dialog, () => view.close());
  dialog.showPopover();
  dialog.focus({ preventScroll: true });
  return view;
}
