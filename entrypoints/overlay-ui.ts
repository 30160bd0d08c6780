import { defineUnlistedScript } from '#imports';
import { mountOverlayUi } from '@/components/overlay/ui';

/** The UI of the reader over the page, injected by the service worker once the first script painted the article. */
export default defineUnlistedScript({
  main(): void {
    mountOverlayUi();
  },
});
