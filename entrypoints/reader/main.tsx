import { loadArticle, type Source } from '@/components/reader/load';
import '@/components/theme.css';
import '@/components/reader/reader.css';

// reader.html?tabId=N: the live page of that tab (activeTab was granted by the click).
// reader.html?saved=URL: an article from the reading list, read offline.
const params = new URLSearchParams(location.search);
const saved = params.get('saved');
const tabId = Number(params.get('tabId'));
const source: Source = saved
  ? { kind: 'saved', url: saved }
  : { kind: 'tab', tabId: Number.isInteger(tabId) && tabId > 0 ? tabId : null };
const initial = loadArticle(source);

import('@/components/reader/mount').then(({ mountReader }) => mountReader({ surface: 'tab', source, initial }));
