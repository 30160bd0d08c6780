/**
 * Every labelled corpus is split in two halves by a hash of the file name, so
 * that a change can be developed on one half and checked on the other: a
 * document is in half A when the first byte of sha1(its file name without the
 * extension) is even, else in half B.
 */
import { createHash } from 'node:crypto';

export type Half = 'A' | 'B';
export const HALVES: Half[] = ['A', 'B'];

/** The half of a document, from its file name ("0dd135704572.txt", or the bare id). */
export function halfOf(fileOrId: string): Half {
  const base = fileOrId.replace(/^.*[\\/]/, '').replace(/\.(?:facts\.json|json|txt|html?)$/, '');
  const byte = createHash('sha1').update(base).digest()[0]!;
  return byte % 2 === 0 ? 'A' : 'B';
}
