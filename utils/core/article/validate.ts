/** Runtime checks of the article shapes in types.ts, for answers that come from a page or from storage. */
import { hasFields, isFiniteNumber, isNullableString, isRecord, isString } from '../shape';
import type { Article, ArticleDraft, ArticleMeta, ExtractFailure, StageTimings } from './types';

const META_FIELDS = {
  url: isString,
  title: isString,
  byline: isNullableString,
  siteName: isNullableString,
  published: isNullableString,
  lang: isNullableString,
  dir: isNullableString,
  excerpt: isNullableString,
};

export function isArticleMeta(v: unknown): v is ArticleMeta {
  return hasFields(v, META_FIELDS) && (v.preview === undefined || typeof v.preview === 'boolean');
}

export function isArticle(v: unknown): v is Article {
  return isArticleMeta(v) && hasFields(v, { html: isString, text: isString, wordCount: isFiniteNumber, readingMinutes: isFiniteNumber });
}

export function isArticleDraft(v: unknown): v is ArticleDraft {
  return isArticleMeta(v) && hasFields(v, { unsafeHtml: isString });
}

export function isStageTimings(v: unknown): v is StageTimings {
  return isRecord(v) && Object.values(v).every((t) => t === undefined || isFiniteNumber(t));
}

export function isExtractFailure(v: unknown): v is ExtractFailure {
  if (!isRecord(v)) return false;
  switch (v.kind) {
    case 'not-article':
      return isString(v.title);
    case 'too-large':
      return isFiniteNumber(v.bytes) && isFiniteNumber(v.elements);
    case 'empty':
      return true;
    default:
      return false;
  }
}
