/**
 * Infinite-scroll pages append the next story below the one being read and
 * push its URL. Readability would then take both stories as one. When the
 * page holds several substantial <article> elements, keep the one the reader
 * is on: the one whose headline matches the page title, else the one in view.
 */
const MIN_TEXT = 400;

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Outermost <article> elements with enough text to be stories. */
function stories(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('article')).filter(
    (a) => !a.parentElement?.closest('article') && (a.textContent?.length ?? 0) >= MIN_TEXT,
  );
}

function headlineMatches(article: Element, title: string): boolean {
  const t = norm(title);
  if (!t) return false;
  const h = article.querySelector('h1, h2');
  const head = h ? norm(h.textContent ?? '') : '';
  return head.length > 10 && t.includes(head);
}

/**
 * Index (among the stories of `live`) of the story being read, or -1 when the
 * page has one story or cannot tell. `viewport` is the live window's height,
 * for pages whose headlines do not name the title.
 */
export function currentStoryIndex(live: Document, viewport?: { height: number }): number {
  const list = stories(live);
  if (list.length < 2) return -1;
  const byTitle = list.filter((a) => headlineMatches(a, live.title));
  const [only, ...others] = byTitle;
  if (only && others.length === 0) return list.indexOf(only);
  if (viewport) {
    const middle = viewport.height / 2;
    const inView = list.findIndex((a) => {
      const r = a.getBoundingClientRect();
      return r.top <= middle && r.bottom >= middle;
    });
    if (inView >= 0) return inView;
  }
  return -1;
}

/** Removes every story but the `index`-th from `clone` (a copy of the same page). */
export function keepOnlyStory(clone: Document, index: number): void {
  if (index < 0) return;
  stories(clone).forEach((a, i) => {
    if (i !== index) a.remove();
  });
}
