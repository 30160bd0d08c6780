/**
 * Issue 16, the interface in the reader's language: Chromium started in
 * French and in Japanese (--lang; Debian's chromium-l10n carries the
 * browser's own translations) shows Sift's popup, failure messages, options,
 * reading list and reader over the page in that language, while the article
 * keeps its own; the story page and the reading list's tag editing too; and a
 * Russian article's dates and reading time read in Russian in an English browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { storyId } from '../../utils/core/stories/ids';
import { ARTIFACTS, clickAction, launchSift, openPopupFor, tabIdOf, waitForView, type Sift } from './chromium';
import { overlayDom, waitForOverlayText } from './overlay-dom';
import { saveByCommand, savedTitles } from './save-by-command';
import { startServer, type TestServer } from './server';
import { standInSpeech, VOICES, type Spoken } from './speech';

const SEED = '/euobserver-kazakhstan.plain.html';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.close());

const CASES = [
  {
    lang: 'fr',
    save: 'Enregistrer',
    listen: 'Écouter',
    summary: 'Résumé',
    facts: 'Faits clés',
    cannotRead: 'Sift ne peut pas lire cette page',
    options: 'Options de Sift',
    list: 'Liste de lecture',
    overlay: 'Sift\u00a0: vue épurée',
    readingTime: 'Temps de lecture\u00a0:',
    story: {
      figures: 'Les chiffres dans le temps',
      exportStory: 'Exporter le sujet (Markdown)',
      articles: '3 articles de 3 sources',
      firstDay: '2 mars 2026',
      note: /^2 articles précédents dans /,
    },
    tags: {
      edit: 'Étiquettes',
      hint: 'Ajouter des étiquettes, séparées par des virgules',
      add: 'Ajouter',
      renameTag: 'Renommer l’étiquette crues',
      renameAll: 'Renommer «\u00a0crues\u00a0»…',
      rename: 'Renommer',
      renamed: 'Étiquette «\u00a0crues\u00a0» renommée «\u00a0inondations\u00a0» sur 1 article.',
    },
  },
  {
    lang: 'ja',
    save: '保存',
    listen: '読み上げ',
    summary: '要約',
    facts: '重要な事実',
    cannotRead: 'Sift はこのページを読み取れません',
    options: 'Sift の設定',
    list: 'リーディングリスト',
    overlay: 'Sift: すっきり表示',
    readingTime: '読了時間:',
    story: {
      figures: '数字の推移',
      exportStory: 'トピックを書き出す（Markdown）',
      articles: '記事 3 件・情報源 3 件',
      firstDay: '2026年3月2日',
      note: /に以前の記事が 2 件あります。/,
    },
    tags: {
      edit: 'タグ',
      hint: 'タグを追加（カンマ区切り）',
      add: '追加',
      renameTag: 'タグ「crues」の名前を変更',
      renameAll: '「crues」の名前を変更…',
      rename: '名前を変更',
      renamed: 'タグ「crues」を「inondations」に変更しました（記事 1 件）。',
    },
  },
] as const;

describe.each(CASES)('the interface in $lang', (c) => {
  let sift: Sift;
  beforeAll(async () => {
    // The test build: its hooks save articles as the save shortcut does.
    sift = await launchSift({ lang: c.lang, build: 'e2e' });
    const ui = await sift.worker.evaluate(() => chrome.i18n.getUILanguage());
    if (!ui.startsWith(c.lang))
      throw new Error(`Chromium started with --lang=${c.lang} runs in ${ui}: install Debian's chromium-l10n (.ci/run does).`);
  });
  afterAll(() => sift?.close());

  it('the popup speaks the browser’s language; the article keeps its own', async () => {
    const { page, popup } = await openPopupFor(sift, server.url + SEED);
    expect(await waitForView(popup)).toBe('1');
    await popup.getByTestId('facts').waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(c.lang);
    expect(await popup.getByTestId('save').innerText()).toBe(c.save);
    expect(await popup.getByTestId('aloud').innerText()).toBe(c.listen);
    expect(await popup.getByRole('region', { name: c.summary }).count()).toBe(1);
    expect(await popup.getByRole('region', { name: c.facts }).count()).toBe(1);
    const readingTime = (await popup.getByTestId('reading-time').textContent())!.replace(/\s+/g, ' ');
    expect(readingTime).toMatch(new RegExp(`^${c.readingTime.replace(/\s+/g, ' ')} 2 mins?$`));
    // The article is English: its date is written in English, and it says so to screen readers.
    expect(await popup.getByTestId('published').innerText()).toBe('6 January 2022');
    expect(await popup.locator('article').getAttribute('lang')).toBe('en');
    await popup.close();
    await page.close();
  });

  it('failure messages, the options page and the reading list too', async () => {
    const blank = await sift.context.newPage();
    await blank.goto('about:blank');
    const tabId = await tabIdOf(sift, blank);
    await clickAction(sift, blank);
    const popup = await sift.context.newPage();
    await popup.goto(`chrome-extension://${sift.extensionId}/popup.html?tabId=${tabId}`);
    expect(await waitForView(popup)).toBe('failed');
    expect(await popup.getByTestId('failure').locator('h1').innerText()).toBe(c.cannotRead);
    await popup.goto(`chrome-extension://${sift.extensionId}/options.html`);
    await expect.poll(() => popup.locator('h1').innerText()).toBe(c.options);
    expect(await popup.title()).toBe(c.options);
    await popup.goto(`chrome-extension://${sift.extensionId}/list.html`);
    await expect.poll(() => popup.locator('h1').innerText()).toBe(c.list);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(c.lang);
    await popup.close();
    await blank.close();
  });

  it('the story page, the story note in a view, and the reading list’s tag editing', { timeout: 90_000 }, async () => {
    const ext = `chrome-extension://${sift.extensionId}`;
    // Three articles of the invented floods (tests/fixtures/stories), saved as the shortcut saves them.
    const slugs = ['herald-0302', 'today-0303', 'valley-0304'];
    for (const slug of slugs) await saveByCommand(sift, `${server.url}/stories/${slug}.html`);
    const page = await sift.context.newPage();
    await page.goto(`${ext}/list.html`);
    const urls = await savedTitles(page);
    const url = (title: string) => urls.find((a) => a.title.startsWith(title))!.url;

    // Tags: added in a row's editor, then renamed on every article from the filter.
    const row = page.getByTestId('list-item').filter({ hasText: 'Floods hit Port Amsel' });
    await row
      .locator('button')
      .filter({ hasText: new RegExp(`^${c.tags.edit}$`) })
      .click();
    const input = row.getByTestId('tag-input');
    expect(await input.getAttribute('placeholder')).toBe(c.tags.hint);
    await input.fill('crues');
    await row.getByRole('button', { name: c.tags.add, exact: true }).click();
    // The new tag's own controls are named in the language too.
    await expect.poll(() => row.getByRole('button', { name: c.tags.renameTag, exact: true }).count()).toBe(1);
    const tagFilter = page.locator('.list-controls select').nth(1);
    await expect.poll(() => tagFilter.locator('option', { hasText: 'crues' }).count()).toBe(1);
    await tagFilter.selectOption('crues');
    await page.getByRole('button', { name: c.tags.renameAll }).click();
    await page.locator('.tag-rename-all input').fill('inondations');
    await page.locator('.tag-rename-all').getByRole('button', { name: c.tags.rename, exact: true }).click();
    await expect.poll(() => page.locator('.toast-region').innerText()).toContain(c.tags.renamed);

    // The story page: its headings, counts and days in the interface's language, the article titles as written.
    await page.goto(`${ext}/story.html?id=${storyId('s', url('Floods hit Port Amsel'))}`);
    await page.getByTestId('story-page').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(c.lang);
    expect(await page.locator('#figures').innerText()).toBe(c.story.figures);
    expect(await page.getByRole('button', { name: c.story.exportStory }).count()).toBe(1);
    expect(await page.getByTestId('story-page').innerText()).toContain(c.story.articles);
    expect(await page.getByTestId('timeline').innerText()).toContain(c.story.firstDay);
    expect(await page.getByTestId('story-articles').innerText()).toContain('Death toll in Port Amsel floods rises to 27');
    await page.screenshot({ path: `${ARTIFACTS}/story-page-${c.lang}.png`, fullPage: true });

    // The newest article's view says how many earlier articles its story has.
    await page.goto(`${ext}/reader.html?saved=${encodeURIComponent(url('Kessel River floods'))}`);
    const note = page.getByTestId('story-note');
    await note.waitFor({ timeout: 15_000 });
    expect((await note.innerText()).replace(/\s+/g, ' ')).toMatch(c.story.note);
    await page.close();
  });

  it('the reader over the page', async () => {
    await sift.worker.evaluate(() => chrome.storage.sync.set({ settings: { toolbar: 'overlay' }, settings$: { v: 2 } }));
    await expect.poll(() => sift.worker.evaluate(() => chrome.action.getPopup({}))).toBe('');
    const page = await sift.context.newPage();
    await page.goto(server.url + SEED);
    await clickAction(sift, page);
    const o = await overlayDom(sift, page);
    const text = await waitForOverlayText(o, (t) => t.includes(c.facts));
    expect(text).toContain(c.save);
    expect(await o.call<string>('function () { return this.querySelector(".sift-overlay").getAttribute("aria-label"); }')).toBe(c.overlay);
    expect(await o.call<string>('function () { return this.querySelector(".reader").lang; }')).toBe(c.lang);
    await o.detach();
    await page.close();
    await sift.worker.evaluate(() => chrome.storage.sync.clear());
  });
});

describe('a Russian article in an English browser', () => {
  let sift: Sift;
  beforeAll(async () => {
    sift = await launchSift();
  });
  afterAll(() => sift?.close());

  // An article written for this test.
  const para = [
    'Правительство объявило о новых мерах поддержки фермеров после засушливого лета. По словам министра, помощь получат более десяти тысяч хозяйств.',
    'В 2014 году похожая программа помогла сохранить урожай, но тогда средства выделили слишком поздно. Теперь деньги обещают перечислить до конца месяца.',
    'Фермеры встретили решение сдержанно. Многие из них говорят, что главная проблема не в деньгах, а в воде: каналы не ремонтировали много лет.',
    'Эксперты советуют думать не только о нынешнем сезоне. Климат меняется, и засухи будут повторяться чаще, чем раньше.',
  ];
  const page = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Фермерам помогут после засухи</title>
<meta property="article:published_time" content="2022-01-06T10:00:00+03:00"></head><body><main><article>
<h1>Фермерам помогут после засухи</h1>${[...para, ...para].map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;

  it('writes its date and reading time in Russian, and reads it with a Russian voice', async () => {
    server.pages.set('/ru-article.html', page);
    const { page: tab, popup } = await openPopupFor(sift, `${server.url}/ru-article.html`);
    expect(await waitForView(popup)).toBe('1');
    await popup.getByTestId('facts').waitFor();
    expect(await popup.getByTestId('published').innerText()).toBe('6 января 2022 г.');
    expect(await popup.getByTestId('published').getAttribute('datetime')).toBe('2022-01-06');
    expect((await popup.getByTestId('reading-time').textContent())!.replace(/\s+/g, ' ')).toMatch(/^Reading time: \d+ мин$/);
    expect(await popup.locator('article').getAttribute('lang')).toBe('ru');
    // The interface stays English, the browser's language.
    expect(await popup.getByTestId('save').innerText()).toBe('Save');
    // The facts' dates are the article's (a bare year here), in its language, marked as such.
    await popup.getByRole('region', { name: 'Key facts' }).locator('summary').click();
    const fact = popup.getByTestId('fact').first();
    expect(await fact.innerText()).toBe('2014');
    expect(await fact.getAttribute('lang')).toBe('ru');

    await popup.evaluate(standInSpeech([...VOICES, { voiceURI: 'test-ru', name: 'Test Russian', lang: 'ru-RU' }]));
    await popup.getByTestId('aloud').click();
    const spoken = (p: Page) => p.evaluate(() => (globalThis as unknown as { __speech: { log: Spoken[] } }).__speech.log);
    await expect.poll(async () => (await spoken(popup)).length).toBe(1);
    expect((await spoken(popup))[0]).toMatchObject({ lang: 'ru', voice: 'test-ru', text: para[0]!.split('. ')[0] + '.' });
    const groups = await popup
      .getByTestId('aloud-voice')
      .locator('optgroup')
      .evaluateAll((g) => g.map((x) => (x as HTMLOptGroupElement).label));
    expect(groups[0]).toBe('Voices for Russian');
    await popup.close();
    await tab.close();
  });
});
