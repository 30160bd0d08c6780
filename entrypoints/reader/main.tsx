import { loadArticle, type Source } from '@/components/reader/load';
import '@/components/theme.css';
import '@/components/reader/reader.css';

// reader.html?tabId=N: the live page of that tab (activeTab was granted by the click).
// reader.html?saved=URL: an article from the reading list, read offline.
// &force=1: "Show anyway" was chosen in the popup that opened this tab.
const params = new URLSearchParams(location.search);
const saved = params.get('saved');
const tabId = Number(params.get('tabId'));
const source: Source = saved
  ? { kind: 'saved', url: saved }
  : { kind: 'tab', tabId: Number.isInteger(tabId) && tabId > 0 ? tabId : null };
const forced = source.kind === 'tab' && params.get('force') === '1';
const initial = loadArticle(source, forced);

import('@/components/reader/mount').then(({ mountReader }) => mountReader({ surface: 'tab', source, initial, forced }));
