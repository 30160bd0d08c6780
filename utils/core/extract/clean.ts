/**
 * Cleaning around Readability. Before it: drop page chrome that announces
 * itself (hidden elements, dialogs, class names such as "newsletter" or
 * "related" on small elements). After it: drop blocks of the extracted body
 * that read like chrome (calls to action, link lists, teasers, credits,
 * anything after the body's end), using signals that hold across sites.
 */
import { unwrapNoscriptImages } from './media';
import { collectBlocks, isHeading, type Block } from './blocks';
import { blockFingerprint, normalizeBlockText } from './fingerprint';
import { collapseWhitespace } from './text';
import {
  BY_NAME,
  BYLINE_LIKE,
  STRONG_CTA,
  BIO,
  CAPTION_TAIL,
  CHROME_CLASS,
  CONTACT,
  CREDIT,
  CTA,
  DATE_LINE,
  GALLERY_COUNTER,
  INSERT_LEAD,
  SOCIAL,
} from './vocab';

const SKIP_PRE = /^(?:SCRIPT|STYLE|IMG|svg|SVG|PICTURE|SOURCE|BR|HR|LINK|META|NOSCRIPT)$/;
/** Inline elements with a chrome class (a share count, an icon) are left to Readability: not worth the test. */
const INLINE = /^(?:A|SPAN|I|B|EM|STRONG|SMALL|LABEL|TIME|ABBR|SUP|SUB|U|S|FONT)$/;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Before Readability: remove hidden elements, dialogs and small elements whose class/id names them chrome. */
export function preClean(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  unwrapNoscriptImages(body);
  const protectedEl = doc.getElementsByTagName('article')[0] ?? null;
  let bodyText = -1;
  const doomed: Element[] = [];
  // One walk over the elements; a removed element's subtree is not visited.
  const walk = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName;
      if (SKIP_PRE.test(tag)) continue;
      if (
        tag === 'DIALOG' ||
        tag === 'TEMPLATE' ||
        c.hasAttribute('hidden') ||
        c.getAttribute('aria-hidden') === 'true' ||
        c.getAttribute('aria-modal') === 'true'
      ) {
        doomed.push(c);
        continue;
      }
      const role = c.getAttribute('role');
      if (role === 'dialog' || role === 'alertdialog') {
        doomed.push(c);
        continue;
      }
      const style = c.getAttribute('style');
      if (style && HIDDEN_STYLE.test(style)) {
        doomed.push(c);
        continue;
      }
      const cls = c.getAttribute('class');
      if ((cls || c.id) && !INLINE.test(tag) && tag !== 'MAIN' && tag !== 'ARTICLE' && CHROME_CLASS.test(`${cls ?? ''} ${c.id}`)) {
        if (!protectedEl || !c.contains(protectedEl)) {
          if (bodyText < 0) bodyText = (body.textContent ?? '').length || 1;
          // Only small parts of the page: a class token must never take the article with it.
          const len = (c.textContent ?? '').length;
          if (len <= bodyText * 0.15 && len <= 3000 && c.getElementsByTagName('h1').length === 0 && !looksLikeBody(c, cls ?? '')) {
            trace.log?.(`pre-class ${cls ?? ''}#${c.id}`, (c.textContent ?? '').replace(/\s+/g, ' ').slice(0, 100));
            doomed.push(c);
            continue;
          }
        }
      }
      if (c.firstElementChild) walk(c);
    }
  };
  walk(body);
  for (const el of doomed) el.remove();
}

const CONTENT_CLASS = /(?:^|[\s_-])(?:entry|article|story|post|body|content|text|main|prose|embed|embedded)(?:$|[\s_-])/i;

/** Chrome names on a container that also holds running text (a body's "entry-content read-more" wrapper) or an embedded post the article quotes. */
function looksLikeBody(el: Element, cls: string): boolean {
  if (CONTENT_CLASS.test(cls) || CONTENT_CLASS.test(el.id)) return true;
  let prose = 0;
  const ps = el.getElementsByTagName('p');
  for (let i = 0; i < ps.length && prose < 3; i++) {
    const p = ps[i];
    const len = (p.textContent ?? '').trim().length;
    if (len < 100) continue;
    let links = 0;
    const as = p.getElementsByTagName('a');
    for (let j = 0; j < as.length; j++) links += (as[j].textContent ?? '').length;
    if (links < len * 0.3) prose++;
  }
  return prose >= 3;
}

export interface PostCleanContext {
  title: string | null;
  removedBlocks?: string[];
  articleBody?: string | null;
  /** The page's host name without www., to tell links to the same site. */
  host?: string | null;
}

