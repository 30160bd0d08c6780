/**
 * Groups the reading list into stories. Two articles tell the same event when,
 * within a window of days, they name at least two of the same places, people
 * or organisations, and their names and title words, weighed by how rare they
 * are in the list, are close (cosine). One shared name (the same city, the
 * same minister) or the same day and the same words ("floods") is not enough.
 *
 * The reader's choices (choices.placed) are kept as they are: an article the
 * reader took out stays out, one they put in a story stays there, and
 * two stories the reader has made are never merged by the grouping. New
 * articles join a story of the reader's when they group with its articles.
 */
import { storyId } from './ids';
import { signalsOf, type Signals } from './signals';
import { NO_CHOICES, type Story, type StoryArticle, type StoryChoices } from './types';

/** Articles more than this many days apart are not linked directly (a story can still run longer, article to article). */
export const WINDOW_DAYS = 10;
/** Least cosine between two articles of one story. */
export const MIN_SIMILARITY = 0.2;
const MIN_SHARED_NAMES = 2;
const WEIGHT = { name: 3, title: 1.5, lead: 0.5 } as const;

type Vector = Map<string, number>;

function idfOf(all: Signals[]): (feature: string) => number {
  const df = new Map<string, number>();
  for (const s of all) for (const f of features(s).keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const n = all.length;
  return (f) => Math.log((n + 1) / ((df.get(f) ?? 0) + 1)) + 1;
}

function features(s: Signals): Map<string, number> {
  const out = new Map<string, number>();
  for (const w of s.leadWords) out.set(`w:${w}`, WEIGHT.lead);
  for (const w of s.titleWords) out.set(`w:${w}`, WEIGHT.title);
  for (const n of s.names) out.set(`n:${n}`, WEIGHT.name);
  return out;
}

function vectorOf(s: Signals, idf: (f: string) => number): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [f, w] of features(s)) {
    const x = w * idf(f);
    v.set(f, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [f, x] of v) v.set(f, x / norm);
  return v;
}

function cosine(a: Vector, b: Vector): number {
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [f, x] of small) dot += x * (big.get(f) ?? 0);
  return dot;
}

/** Two names of which one holds the other ("Marrow", "Ilse Marrow") count once. */
function sharedNames(a: Signals, b: Signals): number {
  const shared = [...a.names].filter((n) => b.names.has(n));
  return shared.filter((n) => !shared.some((m) => m !== n && m.includes(n))).length;
}

export interface Link {
  a: number;
  b: number;
  similarity: number;
}

/** The pairs of articles that tell the same event, strongest first. */
export function links(signals: Signals[]): Link[] {
  const idf = idfOf(signals);
  const vectors = signals.map((s) => vectorOf(s, idf));
  // Only articles that share a name can link: an index of names keeps this near linear.
  const byName = new Map<string, number[]>();
  signals.forEach((s, i) => {
    for (const n of s.names) (byName.get(n) ?? byName.set(n, []).get(n)!).push(i);
  });
  const seen = new Set<string>();
  const out: Link[] = [];
  for (const ids of byName.values()) {
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        const a = ids[x]!;
        const b = ids[y]!;
        const key = `${a},${b}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const sa = signals[a]!;
        const sb = signals[b]!;
        if (Math.abs(sa.dayNumber - sb.dayNumber) > WINDOW_DAYS) continue;
        if (sharedNames(sa, sb) < MIN_SHARED_NAMES) continue;
        const similarity = cosine(vectors[a]!, vectors[b]!);
        if (similarity >= MIN_SIMILARITY) out.push({ a, b, similarity });
      }
    }
  }
  return out.sort((p, q) => q.similarity - p.similarity);
}

/** The name a story gets until the reader gives it one: the names its articles share most. */
function autoName(members: Signals[]): string {
  const count = new Map<string, number>();
  for (const s of members) for (const n of s.names) count.set(n, (count.get(n) ?? 0) + 1);
  const ranked = [...count.entries()]
    .filter(([n]) => !members.some((s) => [...s.names].some((m) => m !== n && m.includes(n) && (count.get(m) ?? 0) >= (count.get(n) ?? 0))))
    .sort((p, q) => q[1] - p[1] || p[0].length - q[0].length);
  const top = ranked.slice(0, 2).map(([n]) => members.find((s) => s.display.has(n))!.display.get(n)!);
  return top.join(', ') || 'Untitled story';
}

/** The stories of a reading list: every group of two or more articles, and every story the reader made. */
export function groupStories(articles: StoryArticle[], choices: StoryChoices = NO_CHOICES): Story[] {
  const kept = articles.filter((a) => choices.placed[a.url] !== null);
  const signals = kept.map(signalsOf);
  const parent = kept.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Each group's story of the reader's, if it holds any.
  const placed = kept.map((a) => choices.placed[a.url] ?? null);
  const storyOf = new Map<number, string | null>(placed.map((p, i) => [i, p]));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const sa = storyOf.get(ra) ?? null;
    const sb = storyOf.get(rb) ?? null;
    // Two stories the reader made stay two.
    if (sa && sb && sa !== sb) return;
    parent[rb] = ra;
    storyOf.set(ra, sa ?? sb);
  };
  // The reader's stories first, then the links.
  const firstOf = new Map<string, number>();
  placed.forEach((p, i) => {
    if (!p) return;
    const first = firstOf.get(p);
    if (first === undefined) firstOf.set(p, i);
    else union(first, i);
  });
  for (const l of links(signals)) {
    // An article the reader placed is not pulled into another story by a link.
    const pa = placed[l.a];
    const pb = placed[l.b];
    if (pa && pb && pa !== pb) continue;
    union(l.a, l.b);
  }
  const groups = new Map<number, number[]>();
  kept.forEach((_, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(i));
  const stories: Story[] = [];
  for (const [root, members] of groups) {
    const own = storyOf.get(root) ?? null;
    if (members.length < 2 && !own) continue;
    const ordered = members.sort((x, y) => timeOf(kept[x]!) - timeOf(kept[y]!) || (kept[x]!.url < kept[y]!.url ? -1 : 1));
    const id = own ?? storyId('s', kept[ordered[0]!]!.url);
    stories.push({
      id,
      name: choices.names[id] ?? autoName(ordered.map((i) => signals[i]!)),
      articles: ordered.map((i) => kept[i]!),
    });
  }
  return stories.sort((p, q) => (p.articles.at(-1)!.url === q.articles.at(-1)!.url ? 0 : newest(q) - newest(p)));
}

/** When an article came out: its page's date and time, else when it was saved. */
function timeOf(a: StoryArticle): number {
  return Date.parse(a.published ?? '') || a.savedAt;
}

function newest(s: Story): number {
  return timeOf(s.articles.at(-1)!);
}
