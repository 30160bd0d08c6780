import { targetTabId } from '@/utils/extension/tab-article';
import { loadArticle } from '@/components/reader/load';

// The popup shows the clean view of `?tabId=N` (the reader tab and tests use
// that) or of the active tab, which the toolbar click or shortcut just granted.
// Extraction starts first; the UI code loads while the page works.
const tabId = targetTabId(location.search);
const initial = tabId.then((id) => loadArticle({ kind: 'tab', tabId: id }));

Promise.all([tabId, import('@/components/reader/mount')]).then(([id, { mountReader }]) =>
  mountReader({ surface: 'popup', source: { kind: 'tab', tabId: id }, initial }),
);
