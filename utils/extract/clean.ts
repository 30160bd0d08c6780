/**
 * Cleaning around Readability. Before it: drop page chrome that announces
 * itself (hidden elements, dialogs, class names such as "newsletter" or
 * "related" on small elements). After it: drop blocks of the extracted body
 * that read like chrome (calls to action, link lists, teasers, credits,
 * anything after the body's end), using signals that hold across sites.
 */
import { collectBlocks, isHeading, type Block } from './blocks';
import { blockFingerprint, normalizeBlockText } from './fingerprint';
import { collapseWhitespace } from './text';
import { CHROME_CLASS, CREDIT, CTA, INSERT_LEAD } from './vocab';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Before Readability: remove hidden elements, dialogs and small elements whose class/id names them chrome. */
export function preClean(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll('dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"], template'))) el.remove();
  const bodyText = (body.textContent ?? '').length || 1;
  const protectedEl = body.querySelector('[itemprop="articleBody"], article');
  const all = body.querySelectorAll('[class], [id], [style], [hidden], [aria-hidden]');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (!el.isConnected || el.tagName === 'IMG' || el.tagName === 'PICTURE') continue;
    const style = el.getAttribute('style');
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || (style && HIDDEN_STYLE.test(style))) {
      el.remove();
      continue;
    }
    const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (!CHROME_CLASS.test(names)) continue;
    if (el.tagName === 'BODY' || el.tagName === 'MAIN' || el.tagName === 'ARTICLE') continue;
    if (protectedEl && (el === protectedEl || el.contains(protectedEl))) continue;
    // Only small parts of the page: a class token must never take the article with it.
    const len = (el.textContent ?? '').length;
    if (len > bodyText * 0.15 || len > 3000) continue;
    if (el.querySelector('h1')) continue;
    el.remove();
  }
}

export interface PostCleanContext {
  title: string | null;
  removedBlocks?: string[];
  articleBody?: string | null;
}

function isCta(b: Block): boolean {
  return b.text.length < 200 && CTA.test(b.text);
}

/** Reads like running text: long enough, ends like a sentence, not a link list. */
function isProse(b: Block): boolean {
  if (b.tag === 'FIGURE' || b.tag === 'TABLE') return false;
  if (b.linkDensity > 0.5) return false;
  if (isHeading(b)) return false;
  return (b.text.length >= 120 && b.sentence) || (b.sentence && b.words >= 6 && !isCta(b));
}

function isCredit(b: Block): boolean {
  return b.text.length < 150 && CREDIT.test(b.text) && !b.sentence;
}

function remove(b: Block, removed: Set<Element>) {
  removed.add(b.el);
  b.el.remove();
}

/** A block that is plainly page chrome wherever it stands. */
function isChrome(b: Block): boolean {
  if (b.tag === 'FIGURE' || b.tag === 'TABLE') return false;
  if (!b.text && !b.hasImage) return true;
  if (INSERT_LEAD.test(b.text) && b.text.length < 300) return true;
  if (isCredit(b)) return true;
  if (isCta(b) && (b.text.length < 60 || b.linkDensity > 0.3 || !b.sentence || b.words < 8)) return true;
  // A short link standing alone (a teaser or a "more" link), not a sentence that links a source.
  if (b.linkDensity > 0.8 && b.text.length < 160 && !b.hasImage && (b.tag !== 'LI' || b.words < 4)) return true;
  return false;
}

/** Runs of two or more short blocks between paragraphs where calls to action dominate: a promo box. */
function removeCtaRuns(blocks: Block[], removed: Set<Element>) {
  let i = 0;
  while (i < blocks.length) {
    if (isProse(blocks[i]) && !isCta(blocks[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < blocks.length && !(isProse(blocks[j]) && !isCta(blocks[j]))) j++;
    const run = blocks.slice(i, j).filter((b) => !removed.has(b.el));
    const cta = run.filter(isCta).length;
    if (run.length >= 2 && cta >= 2 && cta * 2 >= run.length) for (const b of run) if (b.tag !== 'FIGURE') remove(b, removed);
    i = j + 1;
  }
}

/** Repeated headline-plus-teaser shapes: a linked heading followed by a short paragraph. */
function removeTeasers(blocks: Block[], removed: Set<Element>) {
  const linked = blocks.filter((b) => isHeading(b) && b.linkDensity > 0.5);
  if (linked.length === 0) return;
  for (const h of linked) {
    const k = blocks.indexOf(h);
    remove(h, removed);
    const next = blocks[k + 1];
    if (linked.length >= 2 && next && !isHeading(next) && next.text.length < 400 && !removed.has(next.el)) remove(next, removed);
  }
}

/** After the body's last paragraph: headings, link lists, credits, prompts and teasers go. */
function trimTail(blocks: Block[], removed: Set<Element>) {
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k];
    if (removed.has(b.el)) continue;
    if (b.tag === 'FIGURE' || (b.hasImage && !b.text)) continue;
    if (isProse(b) && !isCta(b)) break;
    remove(b, removed);
  }
}

