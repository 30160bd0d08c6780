import { defineUnlistedScript } from '#imports';
import { toggleOverlay } from '@/components/overlay/open';

/**
 * The reader over the page, injected on demand by the toolbar (when the reader
 * chose it) or its shortcut: it reads the article here and paints it over the
 * page, or takes an open view away again. Its UI comes in a second script
 * (overlay-ui.js), after the article is on screen.
 */
export default defineUnlistedScript({
  main(): void {
    toggleOverlay();
  },
});
