import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Article } from '@/utils/core/article/types';
import type { Fact } from '@/utils/core/facts/types';
import type { SummarySentence } from '@/utils/core/summary/types';
import type { Analysis } from '@/utils/core/analysis';
import { htmlBlocksText } from '@/utils/core/extract/text';
import { blockFingerprint } from '@/utils/core/extract/fingerprint';
import { handOff } from '@/utils/platform/handoff';
import { highlightQuote, occurrenceBefore } from '@/utils/core/view/highlight';
import { siteKey } from '@/utils/core/pages/site';
import { splitSentences } from '@/utils/core/text/sentences';
import { forgetRemovedBlocks, rememberRemovedBlock, removedBlocksItem, type RemovedBlocks } from '@/utils/platform/storage';
import { prepareViewHtml } from '@/utils/core/view/prepare';
import { useSettings } from '../shared/useSettings';
import { ArticleHeader } from './ArticleHeader';
import { ArticleBody } from './ArticleBody';
import { FactsPanel } from './FactsPanel';
import { SummaryPanel } from './SummaryPanel';
import { failureMessage, type ViewFailure } from '@/utils/core/pages/failures';
import { MARK_PAINTED } from '../../utils/platform/marks';
import { loadArticle, type Load, type Source } from '../../utils/platform/article-source';

export type { Source } from '../../utils/platform/article-source';

