import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { siteKey } from '@/utils/core/pages/site';
import { prepareViewHtml } from '@/utils/core/view/prepare';
import type { Load } from '@/utils/platform/article-source';
import type { ViewHost } from '@/utils/platform/view-host';
import type { Settings } from '@/utils/core/settings/settings';
import type { RemovedBlocks } from '@/utils/platform/storage';
import type { Span } from '@/utils/core/view/view-text';
import { ArticleActions, useArticleSaving } from './ArticleActions';
import { t, tn, uiDir, uiLocale } from '@/utils/platform/i18n';
import { useViewSettings } from './aa/useViewSettings';
import { usePanels, useNarrow } from './hooks/usePanels';
import { useViewTools } from './tools/useViewTools';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { FactsPanel } from './FactsPanel';
import { FailureView } from './FailureView';
import { PreviewNotice } from './PreviewNotice';
import { SelectionView } from './SelectionView';
import { SummaryPanel } from './SummaryPanel';
import { Toolbar } from './Toolbar';
import { useAnalysis } from './hooks/useAnalysis';
import { useArticleLoad } from './hooks/useArticleLoad';
import { useHighlight } from './hooks/useHighlight';
import { useRemovedBlocks } from './hooks/useRemovedBlocks';

const imageLabel = (alt: string) => t('imageOff', alt);

interface Props {
  /** Where the view runs (popup, reader tab, over the page) and what it can do there. */
  host: ViewHost;
  /** The first load: started by the entry point before the UI loaded, or done already. */
  initial?: Promise<Load> | Load;
  /** Opened with "Show anyway" already chosen (a reader tab opened from such a popup). */
  forced?: boolean;
  /** The element the theme and typography apply to: the page's root, or the host of the reader over the page. */
  themeRoot?: HTMLElement;
  /** The options and removed blocks, when the entry point read them already: the first render is then the article. */
  known?: { settings: Settings; removedBlocks: RemovedBlocks };
  /** A passage to show once the view is ready (a link from the story page to a figure's sentence). */
  focus?: Span;
}

