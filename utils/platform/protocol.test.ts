import { describe, expect, it } from 'vitest';
import type { Article } from '../core/article/types';
import {
  extractRequest,
  parseContentResponse,
  parseDraftResponse,
  parseExportReply,
  parseExportRequest,
  parseHandoff,
  parseImportReply,
  parseImportRequest,
  parseKeptArticle,
  parseListFocusReply,
  parseListFocusRequest,
  parseSanitizeReply,
  parseSanitizeRequest,
  PROTOCOL_VERSION,
  REQUEST_GLOBAL,
  takeExtractRequest,
} from './protocol';

const article: Article = {
  url: 'https://news.example/a',
  title: 'Talks resume',
  byline: null,
  siteName: 'Example',
  published: '2022-01-06',
  lang: 'en',
  dir: null,
  excerpt: null,
  html: '<p>Talks resumed.</p>',
  text: 'Talks resumed.',
  wordCount: 2,
  readingMinutes: 1,
};
const { html: _h, text: _t, wordCount: _w, readingMinutes: _r, ...meta } = article;
const v = PROTOCOL_VERSION;

describe('the request a content script reads', () => {
  it('takes the request off the global, once', () => {
    const g: Record<string, unknown> = { [REQUEST_GLOBAL]: extractRequest(true, ['b1']) };
    expect(takeExtractRequest(g)).toEqual({ v, force: true, removedBlocks: ['b1'] });
    expect(REQUEST_GLOBAL in g).toBe(false);
    expect(takeExtractRequest(g)).toEqual(extractRequest());
  });
  it('reads a malformed or foreign request as a plain click', () => {
    expect(takeExtractRequest({ [REQUEST_GLOBAL]: { force: 'yes', removedBlocks: [1] } })).toEqual(extractRequest());
    expect(takeExtractRequest({ [REQUEST_GLOBAL]: { v: 2, force: true, removedBlocks: [] } })).toEqual(extractRequest());
  });
});

describe("a content script's answer", () => {
  const draft = { v, ok: true, draft: { ...meta, unsafeHtml: '<p>x</p>' }, timings: { clone: 1 }, selection: '' };
  it('accepts what the scripts send', () => {
    expect(parseDraftResponse(draft)).toEqual(draft);
    const failed = { v, ok: false, failure: { kind: 'not-article', title: 'Home' }, timings: {}, selection: 'sel', startedAt: 5 };
    expect(parseDraftResponse(failed)).toEqual(failed);
    expect(parseContentResponse({ v, ok: true, article, timings: {}, selection: '' })).not.toBeNull();
  });
  it('refuses an answer a page could have shaped, or another version', () => {
    expect(parseDraftResponse({ ...draft, v: 0 })).toBeNull();
    expect(parseDraftResponse({ ...draft, draft: { ...meta, unsafeHtml: 7 } })).toBeNull();
    expect(parseDraftResponse({ ...draft, timings: { clone: 'slow' } })).toBeNull();
    expect(parseDraftResponse({ v, ok: false, failure: { kind: 'hacked' }, timings: {}, selection: '' })).toBeNull();
    // A sanitised article is what the save path needs: a draft is not one.
    expect(parseContentResponse(draft)).toBeNull();
    expect(parseDraftResponse('<p>x</p>')).toBeNull();
  });
});

describe('the reader-tab handoff', () => {
  it('accepts a handoff and refuses a damaged one', () => {
    expect(parseHandoff({ v, article, selection: '', at: 1 })).not.toBeNull();
    expect(parseHandoff({ v, article: { ...article, url: null }, selection: '', at: 1 })).toBeNull();
    expect(parseHandoff({ article, selection: '', at: 1 })).toBeNull();
  });
});