/** Before the first paragraph: the headline again, bylines, dates, credits, share and listen bars. */
function trimHead(blocks: Block[], removed: Set<Element>, title: string | null) {
  const normTitle = title ? normalizeBlockText(title) : null;
  for (const b of blocks) {
    if (removed.has(b.el)) continue;
    if (b.tag === 'FIGURE' || (b.hasImage && !b.text)) continue;
    if (isProse(b)) break;
    const norm = normalizeBlockText(b.text);
    if (
      (normTitle && norm === normTitle) ||
      isChrome(b) ||
      isCta(b) ||
      /^(?:by|von|par|por|di|door|przez|автор)\s/i.test(b.text) && b.words < 12 ||
      /^\W*$/.test(norm) ||
      (b.text.length < 50 && !isHeading(b) && /\d{4}|\d{1,2}:\d{2}/.test(b.text))
    ) {
      remove(b, removed);
    }
  }
}

/** Blocks not found in the page's schema.org articleBody, when it clearly describes this body. */
function alignWithArticleBody(blocks: Block[], removed: Set<Element>, articleBody: string) {
  const ref = normalizeBlockText(articleBody);
  if (ref.length < 200) return;
  const live = blocks.filter((b) => !removed.has(b.el) && b.text.length > 0 && b.tag !== 'FIGURE');
  const found = (b: Block) => {
    const n = normalizeBlockText(b.text);
    if (!n) return true;
    const probe = n.length > 80 ? n.slice(0, 80) : n;
    return ref.includes(probe);
  };
  const prose = live.filter((b) => !isHeading(b) && b.text.length > 80);
  if (prose.length < 2) return;
  const hit = prose.filter(found).length;
  // The page's articleBody must really be this text (not a teaser or a truncated paywall copy).
  if (hit / prose.length < 0.8) return;
  let matchedChars = 0;
  for (const b of live) if (found(b)) matchedChars += normalizeBlockText(b.text).length;
  if (matchedChars < ref.length * 0.6) return;
  for (const b of live) if (!isHeading(b) && !found(b)) remove(b, removed);
}

export function postClean(root: Element, ctx: PostCleanContext): void {
  const removed = new Set<Element>();
  let blocks = collectBlocks(root);
  const forget = ctx.removedBlocks?.length ? new Set(ctx.removedBlocks) : null;
  for (const b of blocks) {
    if (forget && b.text && forget.has(blockFingerprint(b.text))) remove(b, removed);
    else if (isChrome(b)) remove(b, removed);
  }
  blocks = blocks.filter((b) => !removed.has(b.el));
  removeCtaRuns(blocks, removed);
  removeTeasers(blocks.filter((b) => !removed.has(b.el)), removed);
  blocks = blocks.filter((b) => !removed.has(b.el));
  if (ctx.articleBody) alignWithArticleBody(blocks, removed, ctx.articleBody);
  blocks = blocks.filter((b) => !removed.has(b.el));
  trimTail(blocks, removed);
  trimHead(blocks, removed, ctx.title);
  pruneEmpty(root);
}

/** Containers left with no text and no image. */
function pruneEmpty(root: Element) {
  const els = Array.from(root.querySelectorAll('div, section, ul, ol, li, p, span, blockquote, aside, header, footer, figure'));
  for (let i = els.length - 1; i >= 0; i--) {
    const el = els[i];
    if (!collapseWhitespace(el.textContent ?? '') && !el.querySelector('img, picture, video, table, hr')) el.remove();
  }
}
