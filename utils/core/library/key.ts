import { siteOf } from '../pages/site';
import { keyOfUrl } from './normalize';

/**
 * The address an article is kept under. A page may name its canonical address
 * (rel=canonical, og:url), and that is the better key (no tracking query, one
 * entry for the AMP and the desktop copy), but only on its own site: a page
 * that names another site's address as its canonical must not replace what is
 * saved for that site. Otherwise the key is the address of the page itself.
 */
export function savedKey(pageUrl: string | null | undefined, claimed: string): string {
  if (!pageUrl) return keyOfUrl(claimed);
  const page = siteOf(pageUrl);
  const named = siteOf(claimed);
  return keyOfUrl(page !== null && named !== null && page === named ? claimed : pageUrl);
}
