/**
 * Page generators for the security and reliability tests: hostile articles
 * (a normal news article with one payload from ./payloads.ts hidden in its
 * body), non-article pages, a very large page, and pages that change while
 * they are read.
 */
import { payloadContext, type Payload } from './payloads';

/** The article every hostile page carries. Each paragraph is long enough for Readability. */
export const PARAGRAPHS = [
  'The city council of Northbridge voted on Tuesday (4 March 2025) to close the old harbour bridge to traffic after engineers found deep cracks in two of its supporting piers, a decision that will divert about 18,000 vehicles a day onto the ring road.',
  'The engineers said the damage had spread faster than expected since their last inspection in October, and that salt water had reached the steel inside the concrete. The bridge, opened in 1962, carries a tram line and two lanes in each direction.',
  'Mayor Ellen Ward told reporters that the closure was the only responsible choice, adding that no one should have to wonder whether a bridge will hold. She said the council would ask the regional government for emergency funds before the summer.',
  'Local shop owners on both banks of the river warned that the closure would cost them customers. A survey by the chamber of commerce found that 42 of 60 businesses near the bridge expected their takings to fall by at least a fifth.',
  'Repairs are expected to take at least eighteen months. The transport department said extra buses would run every five minutes at peak hours, and that a temporary footbridge for pedestrians and cyclists could open by the end of June.',
  'Opposition councillors accused the ruling coalition of ignoring earlier warnings. In 2019 an inspection report had recommended strengthening the piers, but the work was postponed twice because of the cost, estimated at 31 million euros.',
] as const;

/** Text that must be in the clean view of every hostile page (first and last paragraph openings). */
export const FIRST_MARK = 'The city council of Northbridge voted on Tuesday';
export const LAST_MARK = 'Opposition councillors accused the ruling coalition';

export function hostileTitle(id: string): string {
  return `Northbridge closes harbour bridge after cracks found (${id})`;
}

export interface HostilePageOptions {
  /** Adds a page-level CSP that stops the page's own scripts (the tests count only what Sift's views do). */
  pageCsp?: boolean;
}

/** A news article with `payload` hidden between its third and fourth paragraphs. */
export function hostilePage(payload: Payload, base: string, options: HostilePageOptions = {}): string {
  const c = payloadContext(base, payload.id);
  const title = hostileTitle(payload.id);
  const ps = PARAGRAPHS.map((p) => `<p>${p}</p>`);
  // Dangling markup goes after the fifth paragraph, so the article survives the swallowed tail.
  const at = payload.truncates ? 5 : 3;
  const body = [...ps.slice(0, at), payload.markup(c), ...ps.slice(at)].join('\n        ');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  ${options.pageCsp ? `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">` : ''}
  <title>${title} | The Northbridge Courier</title>
  <meta property="og:site_name" content="The Northbridge Courier">
  <meta name="author" content="Jo Field">
  <meta property="article:published_time" content="2025-03-04T18:20:00Z">
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
  <main>
    <article>
      <h1>${title}</h1>
      <p class="byline">By Jo Field, 4 March 2025</p>
      <div class="article-body">
        ${body}
      </div>
    </article>
  </main>
  <footer><p>© The Northbridge Courier's newsroom. <a href="/about">About us</a></p></footer>
</body>
</html>`;
}

// ── non-article pages ──────────────────────────────────────────────────────

const teaser = (i: number, base = '/news') =>
  `<li><a href="${base}/story-${i}"><h3>Story ${i}: council debates new budget</h3></a><p>Short teaser for story ${i}.</p></li>`;

/** A news home page: lists of teasers, no article. */
export function homePage(): string {
  const section = (name: string, from: number) =>
    `<section><h2>${name}</h2><ul>${Array.from({ length: 12 }, (_, i) => teaser(from + i, `/${name.toLowerCase()}`)).join('')}</ul></section>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Northbridge Courier: news, sport and weather</title></head>
<body><header><h1>The Northbridge Courier</h1><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main>${section('News', 1)}${section('Sport', 20)}${section('Business', 40)}${section('Culture', 60)}</main>
<footer><p>© The Northbridge Courier</p></footer></body></html>`;
}

/** A search results page. */
export function searchPage(): string {
  const result = (i: number) =>
    `<li class="result"><a href="/news/result-${i}">Harbour bridge result ${i}</a><p>… the <b>bridge</b> was closed on ${i} March …</p><span>12 March 2025</span></li>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search: bridge | The Northbridge Courier</title></head>
<body><header><form action="/search"><input name="q" value="bridge"><button>Search</button></form></header>
<main><h1>Search results for “bridge”</h1><p>About 1,240 results</p><ol>${Array.from({ length: 20 }, (_, i) => result(i + 1)).join('')}</ol>
<nav><a href="?page=2">Next</a></nav></main></body></html>`;
}

/** A video page: a player, a short description, related videos and short comments. */
export function videoPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Watch: the harbour bridge from above | Courier Video</title>
<meta property="og:type" content="video.other"></head>
<body><main><h1>Watch: the harbour bridge from above</h1>
<video controls width="640" height="360" poster="/poster.png"><source src="/bridge.mp4" type="video/mp4"></video>
<p>Drone footage of the closed bridge. 2:14</p>
<section><h2>Related videos</h2><ul>${Array.from({ length: 10 }, (_, i) => `<li><a href="/video/${i}">Video ${i}</a> <span>1:${10 + i}</span></li>`).join('')}</ul></section>
<section><h2>Comments</h2><ul>${Array.from({ length: 8 }, (_, i) => `<li><b>user${i}</b> <p>Great shot!</p></li>`).join('')}</ul></section>
</main></body></html>`;
}

