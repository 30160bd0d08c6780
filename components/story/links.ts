/** Addresses within Sift's pages: a saved article (at one of its sentences), a story. */
export function savedArticleHref(url: string, at?: { quote: string; start: number }): string {
  const q = new URLSearchParams({ saved: url });
  if (at) {
    q.set('at', String(at.start));
    q.set('quote', at.quote.slice(0, 500));
  }
  return `/reader.html?${q.toString()}`;
}

export function storyHref(id: string): string {
  return `/story.html?id=${encodeURIComponent(id)}`;
}