function SelectionView({ text }: { text: string }) {
  return (
    <div class="article-body selection-view" data-testid="selection-view">
      {text
        .split(/\n\s*\n|\r?\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
    </div>
  );
}

interface Props {
  surface: 'popup' | 'tab';
  source: Source;
  /** The first load, when the entry point started it before the UI loaded. */
  initial?: Promise<Load>;
  /** Opened with "Show anyway" already chosen (a reader tab opened from such a popup). */
  forced?: boolean;
}

export function ReaderApp({ surface, source, initial, forced = false }: Props) {
  const { settings, loaded: settingsLoaded } = useSettings();
  const [force, setForce] = useState(forced);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Load>({ state: 'loading' });
  // Blocks removed per site; null until read, so the view never flashes them.
  const [removedBySite, setRemovedBySite] = useState<RemovedBlocks | null>(null);
  const [removing, setRemoving] = useState(false);
  const [showSelection, setShowSelection] = useState(false);
  const [analysis, setAnalysis] = useState<(Analysis & { text: string }) | null>(null);
  const [notice, setNotice] = useState('');
  const bodyRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let alive = true;
    setState({ state: 'loading' });
    const first = attempt === 0 && force === forced && initial;
    (first || loadArticle(source, force)).then((l) => alive && setState(l));
    return () => {
      alive = false;
    };
  }, [source, force, attempt]);

  const article = state.state === 'ready' ? state.article : null;
  const site = article ? siteKey(article.url) : '';

  useEffect(() => {
    removedBlocksItem.getValue().then(setRemovedBySite);
    return removedBlocksItem.watch((v) => setRemovedBySite(v ?? {}));
  }, []);
  const removed = useMemo(() => (removedBySite && site ? (removedBySite[site] ?? []) : []), [removedBySite, site]);

  // Nothing of the article is rendered before the options are known: with
  // "Load images" off, not one image may be requested.
  const viewReady = Boolean(article) && settingsLoaded && removedBySite !== null;
  const html = useMemo(
    () => (article && viewReady ? prepareViewHtml(article.html, { window, loadImages: settings.loadImages, removedBlocks: removed }) : ''),
    [article, viewReady, settings.loadImages, removed],
  );

  // Paint the clean view first; facts and summary follow on the next task.
  useEffect(() => {
    if (!article || !viewReady) return;
    // Preact runs effects after the next frame is painted (rAF, then a task),
    // so this is the moment the clean view is on screen.
    if (!performance.getEntriesByName(MARK_PAINTED).length) performance.mark(MARK_PAINTED);
    document.documentElement.dataset.siftReady = '1';
    // The fact and summary code loads after the view is painted.
    let alive = true;
    const timer = setTimeout(async () => {
      const { analyse } = await import('@/utils/core/analysis');
      const root = bodyRef.current;
      if (!root || !alive) return;
      const text = htmlBlocksText(root);
      const a = analyse({
        text,
        title: article.title,
        published: article.published,
        lang: article.lang,
        sentences: settings.summaryLength,
      });
      setAnalysis({ ...a, text });
    }, 0);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [article, html, viewReady, settings.summaryLength]);

  useEffect(() => {
    if (state.state === 'failed') document.documentElement.dataset.siftReady = 'failed';
    if (surface === 'tab' && state.state === 'ready') document.title = `${state.article.title} · Sift`;
  }, [state, surface]);

  const goTo = useCallback(
    (span: { quote: string; start: number }) => {
      const root = bodyRef.current;
      if (!root || !analysis) return;
      const mark = highlightQuote(root, span.quote, occurrenceBefore(analysis.text, span.quote, span.start));
      if (!mark) return;
      mark.tabIndex = -1;
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      mark.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      mark.focus({ preventScroll: true });
    },
    [analysis],
  );
  // A fact scrolls to and highlights its whole sentence, not just the words it was read from.
  const onFact = useCallback(
    (f: Fact) => {
      if (!analysis) return;
      const sentence = splitSentences(analysis.text, article?.lang).find((s) => s.start <= f.start && f.end <= s.end);
      goTo(sentence ? { quote: sentence.text, start: sentence.start } : { quote: f.quote, start: f.start });
    },
    [goTo, analysis, article],
  );
  const onSentence = useCallback((s: SummarySentence) => goTo({ quote: s.text, start: s.start }), [goTo]);

  const onRemoveBlock = useCallback(
    async (block: Element) => {
      await rememberRemovedBlock(site, blockFingerprint(block.textContent ?? ''));
      setNotice('Block removed. Sift will leave it out on this site from now on.');
    },
    [site],
  );

  const save = async () => {
    if (!article) return;
    setNotice('Saving…');
    // The reading list's code (IndexedDB and all) loads on the first save, not before the view paints.
    const { saveToLibrary } = await import('@/utils/platform/save');
    const r = await saveToLibrary(article, analysis ? { facts: analysis.facts, summary: analysis.summary.map((s) => s.text) } : undefined);
    setNotice(r.ok ? (r.updated ? 'Updated in your reading list.' : 'Saved to your reading list.') : r.message);
  };

  const openTab = async () => {
    let q: string;
    if (source.kind === 'saved') q = `saved=${encodeURIComponent(source.url)}`;
    else {
      // The tab shows this very article at once; "Show anyway" carries over for its reloads.
      const handed =
        article && source.tabId !== null ? await handOff(source.tabId, article, state.state === 'loading' ? '' : state.selection) : false;
      q = `tabId=${source.tabId}${force ? '&force=1' : ''}${handed ? '&handoff=1' : ''}`;
    }
    await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?${q}` as '/reader.html') });
    if (surface === 'popup') window.close();
  };
  const openPage = (page: '/options.html' | '/list.html') => {
    browser.tabs.create({ url: browser.runtime.getURL(page) });
    if (surface === 'popup') window.close();
  };

  const selection = state.state === 'loading' ? '' : state.selection.trim();

  return (
    <div class={`reader reader-${surface}`}>
      <nav class="toolbar" aria-label="Sift">
        {surface === 'popup' && (
          <button type="button" onClick={() => void openTab()} data-testid="open-tab">
            Open in reader tab
          </button>
        )}
        {article && source.kind === 'tab' && (
          <button type="button" class="primary" onClick={save} data-testid="save">
            Save
          </button>
        )}
        {article && (
          <button type="button" aria-pressed={removing} onClick={() => setRemoving(!removing)} data-testid="remove-mode">
            {removing ? 'Done removing' : 'Remove blocks'}
          </button>
        )}
        {selection && (
          <button type="button" aria-pressed={showSelection} onClick={() => setShowSelection(!showSelection)}>
            {showSelection ? 'Show clean view' : 'Show original selection'}
          </button>
        )}
        <span class="spacer" />
        <button type="button" onClick={() => openPage('/list.html')}>
          Reading list
        </button>
        <button type="button" onClick={() => openPage('/options.html')}>
          Options
        </button>
      </nav>
      <p role="status" class="notice" data-testid="notice">
        {notice}
      </p>
      <main>
        {state.state === 'loading' && (
          <p class="muted" role="status" aria-busy="true">
            Cleaning up the page…
          </p>
        )}
        {state.state === 'failed' && !showSelection && (
          <div class="failure" data-testid="failure" data-kind={state.failure.kind}>
            <h1>{failureMessage(state.failure).title}</h1>
            <p>{failureMessage(state.failure).detail}</p>
            {state.failure.kind === 'not-article' && (
              <button type="button" class="primary" onClick={() => setForce(true)} data-testid="show-anyway">
                Show anyway
              </button>
            )}
            {state.failure.kind === 'timeout' && (
              <button type="button" onClick={() => setAttempt((n) => n + 1)}>
                Try again
              </button>
            )}
          </div>
        )}
        {showSelection && selection && <SelectionView text={selection} />}
        {article && viewReady && !showSelection && (
          <div class="layout">
            <article class="article" aria-label="Article">
              <ArticleHeader article={article} />
              {analysis && <SummaryPanel sentences={analysis.summary} text={analysis.text} settings={settings} onActivate={onSentence} />}
              {analysis && surface === 'popup' && (
                <FactsPanel facts={analysis.facts} settings={settings} title={article.title} onActivate={onFact} />
              )}
              {removing && (
                <p class="muted removing-help">
                  Choose a block to remove it. Sift remembers it for {site}.{' '}
                  {removed.length > 0 && (
                    <button type="button" onClick={() => forgetRemovedBlocks(site)}>
                      Bring back {removed.length} removed block{removed.length > 1 ? 's' : ''}
                    </button>
                  )}
                </p>
              )}
              <ArticleBody
                html={html}
                lang={article.lang}
                dir={article.dir}
                bodyRef={bodyRef}
                onRemoveBlock={removing ? onRemoveBlock : undefined}
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