/** The clean view of one article, in the popup, the reader tab or over the page. */
export function ReaderApp({ host, initial, forced = false, themeRoot, known, focus }: Props) {
  const { surface, source } = host;
  const leave = () => host.leave();
  const { settings, loaded: settingsLoaded, change, error: saveError } = useViewSettings(themeRoot, known?.settings);
  const { load, force, showAnyway, retry } = useArticleLoad(host, initial, forced);
  const article = load.state === 'ready' ? load.article : null;
  const site = article ? siteKey(article.url) : '';
  const blocks = useRemovedBlocks(site, known?.removedBlocks);
  const [removing, setRemoving] = useState(false);
  const [showSelection, setShowSelection] = useState(false);
  const [notice, setNotice] = useState('');
  const bodyRef = useRef<HTMLDivElement>(null);
  const readerRef = useRef<HTMLDivElement>(null);

  // Nothing of the article is rendered before the options are known: with
  // "Load images" off, not one image may be requested.
  const viewReady = Boolean(article) && settingsLoaded && blocks.ready;
  const html = useMemo(
    () =>
      article && viewReady
        ? prepareViewHtml(article.html, { window, loadImages: settings.loadImages, removedBlocks: blocks.removed, imageLabel })
        : '',
    [article, viewReady, settings.loadImages, blocks.removed],
  );
  const analysis = useAnalysis(host, viewReady ? article : null, html, bodyRef, settings.summaryLength);
  const saving = useArticleSaving(host, article, blocks.removed, settings.summaryLength);
  const tools = useViewTools({
    surface,
    reader: readerRef,
    body: bodyRef,
    hasArticle: Boolean(article) && viewReady && !showSelection,
    html,
    lang: article?.lang ?? null,
    settings,
    change,
    saveError,
    onAllOptions: () => void host.openPage('/options.html').then(leave),
  });
  const { onFact, onSentence, onPassage } = useHighlight(bodyRef, analysis?.text ?? null, article?.lang ?? null, tools.readFrom);
  useEffect(() => {
    if (focus && analysis) onPassage(focus);
  }, [focus, analysis, onPassage]);
  const panels = usePanels(surface, settings, change);
  // Under 900 px the reader tab has one column: the key facts go above the article, as in the popup, not after all of it.
  const narrow = useNarrow(900);
  const factsInline = surface === 'popup' || narrow;

  useEffect(() => {
    if (load.state === 'failed' && surface !== 'overlay') document.documentElement.dataset.siftReady = 'failed';
    if (surface === 'tab' && load.state === 'ready') document.title = `${load.article.title} · Sift`;
  }, [load, surface]);

  const selection = load.state === 'loading' ? '' : load.selection.trim();
  const openStory = (id: string) => void host.openPage(`/story.html?id=${id}`);

  const save = async () => {
    if (!article) return;
    setNotice(t('saving'));
    setNotice(await saving.save());
  };
  // Stable across renders: the body re-marks its blocks only when this changes.
  const { remember } = blocks;
  const removeBlock = useCallback((block: Element) => void remember(block).then(() => setNotice(t('blockRemoved'))), [remember]);

  return (
    <div class={`reader reader-${surface}`} ref={readerRef} lang={uiLocale()} dir={uiDir()}>
      <div class="view-top">
        <Toolbar
          surface={surface}
          canSave={Boolean(article) && source.kind !== 'saved'}
          hasArticle={Boolean(article)}
          removing={removing}
          selection={selection}
          showSelection={showSelection}
          onOpenTab={() => void host.openReaderTab(source, article && { article, selection }, force).then(leave)}
          onSave={() => void save()}
          onToggleRemoving={() => setRemoving(!removing)}
          onToggleSelection={() => setShowSelection(!showSelection)}
          onOpenList={() => void host.openPage('/list.html').then(leave)}
          onOpenOptions={() => void host.openPage('/options.html').then(leave)}
          onClose={surface === 'overlay' ? leave : undefined}
          extra={tools.buttons}
        />
        {tools.panels}
      </div>
      <p role="status" class="notice" data-testid="notice">
        {notice}
      </p>
      <ArticleActions source={source} article={viewReady ? article : null} saving={saving} onNotice={setNotice} />
      <main>
        {load.state === 'loading' && (
          <p class="muted" role="status" aria-busy="true">
            {t('loading')}
          </p>
        )}
        {load.state === 'failed' && !showSelection && (
          <FailureView failure={load.failure} surface={surface} onShowAnyway={showAnyway} onRetry={retry} />
        )}
        {showSelection && selection && <SelectionView text={selection} />}
        {article && viewReady && !showSelection && (
          <div class="layout">
            <article class="article" aria-label={t('article')} lang={article.lang ?? undefined}>
              <ArticleHeader article={article} />
              {article.preview && <PreviewNotice siteName={article.siteName} />}
              <div class="panels">
                {analysis && (
                  <SummaryPanel
                    sentences={analysis.summary}
                    text={analysis.text}
                    settings={settings}
                    lang={article.lang}
                    panel={panels.summary}
                    onActivate={onSentence}
                  />
                )}
                {analysis && factsInline && (
                  <FactsPanel
                    facts={analysis.facts}
                    settings={settings}
                    title={article.title}
                    lang={article.lang}
                    panel={panels.facts}
                    onActivate={onFact}
                    story={analysis.story}
                    onOpenStory={openStory}
                  />
                )}
              </div>
              {removing && (
                <p class="muted removing-help" lang={uiLocale()}>
                  {t('removingHelp', site)}{' '}
                  {blocks.removed.length > 0 && (
                    <button type="button" onClick={() => void blocks.forgetAll()}>
                      {tn('bringBack', blocks.removed.length)}
                    </button>
                  )}
                </p>
              )}
              <ArticleBody
                html={html}
                lang={article.lang}
                dir={article.dir}
                bodyRef={bodyRef}
                onRemoveBlock={removing ? removeBlock : undefined}
              />
              <footer class="article-footer muted" lang={uiLocale()}>
                <a href={article.url} target="_blank" rel="noopener noreferrer">
                  {t('originalArticle')}
                </a>
                <span class="print-url">{article.url}</span>
              </footer>
            </article>
            {analysis && !factsInline && (
              <aside class="side">
                <FactsPanel
                  facts={analysis.facts}
                  settings={settings}
                  title={article.title}
                  lang={article.lang}
                  panel={panels.facts}
                  onActivate={onFact}
                  story={analysis.story}
                  onOpenStory={openStory}
                />
              </aside>
            )}
          </div>
        )}
      </main>
    </div>
  );
}
