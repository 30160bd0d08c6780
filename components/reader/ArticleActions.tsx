import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/core/article/types';
import type { SavedArticle } from '@/utils/core/library/types';
import type { SummaryLength } from '@/utils/core/settings/settings';
import type { Source } from '@/utils/platform/article-source';
import type { ViewHost } from '@/utils/platform/view-host';
import { errorMessage } from '@/utils/core/errors';
import { extensionUrl } from '@/utils/platform/runtime';
import { t } from '@/utils/platform/i18n';
import { TagEditor } from '../list/TagEditor';
import './article-actions.css';

/** The reading list, loaded on demand: a view that only reads a live page never loads it. */
const library = () => import('@/utils/platform/library').then(({ getLibrary }) => getLibrary());

/**
 * Saving the view's article and what follows: the tags it is saved with (chosen
 * before Save, or changed after), and, for an article opened from the reading
 * list, its entry (marked read on opening).
 */
export function useArticleSaving(host: ViewHost, article: Article | null, removedBlocks: readonly string[], summaryLength: SummaryLength) {
  const { source } = host;
  const [tags, setTags] = useState<string[]>([]);
  const [entry, setEntry] = useState<SavedArticle | null>(null);
  const [deleted, setDeleted] = useState<SavedArticle | null>(null);

  // A saved article's view: reading it marks it read.
  useEffect(() => {
    if (source.kind !== 'saved' || !article) return;
    let alive = true;
    void library()
      .then(async (lib) => {
        const a = await lib.getArticle(source.url);
        if (!a) return null;
        return a.read ? a : lib.setRead(a.url, true);
      })
      .then((a) => {
        if (!alive || !a) return;
        setEntry(a);
        setTags(a.tags);
      })
      .catch(() => undefined); // the view is shown either way; its actions then say what fails
    return () => {
      alive = false;
    };
  }, [source, article]);

  /** The Save button (one way of saving among three: save.ts). Returns what to tell the reader. */
  const save = async (): Promise<string> => {
    if (!article) return '';
    const r = await host.save(article, removedBlocks, { summaryLength, tags });
    if (!r.ok) return r.message;
    // Over the page the list is the service worker's: the tags chosen were saved with it, later ones wait for the next Save.
    if (r.saved) {
      setEntry(r.saved);
      setTags(r.saved.tags);
    }
    return r.updated ? t('updatedInList') : t('savedToList');
  };

  /** Before saving, the tags to save with; once saved, the entry's tags, changed at once. */
  const changeTags = async (next: string[]): Promise<string> => {
    if (!entry) {
      setTags(next);
      return '';
    }
    try {
      const a = await (await library()).setTags(entry.url, next);
      setEntry(a);
      setTags(a.tags);
      return t('tagsSaved');
    } catch (err) {
      return t('tagsNotSaved', errorMessage(err));
    }
  };

  const act = async (fn: (lib: Awaited<ReturnType<typeof library>>) => Promise<string>): Promise<string> => {
    try {
      return await fn(await library());
    } catch (err) {
      return errorMessage(err);
    }
  };

  const setRead = (read: boolean) =>
    act(async (lib) => {
      if (!entry) return '';
      setEntry(await lib.setRead(entry.url, read));
      return read ? t('markedRead') : t('markedUnread');
    });
  const remove = () =>
    act(async (lib) => {
      if (!entry) return '';
      const gone = await lib.deleteArticle(entry.url);
      setDeleted(gone ?? entry);
      setEntry(null);
      return t('deletedFromList');
    });
  const undo = () =>
    act(async (lib) => {
      if (!deleted) return '';
      const back = await lib.restoreArticle(deleted);
      setEntry(back);
      setDeleted(null);
      return t('backInList');
    });

  return { tags, entry, deleted, save, changeTags, setRead, remove, undo };
}

export type ArticleSaving = ReturnType<typeof useArticleSaving>;

interface Props {
  source: Source;
  article: Article | null;
  saving: ArticleSaving;
  onNotice(text: string): void;
}

/** "Back" goes back to the reading list this view was opened from, or opens it. */
function backToList(): void {
  if (document.referrer.endsWith('/list.html') && history.length > 1) history.back();
  else location.assign(extensionUrl('/list.html'));
}

/**
 * Under the toolbar: the tags an article is saved with; for one opened from the
 * reading list, also Mark read, Delete (with Undo) and Back to the list.
 */
export function ArticleActions({ source, article, saving, onNotice }: Props) {
  // The Delete button goes away when pressed: focus moves to Undo rather than being lost.
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (saving.deleted) undoRef.current?.focus();
  }, [saving.deleted]);
  if (!article) return null;
  const say = (p: Promise<string>) => void p.then((text) => text && onNotice(text));
  const tags = <TagEditor tags={saving.tags} label={t('thisArticle')} onChange={(next) => say(saving.changeTags(next))} />;
  if (source.kind !== 'saved') return <div class="article-actions">{tags}</div>;
  const { entry, deleted } = saving;
  return (
    <div class="article-actions" role="group" aria-label={t('savedArticleActions')} data-testid="saved-actions">
      <button type="button" onClick={backToList} data-testid="back">
        {t('backToListButton')}
      </button>
      {entry && (
        <button type="button" onClick={() => say(saving.setRead(!entry.read))} data-testid="mark-read">
          {entry.read ? t('listMarkUnread') : t('listMarkRead')}
        </button>
      )}
      {entry && (
        <button type="button" class="danger" onClick={() => say(saving.remove())} data-testid="delete">
          {t('listDelete')}
        </button>
      )}
      {!entry && deleted && (
        <button type="button" ref={undoRef} onClick={() => say(saving.undo())} data-testid="undo">
          {t('undoDelete')}
        </button>
      )}
      {entry && tags}
    </div>
  );
}
