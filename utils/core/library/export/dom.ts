import type { HtmlParser } from './types';
import type { MiniNode } from './mini-dom';
import { liteParser, parseLiteHtml } from './lite-html';

const BATCH = 100;

/**
 * Parse many HTML fragments, returning one root per fragment. Parsing a document per
 * article costs far more than the article itself (10,000 jsdom documents take tens of
 * seconds), so fragments are parsed in batches, each inside its own <template>: the
 * template closes whatever a fragment leaves open and stops its formatting (an unclosed
 * <a> or <b>) leaking into the next. If a batch still comes out misaligned (a fragment
 * holding </template>), its fragments are parsed one by one.
 */
export function parseFragments(htmls: readonly string[], parser: HtmlParser = liteParser): MiniNode[] {
  const out: MiniNode[] = [];
  forEachFragment(htmls, parser, (root) => out.push(root));
  return out;
}

/**
 * Call `fn` with each fragment's parsed root, in order, parsing as it goes so only one
 * batch of trees is alive at a time (holding 10,000 trees makes garbage collection slow).
 */
export function forEachFragment(htmls: readonly string[], parser: HtmlParser = liteParser, fn: (root: MiniNode, i: number) => void): void {
  if (parser === liteParser) {
    htmls.forEach((h, i) => fn(parseLiteHtml(h), i));
    return;
  }
  for (let start = 0; start < htmls.length; start += BATCH) {
    const chunk = htmls.slice(start, start + BATCH);
    const doc = parser.parseFromString(
      '<!doctype html><html><head></head><body>' +
        chunk.map((h, i) => `<template data-i="${i}">${h}</template>`).join('') +
        '</body></html>',
      'text/html',
    ) as unknown as Document;
    const parts = [...doc.body.children];
    const aligned =
      parts.length === chunk.length && parts.every((el, i) => el.localName === 'template' && el.getAttribute('data-i') === String(i));
    if (aligned) parts.forEach((el, i) => fn((el as HTMLTemplateElement).content as unknown as MiniNode, start + i));
    else chunk.forEach((h, i) => fn(parser.parseFromString(h, 'text/html').body, start + i));
  }
}
