// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { openLibrary, DB_NAME, STORE } from '@/utils/core/library/db';
import { sampleArticles } from '@/tests/support/sample-articles';
import { KORVEL_LIBRARY, told, WILDFIRE } from '@/tests/support/story-articles';
import axe from 'axe-core';
import { ListApp } from './ListApp';
import { storyId } from '@/utils/core/stories/ids';

async function until<T>(fn: () => T | null | undefined | false, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

async function setup(n: number, factory = new IDBFactory()) {
  const lib = await openLibrary(factory);
  await lib.importArticles(sampleArticles(n));
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<ListApp library={Promise.resolve(lib)} />, root));
  await until(() => root.querySelectorAll('[data-testid="list-item"]').length > 0);
  return { lib, root };
}

afterEach(async () => {
  // Unmounted inside act, so effects still pending (the stories section's idle grouping) run now, not after the test file.
  await act(() => {
    for (const el of [...document.body.children]) render(null, el);
  });
  for (const el of [...document.body.children]) el.remove();
  await new Promise((r) => setTimeout(r, 0));
});

const rows = (root: Element) => [...root.querySelectorAll('[data-testid="list-item"]')];

describe('reading list page', () => {
  it('shows 50 newest first, pages, and links to the saved clean view', async () => {
    const { root } = await setup(120);
    expect(rows(root)).toHaveLength(50);
    const first = rows(root)[0]!.querySelector('a')!;
    expect(first.textContent).toMatch(/^Story 119:/);
    expect(first.getAttribute('href')).toBe(`reader.html?saved=${encodeURIComponent(sampleArticles(120)[119]!.url)}`);
    expect(root.textContent).toContain('Page 1 of 3');
    const next = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Next')!;
    await act(() => next.click());
    await until(() => rows(root)[0]!.textContent!.includes('Story 69:'));
  });

  it('searches, and deletes with an Undo that brings the article back', async () => {
    const { root, lib } = await setup(30);
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(search.closest('label')!.textContent).toContain('Search');
    await act(() => {
      search.value = 'STORY-7?'; // part of its URL: matches story 7 only
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => rows(root).length === 1);
    const del = rows(root)[0]!.querySelector<HTMLButtonElement>('button.danger')!;
    expect(del.getAttribute('aria-label')).toMatch(/^Delete: Story 7:/);
    await act(() => del.click());
    await until(() => rows(root).length === 0);
    // The Delete button is gone: focus moves to Undo rather than being lost.
    await until(() => document.activeElement?.textContent === 'Undo');
    expect(await lib.countArticles()).toBe(29);
    const undo = await until(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Undo'));
    await act(() => undo.click());
    await until(() => rows(root).length === 1);
    expect(await lib.countArticles()).toBe(30);
  });

  it('has no axe violations (contrast is checked in the browser tests)', async () => {
    const { root } = await setup(5);
    const res = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
    expect(res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });

  it('marks read and filters by read state', async () => {
    const { root } = await setup(10);
    const select = root.querySelector<HTMLSelectElement>('select')!;
    await act(() => {
      select.value = 'read';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => rows(root).length === 2); // samples 0 and 5 are read
    const markUnread = rows(root)[0]!.querySelector<HTMLButtonElement>('.item-actions button')!;
    expect(markUnread.textContent).toBe('Mark unread');
    await act(() => markUnread.click());
    await until(() => rows(root).length === 1);
  });

  it("edits a row's tags, and the filter lists and finds them as the row shows them", async () => {
    const { root, lib } = await setup(3);
    const row = rows(root).find((r) => r.textContent!.includes('Story 2:'))!;
    const edit = [...row.querySelectorAll('button')].find((b) => b.textContent === 'Tags')!;
    await act(() => edit.click());
    const input = await until(() => row.querySelector<HTMLInputElement>('[data-testid="tag-input"]'));
    await act(() => {
      input.value = 'France, ÉNERGIE';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await until(() =>
      [...root.querySelectorAll('.list-controls select')[1]!.querySelectorAll('option')].some((o) => o.value === 'énergie'),
    );
    expect((await lib.getArticle(sampleArticles(3)[2]!.url))!.tags).toEqual(['france', 'énergie']);
    const filter = root.querySelectorAll<HTMLSelectElement>('.list-controls select')[1]!;
    await act(() => {
      filter.value = 'france';
      filter.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => rows(root).length === 1);
    expect(rows(root)[0]!.textContent).toContain('Story 2:');
  });

  it('shows a damaged record as damaged, with the rest of the list, and deletes it on request', async () => {
    const factory = new IDBFactory();
    const lib = await openLibrary(factory);
    await lib.importArticles(sampleArticles(2));
    const db = await new Promise<IDBDatabase>((res) => {
      const r = factory.open(DB_NAME);
      r.onsuccess = () => res(r.result);
    });
    await new Promise<void>((res) => {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put({ ...sampleArticles(3)[2], savedAt: 1e300, _n: -1e300, _u: -1e300 });
      tx.oncomplete = () => res();
    });
    db.close();
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<ListApp library={Promise.resolve(lib)} />, root));
    await until(() => rows(root).length === 2);
    const damaged = await until(() => root.querySelector('[data-testid="damaged"]'));
    expect(damaged.textContent).toMatch(/damaged.*no valid savedAt time/);
    await act(() => damaged.querySelector<HTMLButtonElement>('button')!.click());
    await until(() => !root.querySelector('[data-testid="damaged"]'));
    expect(await lib.countArticles()).toBe(2);
  });

  it('lists the stories, newest first, and links each story and each of its rows to the story page; an unrelated article gets no link', async () => {
    const articles = [
      ...WILDFIRE.slice(0, 2),
      told(
        'f1',
        '2026-02-12',
        'Grève à Montbrison : la SNCF Lérac suspend ses trains',
        'La SNCF Lérac a suspendu ses trains à Montbrison mercredi, au premier jour de la grève.',
        'Le Courrier',
      ),
      told(
        'f2',
        '2026-02-13',
        'Montbrison : la grève de la SNCF Lérac se poursuit',
        'La grève de la SNCF Lérac se poursuit jeudi à Montbrison, sans train annoncé.',
        'La Dépêche de l’Est',
      ),
      // Shares a place name and the week, tells another event: no story, no link.
      KORVEL_LIBRARY,
    ];
    const lib = await openLibrary(new IDBFactory());
    await lib.importArticles(articles);
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<ListApp library={Promise.resolve(lib)} />, root));
    const section = await until(() => root.querySelector('[data-testid="list-stories"]'));
    expect(section.querySelector('h2')!.textContent).toBe('Stories');
    const stories = [...section.querySelectorAll('[data-testid="list-story"]')];
    expect(stories).toHaveLength(2);
    // Newest first: the strike's latest article is of 13 February.
    const links = stories.map((li) => li.querySelector('a')!);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      `/story.html?id=${encodeURIComponent(storyId('s', articles[2]!.url))}`,
      `/story.html?id=${encodeURIComponent(storyId('s', articles[0]!.url))}`,
    ]);
    expect(links[0]!.textContent).toMatch(/Montbrison|SNCF/);
    expect(stories[0]!.textContent).toMatch(/2 articles, latest .*13/);
    const rowOf = (title: string) => rows(root).find((r) => r.textContent!.includes(title))!;
    await until(() => rows(root).some((r) => r.querySelector('[data-testid="row-story"]')));
    for (const [i, story] of [
      [0, 1],
      [1, 1],
      [2, 0],
      [3, 0],
    ] as const) {
      const link = rowOf(articles[i]!.title).querySelector('[data-testid="row-story"]')!;
      expect(link.getAttribute('href')).toBe(links[story]!.getAttribute('href'));
      expect(link.textContent).toBe(`Story: ${links[story]!.textContent}`);
    }
    expect(rowOf('Korvel opens its new library').querySelector('[data-testid="row-story"]')).toBeNull();
    const res = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
    expect(res.violations.map((v) => v.id)).toEqual([]);
  });

  it('shows no stories section when no articles tell one event', async () => {
    const { root } = await setup(5);
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(root.querySelector('[data-testid="list-stories"]')).toBeNull();
    expect(root.querySelector('[data-testid="row-story"]')).toBeNull();
  });
});
