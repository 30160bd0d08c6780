/**
 * The copy of the page that extraction works on (it takes the copy apart; the
 * live page is never touched). Not `document.cloneNode(true)`: a cloned
 * Document parses every <style> it holds again, and news pages inline up to
 * hundreds of KB of CSS (10-20 ms in Chromium on such a page). Readability
 * drops <style> anyway, so the copy goes without it. The shallow Document
 * clone keeps the page's URL, so relative links and images still resolve.
 */
export function cloneForExtraction(doc: Document): Document {
  const copy = doc.cloneNode(false) as Document;
  const root = copy.importNode(doc.documentElement, true);
  for (const style of Array.from(root.getElementsByTagName('style'))) style.remove();
  copy.appendChild(root);
  return copy;
}