// ── a very large page ──────────────────────────────────────────────────────

/** About `bytes` of HTML with `elements` elements: an article followed by a huge comment section. */
export function largePage(elements = 200_000, bytes = 10 * (1 << 20)): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very large page</title></head><body><main><article><h1>A very large page</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article><section class="comments">`;
  const perRow = 10; // one <div> + 9 <span> per row
  const rows = Math.ceil(elements / perRow);
  const budget = bytes - head.length - 100;
  const spanText = Math.max(1, Math.floor(budget / rows / 9) - '<span></span>'.length - 2);
  const word = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor '.repeat(10).slice(0, spanText);
  const row = `<div>${`<span>${word}</span>`.repeat(9)}</div>`;
  return head + row.repeat(rows) + '</section></main></body></html>';
}

// ── pages that change while read ───────────────────────────────────────────

export const STORY_A = {
  title: 'River levels fall as the storm moves east',
  paragraphs: [
    'River levels across the valley fell steadily overnight as the storm moved east, and the emergency services said the worst of the flooding was over for the towns along the lower reaches of the river.',
    'About 1,200 residents who left their homes on Sunday were allowed to return, although the authorities warned that roads near the water would stay closed until engineers had checked every bridge and culvert.',
    'The weather service said another band of rain could arrive on Friday, but that it was expected to be much weaker than the storm, which dropped a month of rain in two days over the hills to the north.',
    'Farmers counted the cost of flooded fields and lost livestock, and the regional government promised to publish a relief plan within the week after meeting representatives of the farming unions on Wednesday.',
  ],
};
export const STORY_B = {
  title: 'Museum reopens its east wing after a decade of repairs',
  paragraphs: [
    'The city museum reopened its east wing on Saturday after ten years of repairs that replaced the roof, the heating and most of the wiring, and brought back into view about 3,000 objects that had been kept in storage.',
    'Visitors queued from early morning to see the restored galleries, where the museum has hung its collection of maritime paintings in the order in which the ships they show were built, from the oldest to the newest.',
    'The director said the work had cost less than feared because the builders found the original oak beams in good condition, and that the savings would pay for free entry on the first Sunday of every month.',
    'The west wing will close next spring for a similar renovation, which the museum expects to last about four years, and its best-known pieces will be shown in the east wing in the meantime so none leave public view.',
  ],
};

export const storyHtml = (s: typeof STORY_A) => `<article><h1>${s.title}</h1>${s.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;

/** A page showing story A; the test appends story B and pushes B's URL (infinite scroll), or replaces A with B (SPA). */
export function changingPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${STORY_A.title} | The Valley Post</title><meta property="og:site_name" content="The Valley Post"></head>
<body><header><nav><a href="/">Home</a></nav></header><main id="stories">${storyHtml(STORY_A)}</main></body></html>`;
}