describe('worker messages', () => {
  it('export: a known kind and URLs in, a Blob back', () => {
    expect(parseExportRequest({ v, kind: 'epub', urls: ['https://a'] })).not.toBeNull();
    expect(parseExportRequest({ v, kind: 'pdf' })).toBeNull();
    expect(parseExportRequest({ v, kind: 'json', urls: 'https://a' })).toBeNull();
    // The backup's story choices travel with the request, checked like the rest.
    expect(
      parseExportRequest({ v, kind: 'json', stories: { names: { s1: 'Floods' }, placed: { 'https://a': 's1', 'https://b': null } } }),
    ).not.toBeNull();
    expect(parseExportRequest({ v, kind: 'json', stories: { names: { s1: 7 }, placed: {} } })).toBeNull();
    expect(parseExportRequest({ v, kind: 'json', stories: { names: {}, placed: { 'https://a': true } } })).toBeNull();
    expect(parseExportReply({ v, ok: true, count: 1, download: { filename: 'a.json', blob: new Blob(['{}']) } })).not.toBeNull();
    expect(parseExportReply({ v, ok: true, count: 1, download: { filename: 'a.json', blob: '{}' } })).toBeNull();
    expect(parseExportReply({ v, ok: false, message: 'Disk full' })).not.toBeNull();
  });
  it('import: a file in, the counts back', () => {
    expect(parseImportRequest({ v, file: new Blob(['x']) })).not.toBeNull();
    expect(parseImportRequest({ v, file: 'x' })).toBeNull();
    expect(parseImportReply({ v, ok: true, result: { added: 1, updated: 0, unchanged: 0 }, skipped: 0, warnings: [] })).not.toBeNull();
    expect(parseImportReply({ v, ok: true, result: { added: '1' }, skipped: 0, warnings: [] })).toBeNull();
    // The warnings say what was skipped: a reply without them is not this version's.
    expect(parseImportReply({ v, ok: true, result: { added: 1, updated: 0, unchanged: 0 }, skipped: 1 })).toBeNull();
    // Each warning is a message for the page to word: its key, its values, the file of a .zip it is from.
    const counts = { v, ok: true, result: { added: 1, updated: 0, unchanged: 0 }, skipped: 1 };
    const note = { key: 'importLineSkipped', subs: ['3', 'place:x'], file: 'a.csv' };
    expect(parseImportReply({ ...counts, warnings: [note] })).not.toBeNull();
    expect(parseImportReply({ ...counts, warnings: ['Line 3: skipped'] })).toBeNull();
    expect(parseImportReply({ ...counts, warnings: [{ ...note, subs: [{}] }] })).toBeNull();
    expect(parseImportReply({ ...counts, warnings: [{ ...note, file: 3 }] })).toBeNull();
  });
  it('import: the port the worker asks the page to sanitise on', () => {
    const { port1, port2 } = new MessageChannel();
    expect(parseImportRequest({ v, file: new Blob(['x']), port: port2 })).not.toBeNull();
    expect(parseImportRequest({ v, file: new Blob(['x']), port: 'port' })).toBeNull();
    port1.close();
    const req = { v, id: 3, htmls: ['<p>a</p>'], done: 20, total: 100 };
    expect(parseSanitizeRequest(req)).toEqual(req);
    expect(parseSanitizeRequest({ ...req, htmls: [1] })).toBeNull();
    expect(parseSanitizeRequest({ ...req, v: 0 })).toBeNull();
    expect(parseSanitizeRequest({ ...req, total: undefined })).toBeNull();
    expect(parseSanitizeReply({ v, id: 3, ok: true, htmls: ['<p>a</p>'] })).not.toBeNull();
    expect(parseSanitizeReply({ v, id: 3, ok: false, message: 'no DOM' })).not.toBeNull();
    expect(parseSanitizeReply({ v, id: 3, ok: true, htmls: 'x' })).toBeNull();
    expect(parseSanitizeReply({ v, ok: true, htmls: [] })).toBeNull();
  });
});

describe("the reader tab's kept article", () => {
  it('accepts what a reader tab keeps, and nothing else', () => {
    expect(parseKeptArticle({ v, article, selection: '', at: 1 })).not.toBeNull();
    expect(parseKeptArticle({ v, article: { ...article, html: 1 }, selection: '', at: 1 })).toBeNull();
    expect(parseKeptArticle({ v: 2, article, selection: '', at: 1 })).toBeNull();
    expect(parseKeptArticle(undefined)).toBeNull();
  });
});

describe('"Reading list" from a view', () => {
  it('a request to the open list page, and its answer', () => {
    expect(parseListFocusRequest({ v, kind: 'focus-list', id: 'a1' })).toEqual({ v, kind: 'focus-list', id: 'a1' });
    expect(parseListFocusRequest({ v, kind: 'list-focused', id: 'a1' })).toBeNull();
    expect(parseListFocusRequest({ v, kind: 'focus-list' })).toBeNull();
    expect(parseListFocusReply({ v, kind: 'list-focused', id: 'a1' })).not.toBeNull();
    expect(parseListFocusReply({ kind: 'list-focused', id: 'a1' })).toBeNull();
  });
});
