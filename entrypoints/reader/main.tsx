import { loadArticle, type Load, type Source } from '@/utils/platform/article-source';
import { takeHandoff } from '@/utils/platform/handoff';

// reader.html?tabId=N: the live page of that tab (activeTab was granted by the click).
// reader.html?saved=URL: an article from the reading list, read offline.
// &force=1: "Show anyway" was chosen in the popup that opened this tab.
// &handoff=1: the popup left its article for this tab to show at once.
const params = new URLSearchParams(location.search);
const saved = params.get('saved');
const tabId = Number(params.get('tabId'));
const source: Source = saved ? { kind: 'saved', url: saved } : { kind: 'tab', tabId: Number.isInteger(tabId) && tabId > 0 ? tabId : null };
const forced = source.kind === 'tab' && params.get('force') === '1';
// &handoff=1: the popup left its article in storage.session (utils/platform/handoff.ts).
const initial: Promise<Load> =
  source.kind === 'tab' && source.tabId !== null && params.get('handoff') === '1'
    ? takeHandoff(source.tabId).then((h) =>
        h ? { state: 'ready', article: h.article, selection: h.selection } : loadArticle(source, forced),
      )
    : loadArticle(source, forced);

// &at=N&quote=Q: a passage to show (the story page links a figure to its sentence).
const at = Number(params.get('at'));
const quote = params.get('quote');
const focus = quote && Number.isInteger(at) && at >= 0 ? { quote, start: at } : undefined;

void import('@/components/reader/mount').then(({ mountReader }) => mountReader({ surface: 'tab', source, initial, forced, focus }));
