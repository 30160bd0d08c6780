/** The site an address belongs to, as Sift keys things per site (removed blocks, saved entries). */

/** The host name without a leading "www." ('' for an address with no host, such as mailto:), or null when `url` does not parse. */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** siteOf, or '' for an address without a host: the key of per-site options. */
export function siteKey(url: string): string {
  return siteOf(url) ?? '';
}
