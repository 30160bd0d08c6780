/**
 * Pages whose body is written by scripts and whose only readable copy sits in
 * <noscript> (forum software and some blogs do this for search engines). On a
 * static copy of such a page (the command-line reader, a saved page) the
 * scripts never ran: the <noscript> text is the page, so it is read.
 */

/** Letters and digits under `el`, scripts and styles left out. */
function textSize(el: Element, skipNoscript: boolean): number {
  let n = 0;
  const walk = (node: Element) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c.nodeValue ?? '').replace(/\s+/g, '').length;
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || (skipNoscript && tag === 'NOSCRIPT')) continue;
        walk(c as Element);
      }
    }
  };
  walk(el);
  return n;
}

/** The markup a <noscript> holds: its elements (parsed with scripting off, as jsdom does), or its text parsed inertly. */
function noscriptContent(ns: Element): Node[] | null {
  if (ns.firstElementChild) return Array.from(ns.childNodes);
  const source = ns.textContent ?? '';
  if (!/<[a-z]/i.test(source)) return null;
  // A browser with scripting on keeps noscript markup as text. DOMParser makes an inert document of it:
  // nothing runs or loads there, and what is kept is sanitised before any view shows it.
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (!Parser) return null;
  const parsed = new Parser().parseFromString(`<!doctype html><body>${source}`, 'text/html');
  return Array.from(parsed.body.childNodes).map((n) => ns.ownerDocument.importNode(n, true));
}

/** Replaces the page's <noscript> elements by their content when they hold more text than the rest of the body. */
export function promoteNoscriptBody(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  const list = Array.from(body.getElementsByTagName('noscript'));
  if (!list.length) return false;
  const outside = textSize(body, true);
  // Cheap first: noscript text alone (a tracking pixel's has none).
  let inside = 0;
  for (const ns of list) inside += (ns.textContent ?? '').replace(/<[^>]*>|\s+/g, '').length;
  if (inside < 200 || inside <= outside) return false;
  let done = false;
  for (const ns of list) {
    if ((ns.textContent ?? '').replace(/<[^>]*>|\s+/g, '').length < 100) continue;
    const nodes = noscriptContent(ns);
    if (!nodes) continue;
    const box = doc.createElement('div');
    box.append(...nodes);
    ns.replaceWith(box);
    done = true;
  }
  return done;
}
