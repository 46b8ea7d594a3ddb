// --shard k/n: a deterministic 1/n of the inputs, chosen by a hash of the
// relative path, so n machines (or jobs of any runner) split an archive with
// no coordination, and every input falls in exactly one shard.
import { createHash } from 'node:crypto';

export interface Shard {
  index: number;
  count: number;
}

/** "2/8" → { index: 2, count: 8 }; null for anything else. */
export function parseShard(text: string): Shard | null {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

export function inShard(relativePath: string, shard: Shard): boolean {
  const hash = createHash('sha1').update(relativePath).digest().readUInt32BE(0);
  return hash % shard.count === shard.index - 1;
}
