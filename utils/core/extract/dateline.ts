/**
 * Datelines and credits that open a wire story ("WASHINGTON (AP) — ",
 * "(CNN) ", "Berlin (dpa) - ", "PanARMENIAN.Net - "): part of the article as
 * the page has it, but no way to start a summary sentence.
 */

const DATELINE = [
  // An agency or outlet in brackets, alone: "(CNN) —", "(Reuters) -".
  /^\(\p{Lu}[\p{L}\p{N}.&' -]{0,30}\)\s*(?:[—–-]{1,2}\s*)?/u,
  // A place, perhaps a date, then the agency in brackets and a dash: "WASHINGTON (AP) —", "Berlin, 5. März (dpa) -".
  /^\p{Lu}[\p{L}\p{M}.'’ /-]{1,40}(?:,\s*[\p{L}\p{N}. ]{1,24})?\s*\([^()]{1,40}\)\s*[—–:-]{1,2}\s*/u,
  // A place in capitals and a dash: "NORTHBRIDGE — ".
  /^\p{Lu}[\p{Lu}\p{M}.'’ -]{2,40}(?:,\s*[\p{L}\p{N}. ]{1,24})?\s+[—–]{1,2}\s+/u,
  // An outlet named like a web address and a dash: "PanARMENIAN.Net - ".
  /^[\p{L}\p{N}-]{2,30}\.[\p{L}]{2,6}\s+[—–-]{1,2}\s+/u,
];

/** Characters of a dateline or credit that open `sentence` (0 when none does, or when nothing would be left of it). */
export function datelineLength(sentence: string): number {
  for (const re of DATELINE) {
    const m = re.exec(sentence);
    if (!m) continue;
    const rest = sentence.slice(m[0].length);
    // What follows must be a sentence of its own, starting like one.
    if (rest.length >= 20 && /^[\p{Lu}\p{Lo}\p{N}"“«„'‘]/u.test(rest)) return m[0].length;
  }
  return 0;
}
