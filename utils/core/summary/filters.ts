/**
 * Sentences a summary must not pick: page clutter left in the body, captions,
 * social embeds, headings and fragments.
 */

// Calls to action and page furniture ("Click here", "Read more", "Sign up" ...).
// Anchored or phrased narrowly so news about subscriptions or copyright survives.
const CLUTTER_START =
  /^(click|tap) here|^(read|see|watch|learn) (more|also|the full)|^(sign up|subscribe|register|log in|download)\b|^(follow|like) us\b|^share (this|on)\b|^(related|advertisement|sponsored|recommended)\b|^story continues|^continue reading|^see tweets?\b|^(updated?|published|posted)\s*(at|on)?\s*\d/iu;
const CLUTTER_ANY =
  /\b(click here|our (daily |weekly |free )?newsletters?|all rights reserved|sign up (for|to) (our|the)|subscribe (now|today|to our)|getty images|photo credit|image caption|pic\.twitter\.com)\b|^\s*(advertisement|copyright)\s*$/iu;
// Captions and credits: "(AP Photo/John Doe)", "Photo: Reuters", "© 2019 ...".
const CREDIT =
  /^(photo|image|picture|video|file photo|credit|source|caption)s?\s*[:/|]|\((ap|afp|reuters|getty|epa)\s*photo|©|\bphoto\s*\/\s*\p{Lu}/iu;
// Embedded posts: "— The Nigerian Senate (@NGRSenate) October 9, 2018", bare URLs and handles.
const EMBED = /^[—–-]\s*.+\(@\w+\)|https?:\/\/|www\.\S+\.\S+|^@\w+|#\w+\s*$/u;
// Timestamps on live blogs: "10 p.m.", "UPDATE 3:45 PM".
const TIMESTAMP = /^(update[d:]?\s*)?\d{1,2}([:.]\d{2})?\s*(a\.?m\.?|p\.?m\.?)?$/iu;

export function isClutter(sentence: string): boolean {
  const s = sentence.trim();
  return CLUTTER_START.test(s) || CLUTTER_ANY.test(s) || CREDIT.test(s) || EMBED.test(s) || TIMESTAMP.test(s);
}

/** Ends like a sentence: full stop, question or exclamation mark, possibly inside quotes. */
export function endsLikeSentence(sentence: string): boolean {
  return /[.!?…。！？؟।]["'”’»)\]」』）]*$/u.test(sentence.trim());
}

/** Starts mid-sentence (lower case or a joining punctuation mark): a fragment. */
export function startsMidSentence(sentence: string): boolean {
  return /^[\p{Ll},;:)\]]/u.test(sentence.trim());
}

/**
 * Share of the sentence that is direct speech. A sentence that is only a quote
 * (or an unclosed piece of one) rarely states a key point on its own.
 */
export function quotedShare(sentence: string): number {
  const s = sentence.trim();
  if (!s) return 0;
  let inside = 0;
  let open = false;
  let sawOpen = false;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (!open && (c === '“' || c === '«' || c === '„' || c === '"')) {
      open = sawOpen = true;
      from = i;
    } else if (open && (c === '”' || c === '»' || c === '"' || c === '“')) {
      open = false;
      inside += i - from + 1;
    } else if (!sawOpen && (c === '”' || c === '»')) {
      inside = i + 1; // closes a quote opened in an earlier sentence
      sawOpen = true;
    }
  }
  if (open) inside += s.length - from; // runs on into the next sentence
  return Math.min(1, inside / s.length);
}
