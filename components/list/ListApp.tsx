import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Library, ListResult } from '@/utils/core/library/db';
import { getLibrary } from '@/utils/platform/library';
import type { ReadFilter } from '@/utils/core/library/search';
import { Controls } from './Controls';
import { ArticleRow } from './ArticleRow';
import { Pager } from './Pager';
import { Toast, type ToastState } from './Toast';
import { ExportPanel } from './ExportPanel';
import type { ExportKind } from '@/utils/core/library/export/build';
import { runExport } from '@/utils/platform/workers/run-export';
import { runImport } from '@/utils/platform/workers/run-import';
import { downloadFile } from './download';
import { MARK_LIST_FIRST_SCREEN } from '@/utils/platform/marks';
import { errorMessage as message } from '@/utils/core/errors';
import { normalizeTags } from '@/utils/core/library/normalize';
import { DamagedRecords } from './DamagedRecords';
import { say, t, tn } from '@/utils/platform/i18n';
import { StoriesSection, useListStories } from './StoriesSection';

const PAGE = 50;

/** The reading list page: newest first, search, filters, read state, delete with undo, export and import. */
export function ListApp({ library }: { library?: Promise<Library> }) {
  const libRef = useRef<Promise<Library>>(library ?? getLibrary());
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [filter, setFilter] = useState<ReadFilter>('all');
  const [tag, setTag] = useState('');
  const [offset, setOffset] = useState(0);
  const [result, setResult] = useState<ListResult | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [toast, setToast] = useState<ToastState | null>(null);
  const [error, setError] = useState('');
  const [importNotes, setImportNotes] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const refresh = useCallback(() => setTick((t) => t + 1), []);

  // Wait for typing to pause before searching 10,000 articles.
  useEffect(() => {
    const t = setTimeout(() => setDebounced(query), 150);
    return () => clearTimeout(t);
  }, [query]);
  useEffect(() => setOffset(0), [debounced, filter, tag]);
  // Another page may have changed the list (a view marked an article read, or deleted it): look again when this tab is shown.
  useEffect(() => {
    // The document it listened on, for the cleanup (which may run as the page goes).
    const doc = document;
    const onShow = () => doc.visibilityState === 'visible' && refresh();
    doc.addEventListener('visibilitychange', onShow);
    return () => doc.removeEventListener('visibilitychange', onShow);
  }, [refresh]);

  useEffect(() => {
    let live = true;
    libRef.current
      .then((lib) => lib.listArticles({ query: debounced, filter, tag: tag || undefined, offset, limit: PAGE }))
      .then((r) => live && (setResult(r), setError('')))
      .catch((e) => live && setError(message(e)));
    return () => {
      live = false;
    };
  }, [debounced, filter, tag, offset, tick]);

  // The tag list reads every article (and warms the search index): do it once the
  // first screen is up and the page is idle. Idle time comes earlier, while the
  // first page is read from IndexedDB, and a scan then would hold that read up.
  const firstScreenUp = result !== null;
  useEffect(() => {
    if (!firstScreenUp) return;
    // The tags are a filter aid: if they cannot be read, the list works without them.
    const load = () => void libRef.current.then((lib) => lib.listTags()).then(setTags, () => undefined);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(load, { timeout: 1000 });
      return () => cancelIdleCallback(id);
    }
    const t = setTimeout(load, 300);
    return () => clearTimeout(t);
  }, [tick, firstScreenUp]);
  const stories = useListStories(libRef.current, firstScreenUp, tick);

  const act = async (fn: (lib: Library) => Promise<unknown>) => {
    try {
      await fn(await libRef.current);
      refresh();
    } catch (e) {
      setError(message(e));
    }
  };

  const onRead = (url: string, read: boolean) => act((lib) => lib.setRead(url, read));
  const onTags = (url: string, next: string[]) => act((lib) => lib.setTags(url, next));
  const onRenameTag = (from: string, to: string) =>
    act(async (lib) => {
      const n = await lib.renameTag(from, to);
      const [renamed] = normalizeTags([to]);
      setTag(renamed ?? '');
      setToast({ text: renamed ? tn('tagRenamedOn', n, from, renamed) : tn('tagRemovedOn', n, from) });
    });
  const onDeleteDamaged = (key: string) =>
    act(async (lib) => {
      await lib.deleteArticle(key);
      setToast({ text: t('damagedDeleted', key) });
    });
  const onDelete = (url: string) =>
    act(async (lib) => {
      const gone = await lib.deleteArticle(url);
      setSelected((s) => {
        const n = new Set(s);
        n.delete(url);
        return n;
      });
      if (gone) setToast({ text: t('listDeleted', gone.title || gone.url), undo: () => void act((l) => l.restoreArticle(gone)) });
    });
  const onSelect = (url: string, on: boolean) =>
    setSelected((s) => {
      const n = new Set(s);
      if (on) n.add(url);
      else n.delete(url);
      return n;
    });

  const onExport = async (kind: ExportKind, onlySelected: boolean) => {
    setBusy(true);
    setToast({ text: t('listPreparing') });
    try {
      // Built in a worker: the list stays usable while 10,000 articles become a file.
      const { download, count } = await runExport({ kind, urls: onlySelected ? [...selected] : undefined }, libRef.current);
      downloadFile(download);
      setToast({ text: tn('listExported', count, download.filename) });
    } catch (e) {
      setToast(null);
      setError(t('listExportFailed', message(e)));
    } finally {
      setBusy(false);
    }
  };

  const onImport = async (file: File) => {
    setBusy(true);
    setError('');
    setImportNotes([]);
    try {
      // Read and merged in a worker: a 10,000-article backup no longer freezes the page.
      setToast({ text: t('listImporting', file.name) });
      // A Sift backup's articles are sanitised one by one: 10,000 take a while, so say how far it has got.
      const progress = (done: number, total: number) =>
        total >= 200 && done % 200 === 0 && setToast({ text: t('listImportProgress', file.name, done, total) });
      const { result: r, skipped: n, warnings } = await runImport(file, libRef.current, progress);
      const skipped = n ? ` ${tn('listSkippedRepaired', n)}` : '';
      setToast({ text: t('listImported', file.name, r.added, r.updated, r.unchanged) + skipped });
      const notes = warnings.map((w) => (w.file ? `${w.file}: ${say(w)}` : say(w)));
      setImportNotes(n > warnings.length ? [...notes, t('listMoreNotes', n - warnings.length)] : notes);
      refresh();
    } catch (e) {
      setError(t('listImportFailed', file.name, message(e)));
    } finally {
      setBusy(false);
    }
  };

  // For the speed checks: when the first page of the list is on screen.
  useEffect(() => {
    if (result && !performance.getEntriesByName(MARK_LIST_FIRST_SCREEN).length) performance.mark(MARK_LIST_FIRST_SCREEN);
  }, [result]);

  const items = result?.items ?? [];
  const allOnPage = items.length > 0 && items.every((a) => selected.has(a.url));
  const searching = !!(debounced || tag || filter !== 'all');

  return (
    <main class="list-page">
      <header class="list-header">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('readingList')}
        </h1>
        {result && (
          <p class="count" aria-live="polite">
            {searching ? tn('listMatching', result.total) : tn('listSaved', result.total)}
          </p>
        )}
      </header>
      <Controls
        query={query}
        filter={filter}
        tag={tag}
        tags={tags}
        onQuery={setQuery}
        onFilter={setFilter}
        onTag={setTag}
        onRenameTag={(from, to) => void onRenameTag(from, to)}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {importNotes.length > 0 && (
        <div class="warning" role="note" data-testid="import-notes">
          <p>{t('listImportNotes')}</p>
          <ul>
            {importNotes.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {result && result.skipped.length > 0 && <DamagedRecords skipped={result.skipped} onDelete={(key) => void onDeleteDamaged(key)} />}
      <div class="select-bar">
        <label>
          <input
            type="checkbox"
            checked={allOnPage}
            disabled={!items.length}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setSelected((s) => {
                const n = new Set(s);
                for (const a of items) on ? n.add(a.url) : n.delete(a.url);
                return n;
              });
            }}
          />
          {t('listSelectAll')}
        </label>
        {selected.size > 0 && (
          <button type="button" class="plain" onClick={() => setSelected(new Set())}>
            {t('listClearSelection', selected.size)}
          </button>
        )}
      </div>
      <StoriesSection stories={stories} />
      {result && items.length === 0 && <p class="empty">{searching ? t('listNoMatch') : t('listEmpty')}</p>}
      <ul class="list" aria-label={t('listSavedArticles')}>
        {items.map((a) => (
          <ArticleRow
            key={a.url}
            article={a}
            story={stories && 'byUrl' in stories ? stories.byUrl.get(a.url) : undefined}
            selected={selected.has(a.url)}
            onSelect={onSelect}
            onRead={onRead}
            onDelete={onDelete}
            onTags={(url, next) => void onTags(url, next)}
          />
        ))}
      </ul>
      {result && <Pager offset={offset} limit={PAGE} total={result.total} onPage={setOffset} />}
      <ExportPanel selectedCount={selected.size} busy={busy} onExport={onExport} onImport={onImport} />
      <Toast
        toast={toast}
        onClose={() => {
          // Do not strand keyboard focus on a toast that is going away.
          if (document.activeElement?.closest('.toast')) headingRef.current?.focus();
          setToast(null);
        }}
      />
    </main>
  );
}