const ctaCache = new WeakMap<Block, boolean>();
function isCta(b: Block): boolean {
  let v = ctaCache.get(b);
  if (v === undefined) {
    v = b.text.length < 200 && (CTA.test(b.text) || (b.text.match(SOCIAL)?.length ?? 0) >= 2);
    ctaCache.set(b, v);
  }
  return v;
}

/** Reads like running text: long enough, ends like a sentence, not a link list. */
function isProse(b: Block): boolean {
  if (b.tag === 'FIGURE' || b.tag === 'TABLE') return false;
  if (b.linkDensity > 0.5) return false;
  if (isHeading(b)) return false;
  return (b.text.length >= 120 && b.sentence) || (b.sentence && b.words >= 6 && !isCta(b));
}

const AGENCY_END = /(?:getty(?: images)?|reuters|afp|ap|epa|shutterstock|istock|bloomberg|alamy|dpa|ansa|efe|pa(?: wire)?)\)?\s*$/i;
/** "Jane Doe/Agency", "Jane Doe | Outlet | Getty Images". */
const NAME_SLASH_OUTLET = /^[\p{L}.'’ -]{2,40}(?:\s*[/|]\s*[\p{L}.'’&, -]{2,40}){1,3}$/u;

/** A photo credit standing alone ("Photo: X", "Jane Doe/Agency", "Getty Images"). */
export function isCreditText(text: string, sentence: boolean, words: number): boolean {
  if (text.length >= 150) return false;
  if (CREDIT.test(text) && (!sentence || words <= 12)) return true;
  if (sentence || words > 8) return false;
  return AGENCY_END.test(text) || NAME_SLASH_OUTLET.test(text);
}

function isCredit(b: Block): boolean {
  return isCreditText(b.text, b.sentence, b.words);
}

/** Set by the bench's --why option to see which rule removed what. */
export const trace: { log: ((rule: string, text: string) => void) | null } = { log: null };

function remove(b: Block, removed: Set<Element>, rule = '?') {
  trace.log?.(rule, b.text);
  removed.add(b.el);
  b.el.remove();
}

/** A block that is plainly page chrome wherever it stands. */
function isChrome(b: Block): boolean {
  if (b.tag === 'FIGURE' || b.tag === 'TABLE') return false;
  if (!b.text && !b.hasImage) return true;
  if (INSERT_LEAD.test(b.text) && b.text.length < 300) return true;
  if (isCredit(b)) return true;
  if (b.text.length < 200 && STRONG_CTA.test(b.text)) return true;
  if (b.text.length < 300 && BYLINE_LIKE.test(b.text)) return true;
  if (b.words <= 25 && BY_NAME.test(b.text)) return true;
  if (GALLERY_COUNTER.test(b.text)) return true;
  if (!b.sentence && b.words <= 8 && DATE_LINE.test(b.text)) return true;
  // A caption outside any figure (it ends in a photo credit) interrupts the running text.
  if (b.text.length < 400 && CAPTION_TAIL.test(b.text) && !b.el.closest('figure')) return true;
  if (b.text.length < 60 && CONTACT.test(b.text) && b.words <= 6) return true;
  if (isCta(b) && (b.text.length < 60 || b.linkDensity > 0.3 || !b.sentence || b.words < 8)) return true;
  // Several links making up nearly all of a block: a link list set in one paragraph.
  if (b.linkDensity > 0.7 && b.text.length < 400 && !b.hasImage && b.el.getElementsByTagName('a').length >= 2 && b.tag !== 'LI')
    return true;
  // Shortcodes a CMS failed to render ("[button link=...]...[/button]").
  if (/^\[\w+[^\]]*\].*\[\/\w+\]$/.test(b.text)) return true;
  // A short link standing alone (a teaser or a "more" link), not a sentence that links a source.
  if (b.linkDensity > 0.8 && b.text.length < 160 && !b.hasImage && !isHeading(b) && (b.tag !== 'LI' || b.words < 4)) return true;
  return false;
}

