/** Short stable ids for stories: FNV-1a of what makes the story (not cryptographic). */
export function storyId(prefix: 's' | 'u', seed: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${prefix}${(h >>> 0).toString(36)}`;
}
