import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { siteKey } from '@/utils/core/pages/site';
import { prepareViewHtml } from '@/utils/core/view/prepare';
import type { Load, Source } from '@/utils/platform/article-source';
import { openExtensionPage, openReaderTab } from '@/utils/platform/navigation';
import { useSettings } from '../common/useSettings';
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

interface Props {
  surface: 'popup' | 'tab';
  source: Source;
  /** The first load, when the entry point started it before the UI loaded. */
  initial?: Promise<Load>;
  /** Opened with "Show anyway" already chosen (a reader tab opened from such a popup). */
  forced?: boolean;
}

/** The clean view of one article, in the popup or the reader tab. */
export function ReaderApp({ surface, source, initial, forced = false }: Props) {
  const { settings, loaded: settingsLoaded } = useSettings();
  const { load, force, showAnyway, retry } = useArticleLoad(source, initial, forced);
  const article = load.state === 'ready' ? load.article : null;
  const site = article ? siteKey(article.url) : '';
  const blocks = useRemovedBlocks(site);
  const [removing, setRemoving] = useState(false);
  const [showSelection, setShowSelection] = useState(false);
  const [notice, setNotice] = useState('');
  const bodyRef = useRef<HTMLDivElement>(null);

  // Nothing of the article is rendered before the options are known: with
  // "Load images" off, not one image may be requested.
  const viewReady = Boolean(article) && settingsLoaded && blocks.ready;
  const html = useMemo(
    () =>
      article && viewReady ? prepareViewHtml(article.html, { window, loadImages: settings.loadImages, removedBlocks: blocks.removed }) : '',
    [article, viewReady, settings.loadImages, blocks.removed],
  );
  const analysis = useAnalysis(viewReady ? article : null, html, bodyRef, settings.summaryLength);
  const { onFact, onSentence } = useHighlight(bodyRef, analysis?.text ?? null, article?.lang ?? null);

  useEffect(() => {
    if (load.state === 'failed') document.documentElement.dataset.siftReady = 'failed';
    if (surface === 'tab' && load.state === 'ready') document.title = `${load.article.title} · Sift`;
  }, [load, surface]);

  const selection = load.state === 'loading' ? '' : load.selection.trim();
  const leave = () => {
    if (surface === 'popup') window.close();
  };

  const save = async () => {
    if (!article) return;
    setNotice('Saving…');
    // The reading list's code (IndexedDB and all) loads on the first save, not before the view paints.
    const { saveToLibrary } = await import('@/utils/platform/save');
    const r = await saveToLibrary(article, analysis ? { facts: analysis.facts, summary: analysis.summary.map((s) => s.text) } : undefined);
    setNotice(r.ok ? (r.updated ? 'Updated in your reading list.' : 'Saved to your reading list.') : r.message);
  };
  // Stable across renders: the body re-marks its blocks only when this changes.
  const { remember } = blocks;
  const removeBlock = useCallback(
    (block: Element) => void remember(block).then(() => setNotice('Block removed. Sift will leave it out on this site from now on.')),
    [remember],
  );

  return (
    <div class={`reader reader-${surface}`}>
      <Toolbar
        surface={surface}
        canSave={Boolean(article) && source.kind === 'tab'}
        hasArticle={Boolean(article)}
        removing={removing}
        selection={selection}
        showSelection={showSelection}
        onOpenTab={() => void openReaderTab(source, article && { article, selection }, force).then(leave)}
        onSave={() => void save()}
        onToggleRemoving={() => setRemoving(!removing)}
        onToggleSelection={() => setShowSelection(!showSelection)}
        onOpenList={() => void openExtensionPage('/list.html').then(leave)}
        onOpenOptions={() => void openExtensionPage('/options.html').then(leave)}
      />
      <p role="status" class="notice" data-testid="notice">
        {notice}
      </p>
      <main>
        {load.state === 'loading' && (
          <p class="muted" role="status" aria-busy="true">
            Cleaning up the page…
          </p>
        )}
        {load.state === 'failed' && !showSelection && <FailureView failure={load.failure} onShowAnyway={showAnyway} onRetry={retry} />}
        {showSelection && selection && <SelectionView text={selection} />}
        {article && viewReady && !showSelection && (
          <div class="layout">
            <article class="article" aria-label="Article">
              <ArticleHeader article={article} />
              {article.preview && <PreviewNotice siteName={article.siteName} />}
              {analysis && <SummaryPanel sentences={analysis.summary} text={analysis.text} settings={settings} onActivate={onSentence} />}
              {analysis && surface === 'popup' && (
                <FactsPanel facts={analysis.facts} settings={settings} title={article.title} onActivate={onFact} />
              )}
              {removing && (
                <p class="muted removing-help">
                  Choose a block to remove it. Sift remembers it for {site}.{' '}
                  {blocks.removed.length > 0 && (
                    <button type="button" onClick={() => void blocks.forgetAll()}>
                      Bring back {blocks.removed.length} removed block{blocks.removed.length > 1 ? 's' : ''}
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
              <footer class="article-footer muted">
                <a href={article.url} target="_blank" rel="noopener noreferrer">
                  Original article
                </a>
              </footer>
            </article>
            {analysis && surface === 'tab' && (
              <aside class="side">
                <FactsPanel facts={analysis.facts} settings={settings} title={article.title} onActivate={onFact} />
              </aside>
            )}
          </div>
        )}
      </main>
    </div>
  );
}