/** Runs of two or more short blocks between paragraphs where calls to action dominate: a promo box. */
function removeCtaRuns(blocks: Block[], removed: Set<Element>) {
  // Run members are short and not running text (a call to action may end like a sentence).
  const inRun = (b: Block) => b.text.length < 200 && (!isProse(b) || isCta(b));
  let i = 0;
  while (i < blocks.length) {
    if (!inRun(blocks[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < blocks.length && inRun(blocks[j])) j++;
    const run = blocks.slice(i, j).filter((b) => !removed.has(b.el) && b.text);
    const cta = run.filter((b) => isCta(b) || isChrome(b)).length;
    if (run.length >= 2 && cta >= 2 && cta * 2 >= run.length) {
      for (const b of run) if (b.tag !== 'FIGURE' && !b.hasImage) remove(b, removed, 'cta-run');
    }
    i = j + 1;
  }
}

/** A short call-to-action lead ("Don't miss", "Most popular", "Related") and the short teasers it introduces. */
function removeLeadRuns(blocks: Block[], removed: Set<Element>) {
  for (let i = 0; i < blocks.length; i++) {
    const lead = blocks[i];
    if (removed.has(lead.el) || !isCta(lead) || lead.sentence || lead.words > 6) continue;
    let j = i + 1;
    while (j < blocks.length && !isHeading(blocks[j]) && blocks[j].text.length < 160 && blocks[j].tag !== 'FIGURE') j++;
    // The teasers run up to the next heading or the end: a real paragraph after them would mean this is body text.
    if (j - i - 1 < 2 || (j < blocks.length && !isHeading(blocks[j]))) continue;
    remove(lead, removed, 'lead');
    for (let k = i + 1; k < j; k++) if (!removed.has(blocks[k].el)) remove(blocks[k], removed, 'lead-run');
    i = j - 1;
  }
}

/** A heading that links to another page of the same site: a teaser headline (product or source links go elsewhere). */
function isTeaserHeading(b: Block, host: string | null): boolean {
  if (!isHeading(b) || b.linkDensity <= 0.5) return false;
  const href = b.el.querySelector('a[href]')?.getAttribute('href') ?? '';
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) || !host) return true;
  try {
    return new URL(href).hostname.replace(/^www\./, '') === host;
  } catch {
    return true;
  }
}

/** Repeated headline-plus-teaser shapes: a linked heading followed by one short paragraph. */
function removeTeasers(blocks: Block[], removed: Set<Element>, host: string | null) {
  const linked = blocks.filter((b) => isTeaserHeading(b, host));
  if (linked.length === 0) return;
  for (const h of linked) {
    const k = blocks.indexOf(h);
    remove(h, removed, 'teaser-heading');
    const next = blocks[k + 1];
    const after = blocks[k + 2];
    if (linked.length >= 2 && next && !isHeading(next) && next.text.length < 400 && !removed.has(next.el) && (!after || isHeading(after))) {
      remove(next, removed, 'teaser-text');
    }
  }
}

const TRUNCATED = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/;

/**
 * Excerpts cut off with an ellipsis, each followed by page chrome (a share bar,
 * a "read more" link) or a heading: a listing of other articles' teasers.
 */
function removeTruncatedTeasers(all: Block[], removed: Set<Element>) {
  const cut: Block[] = [];
  for (let k = 0; k < all.length; k++) {
    const b = all[k];
    if (removed.has(b.el) || !TRUNCATED.test(b.text) || b.text.length < 40) continue;
    // Nearest text blocks around it (image-only blocks skipped).
    let n = k + 1;
    while (n < all.length && !all[n].text) n++;
    let p = k - 1;
    while (p >= 0 && !all[p].text) p--;
    const chromeAt = (i: number) => i < 0 || i >= all.length || removed.has(all[i].el) || isChrome(all[i]);
    if (chromeAt(n) || (p >= 0 && chromeAt(p))) cut.push(b);
  }
  if (cut.length >= 2) for (const b of cut) remove(b, removed, 'truncated-teaser');
}

/** Lists whose every item is a link: related-story and "more" lists. */
function removeLinkLists(all: Block[], removed: Set<Element>) {
  const lists = new Map<Element, Block[]>();
  for (const b of all) {
    if (b.tag !== 'LI' || removed.has(b.el)) continue;
    const list = b.el.parentElement;
    if (!list || !/^(?:UL|OL)$/.test(list.tagName)) continue;
    const items = lists.get(list);
    if (items) items.push(b);
    else lists.set(list, [b]);
  }
  for (const [, items] of lists) {
    if (items.length >= 2 && items.every((b) => b.linkDensity > 0.8 && b.text.length < 200)) {
      for (const b of items) remove(b, removed, 'link-list');
    }
  }
}

