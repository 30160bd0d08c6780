import { targetTabId } from '@/utils/platform/tabs';
import { loadArticle } from '@/utils/platform/article-source';
import { MARK_VIEW_SCRIPT } from '@/utils/platform/marks';

// The popup shows the clean view of `?tabId=N` (the reader tab and tests use
// that) or of the active tab, which the toolbar click or shortcut just granted.
performance.mark(MARK_VIEW_SCRIPT);
const tabId = targetTabId(location.search);
const initial = tabId.then((id) => loadArticle({ kind: 'tab', tabId: id }));

// The UI code loads only once the injection is on its way: compiling it
// earlier kept this thread from hearing back from tabs.query, and so held
// back the injection, which is what the reader waits for. The page's work
// (tens of ms) is ample time to load it.
void tabId
  .then((id) => import('@/components/reader/mount').then(({ mountReader }) => ({ id, mountReader })))
  .then(({ id, mountReader }) => mountReader({ surface: 'popup', source: { kind: 'tab', tabId: id }, initial }));
