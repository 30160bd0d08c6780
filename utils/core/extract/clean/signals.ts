/**
 * What a block of the extracted body reads like: running text, a call to
 * action, a credit, or page chrome. The cleaning steps decide from these.
 */
import { isHeading, type Block } from '../blocks';
import { siteOf } from '../../pages/site';
import { textSize } from '../measure';
import {
  BY_NAME,
  BYLINE_LIKE,
  STRONG_CTA,
  CAPTION_TAIL,
  CONTACT,
  CREDIT,
  CTA,
  DATE_LINE,
  GALLERY_COUNTER,
  INSERT_LEAD,
  SOCIAL,
  unicodeWords,
} from './vocab';

const ctaCache = new WeakMap<Block, boolean>();

/** A short block that asks the reader to do something (subscribe, share, read more) or names two social networks. */
export function isCta(b: Block): boolean {
  let v = ctaCache.get(b);
  if (v === undefined) {
    // Two networks named in a sentence of prose ("posted on Weibo, China's Twitter") are not a share bar.
    const social = (b.text.match(SOCIAL)?.length ?? 0) >= 2 && (!b.sentence || b.linkDensity > 0.3 || b.words < 8);
    v = b.size < 200 && (CTA.test(b.text) || social);
    ctaCache.set(b, v);
  }
  return v;
}

/** Reads like running text: long enough, ends like a sentence, not a link list. */
export function isProse(b: Block): boolean {
  if (b.tag === 'FIGURE' || b.tag === 'TABLE') return false;
  if (b.linkDensity > 0.5) return false;
  if (isHeading(b)) return false;
  return (b.size >= 120 && b.sentence) || (b.sentence && b.words >= 6 && !isCta(b));
}

const AGENCY_END = unicodeWords(
  String.raw`\b(?:getty(?: images)?|reuters|afp|ap|epa|shutterstock|istock|bloomberg|alamy|dpa|ansa|efe|pa(?: wire)?)\)?\s*$`,
);
/** "Jane Doe/Agency", "Jane Doe | Outlet | Getty Images". */
const NAME_SLASH_OUTLET = /^[\p{L}.'’ -]{2,40}(?:\s*[/|]\s*[\p{L}.'’&, -]{2,40}){1,3}$/u;

/** A photo credit standing alone ("Photo: X", "Jane Doe/Agency", "Getty Images"). */
export function isCreditText(text: string, sentence: boolean, words: number): boolean {
  if (textSize(text) >= 150) return false;
  if (CREDIT.test(text) && (!sentence || words <= 12)) return true;
  if (sentence || words > 8) return false;
  return AGENCY_END.test(text) || NAME_SLASH_OUTLET.test(text);
}

function isCredit(b: Block): boolean {
  return isCreditText(b.text, b.sentence, b.words);
}

/**
 * Chrome so plain that removing it can never cost the article: the cleaning
 * the safety net keeps. Short blocks only, each a call to action that prose
 * practically never contains, a share bar, a credit, a counter.
 */
export function isSureChrome(b: Block): boolean {
  if (b.tag === 'FIGURE' || b.tag === 'TABLE' || b.hasImage) return false;
  if (b.size >= 300) return false;
  if (INSERT_LEAD.test(b.text) && b.linkDensity > 0.3) return true;
  if (b.size < 200 && STRONG_CTA.test(b.text)) return true;
  if (isCredit(b) || GALLERY_COUNTER.test(b.text)) return true;
  // A share or follow bar: two social networks, no sentence.
  if ((b.text.match(SOCIAL)?.length ?? 0) >= 2 && !b.sentence && b.size < 120) return true;
  return false;
}

/** A list item in a list of three or more. */
function inLongList(b: Block): boolean {
  if (b.tag !== 'LI') return false;
  const list = b.el.parentElement;
  if (!list || !/^(?:UL|OL)$/.test(list.tagName)) return false;
  let n = 0;
  for (let c = list.firstElementChild; c && n < 3; c = c.nextElementSibling) if (c.tagName === 'LI') n++;
  return n >= 3;
}

const chromeCache = new WeakMap<Block, string | null>();

/** Why a block is plainly page chrome wherever it stands (a short name, for --why), or null when it is not. */
export function chromeReason(b: Block): string | null {
  let v = chromeCache.get(b);
  if (v === undefined) {
    v = reason(b);
    chromeCache.set(b, v);
  }
  return v;
}

function reason(b: Block): string | null {
  if (b.tag === 'FIGURE' || b.tag === 'TABLE') return null;
  if (!b.text && !b.hasImage) return 'empty';
  if (INSERT_LEAD.test(b.text) && b.size < 300) return 'insert-lead';
  if (isCredit(b)) return 'credit';
  if (b.size < 200 && STRONG_CTA.test(b.text)) return 'strong-cta';
  if (b.size < 300 && BYLINE_LIKE.test(b.text)) return 'byline-like';
  if (b.words <= 25 && BY_NAME.test(b.text)) return 'by-name';
  if (GALLERY_COUNTER.test(b.text)) return 'counter';
  // A list item with a year is a timeline's or a recipe's line, not a dateline.
  if (!b.sentence && b.words <= 8 && DATE_LINE.test(b.text) && !inLongList(b)) return 'date-line';
  // A caption outside any figure (it ends in a photo credit) interrupts the running text.
  if (b.size < 400 && CAPTION_TAIL.test(b.text) && !b.el.closest('figure')) return 'caption';
  if (b.size < 60 && CONTACT.test(b.text) && b.words <= 6) return 'contact';
  if (isCta(b) && (b.size < 60 || b.linkDensity > 0.3 || !b.sentence || b.words < 8)) return 'cta';
  // Several links making up nearly all of a block: a link list set in one paragraph.
  if (b.linkDensity > 0.7 && b.size < 400 && !b.hasImage && b.el.getElementsByTagName('a').length >= 2 && b.tag !== 'LI') return 'links';
  // Shortcodes a CMS failed to render ("[button link=...]...[/button]").
  if (/^\[\w+[^\]]*\].*\[\/\w+\]$/.test(b.text)) return 'shortcode';
  // A short link standing alone (a teaser or a "more" link), not a sentence that links a source.
  if (b.linkDensity > 0.8 && b.size < 160 && !b.hasImage && !isHeading(b) && (b.tag !== 'LI' || b.words < 4)) return 'lone-link';
  return null;
}

/** A block that is plainly page chrome wherever it stands. */
export function isChrome(b: Block): boolean {
  return chromeReason(b) !== null;
}

/** A heading that links to another page of the same site: a teaser headline (product or source links go elsewhere). */
export function isTeaserHeading(b: Block, host: string | null): boolean {
  if (!isHeading(b) || b.linkDensity <= 0.5) return false;
  const href = b.el.querySelector('a[href]')?.getAttribute('href') ?? '';
  // A link to a place on this page (a heading's permalink, a table of contents) is no teaser.
  if (href.startsWith('#')) return false;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) || !host) return true;
  // An address that does not parse counts as the same site, as a relative one does.
  const site = siteOf(href);
  return site === null || site === host;
}