/** After the body's last paragraph: headings, link lists, credits, prompts and teasers go; long text stops the trim. */
function trimTail(blocks: Block[], removed: Set<Element>) {
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k];
    if (removed.has(b.el)) continue;
    if (b.tag === 'FIGURE' || b.tag === 'TABLE' || (b.hasImage && !b.text)) continue;
    // Near the end, a bio, a contact line or a longer membership pitch is not the story's last paragraph.
    const endMatter =
      blocks.length - k <= 3 && b.text.length < 400 && (BIO.test(b.text) || CONTACT.test(b.text) || STRONG_CTA.test(b.text));
    if (isProse(b) && !isCta(b) && !endMatter) break;
    // Items of a plain (unlinked) list are the article's own list, e.g. a closing list of points.
    if (b.tag === 'LI' && b.linkDensity < 0.3 && !isCta(b)) break;
    const junk = isHeading(b) || isCta(b) || isChrome(b) || b.linkDensity > 0.3 || (b.text.length < 100 && !b.sentence) || endMatter;
    if (!junk) break;
    remove(b, removed, 'tail');
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
      (/^(?:by|von|par|por|di|door|przez|автор)(?:\s|$)/i.test(b.text) && b.words < 12) ||
      /^\W*$/.test(norm) ||
      // Short non-sentences (a kicker, "Text size"), but not an all-caps dateline ("BAAR, SWITZERLAND") that opens the story.
      (!isHeading(b) && !b.sentence && b.words <= 4 && !/^[\p{Lu}\s,.'’-]+$/u.test(b.text)) ||
      (!isHeading(b) && b.words <= 20 && /\b\d{4}\b|\d{1,2}:\d{2}/.test(b.text) && !b.sentence)
    ) {
      remove(b, removed, 'head');
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
  for (const b of live) if (!isHeading(b) && !found(b)) remove(b, removed, 'not-in-articleBody');
}

const CAPTION_LABEL = /^(?:image|media|photo|video|picture) caption$|^caption$/i;
/** A credit label whose value sits in the next element ("Image copyright" + "Getty Images"). */
const CREDIT_LABEL = /^(?:(?:image|photo|picture|media|video) )?(?:copyright|credit|credits|source|courtesy)\s*:?$|^©$/i;

/** Inside figures: credits, counters and screen-reader labels ("Image caption") go, the caption stays. */
function cleanFigures(root: Element) {
  for (const fig of Array.from(root.getElementsByTagName('figure'))) {
    for (const el of Array.from(fig.querySelectorAll('figcaption, span, small, p, div, cite, em, i, b, strong'))) {
      if (!fig.contains(el)) continue;
      const text = collapseWhitespace(el.textContent ?? '');
      if (!text || text.length > 150 || el.querySelector('img')) continue;
      if (CREDIT_LABEL.test(text)) {
        const value = el.nextElementSibling;
        const v = collapseWhitespace(value?.textContent ?? '');
        if (value && value.tagName !== 'FIGCAPTION' && v.length < 80 && !value.querySelector('img')) value.remove();
      }
      const words = text.split(' ').length;
      // A figcaption that is only a credit goes too; a caption with text stays.
      const credit = (el.tagName !== 'FIGCAPTION' || words <= 8) && isCreditText(text, /[.!?]$/.test(text), words);
      if (CREDIT_LABEL.test(text) || CAPTION_LABEL.test(text) || GALLERY_COUNTER.test(text) || credit) {
        trace.log?.('figure-credit', text);
        el.remove();
      }
    }
  }
}

export function postClean(root: Element, ctx: PostCleanContext): void {
  const removed = new Set<Element>();
  cleanFigures(root);
  let blocks = collectBlocks(root);
  const all = blocks;
  // Promo boxes first, while all their lines are still there to be counted.
  removeLeadRuns(blocks, removed);
  blocks = blocks.filter((b) => !removed.has(b.el));
  removeCtaRuns(blocks, removed);
  blocks = blocks.filter((b) => !removed.has(b.el));
  removeTeasers(blocks, removed, ctx.host ?? null);
  blocks = blocks.filter((b) => !removed.has(b.el));
  removeLinkLists(blocks, removed);
  blocks = blocks.filter((b) => !removed.has(b.el));
  const forget = ctx.removedBlocks?.length ? new Set(ctx.removedBlocks) : null;
  for (const b of blocks) {
    if (forget && b.text && forget.has(blockFingerprint(b.text))) remove(b, removed, 'user');
    else if (isChrome(b)) remove(b, removed, 'chrome');
  }
  removeTruncatedTeasers(all, removed);
  blocks = blocks.filter((b) => !removed.has(b.el));
  if (ctx.articleBody) alignWithArticleBody(blocks, removed, ctx.articleBody);
  blocks = blocks.filter((b) => !removed.has(b.el));
  trimTail(blocks, removed);
  trimHead(blocks, removed, ctx.title);
  pruneEmpty(root);
}

/** Containers left with no text and no image (one bottom-up pass). */
function pruneEmpty(root: Element) {
  const KEEP = /^(?:IMG|PICTURE|VIDEO|TABLE|HR|BR|SOURCE)$/;
  const visit = (el: Element): boolean => {
    let keep = false;
    for (let c = el.firstChild; c;) {
      const next = c.nextSibling;
      if (c.nodeType === 3) {
        if ((c.nodeValue ?? '').trim()) keep = true;
      } else if (c.nodeType === 1) {
        const child = c as Element;
        if (KEEP.test(child.tagName)) keep = true;
        else if (visit(child)) keep = true;
        else child.remove();
      }
      c = next;
    }
    return keep;
  };
  visit(root);
}
