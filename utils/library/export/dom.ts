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
  if (parser === liteParser) return htmls.map(parseLiteHtml);
  const out: MiniNode[] = [];
  for (let start = 0; start < htmls.length; start += BATCH) {
    const chunk = htmls.slice(start, start + BATCH);
    const doc = parser.parseFromString(
      '<!doctype html><html><head></head><body>' + chunk.map((h, i) => `<template data-i="${i}">${h}</template>`).join('') + '</body></html>',
      'text/html',
    ) as unknown as Document;
    const parts = [...doc.body.children];
    const aligned =
      parts.length === chunk.length &&
      parts.every((el, i) => el.localName === 'template' && el.getAttribute('data-i') === String(i));
    if (aligned) for (const el of parts) out.push((el as HTMLTemplateElement).content as unknown as MiniNode);
    else for (const h of chunk) out.push(parser.parseFromString(h, 'text/html').body);
  }
  return out;
}
