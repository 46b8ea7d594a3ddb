// How often the channel offers the right syllable: for OCR'd tokens aligned one to one with a true
// Vietnamese syllable, the share whose syllable is among candidates() (oracle recall — what the
// decoder can reach at best) and its median rank. On text never learned from: seed 003 lines
// 301–608 and the held-out pairs p32–p35.
//   npx tsx scripts/channel-coverage.ts [--lexicon inventory|lm]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { candidates, type Lexicon, type Profile } from '../src/restore/channel/index.js';
import { alignTokens } from '../src/restore/channel/align.js';
import { inventoryLexicon, isValidSyllable } from '../src/vietnamese/index.js';
import { loadModel } from '../src/restore/lm/load.js';
import { seedPath, sharedDir } from '../tests/helpers/shared.js';
import { HELD_OUT_PAIRS, SEED_003_TRAIN_LINES, wordsOf } from './learn-channel.js';

export interface Coverage {
  tokens: number;
  found: number;
  recall: number;
  medianRank: number;
  /** share already right as printed (the floor a do-nothing restorer gets) */
  asPrinted: number;
  /** share where the channel's first candidate is right (no language model at all) */
  top1: number;
}

export function coverage(ocrText: string, goldText: string, lexicon: Lexicon, profile: Profile): Coverage {
  const ocr = wordsOf(ocrText, true);
  const gold = wordsOf(goldText, false);
  const ranks: number[] = [];
  let tokens = 0;
  let asPrinted = 0;
  for (const [i, j] of alignTokens(ocr, gold)) {
    if (i < 0 || j < 0) continue;
    const g = gold[j]!;
    if (!isValidSyllable(g) || !/\p{L}/u.test(ocr[i]!)) continue;
    tokens++;
    if (ocr[i] === g) asPrinted++;
    const rank = candidates(ocr[i]!, lexicon, { profile }).findIndex((c) => c.syllable === g);
    if (rank >= 0) ranks.push(rank + 1);
  }
  ranks.sort((a, b) => a - b);
  const top1 = ranks.filter((r) => r === 1).length / tokens;
  return {
    tokens,
    found: ranks.length,
    recall: ranks.length / tokens,
    medianRank: ranks[ranks.length >> 1] ?? NaN,
    asPrinted: asPrinted / tokens,
    top1,
  };
}

function main() {
  const useInventory = process.argv.includes('inventory');
  const lexicon = useInventory ? inventoryLexicon() : loadModel().lexicon;
  const lines = (text: string, from: number) => text.split('\n').slice(from).join('\n');
  const rows: Array<[string, Coverage]> = [];
  const seed = readFileSync(seedPath('003'), 'utf8');
  const gold = readFileSync(join(sharedDir, 'gold/003.gold.txt'), 'utf8');
  rows.push([
    '003 lines 301-608 (heavy)',
    coverage(lines(seed, SEED_003_TRAIN_LINES), lines(gold, SEED_003_TRAIN_LINES), lexicon, 'heavy'),
  ]);
  for (const kind of ['eng', 'vie'] as const) {
    const profile: Profile = kind === 'eng' ? 'heavy' : 'light';
    let total = { tokens: 0, found: 0, ranks: [] as number[], asPrinted: 0, top1: 0 };
    for (const name of HELD_OUT_PAIRS) {
      const read = (ext: string) => readFileSync(join(sharedDir, 'ocr-pairs', `${name}.${ext}.txt`), 'utf8');
      const c = coverage(read(kind), read('clean'), lexicon, profile);
      rows.push([`${name}.${kind} (${profile})`, c]);
      total = {
        tokens: total.tokens + c.tokens,
        found: total.found + c.found,
        ranks: [...total.ranks, c.medianRank],
        asPrinted: total.asPrinted + c.asPrinted * c.tokens,
        top1: total.top1 + c.top1 * c.tokens,
      };
    }
    const t = total;
    rows.push([
      `p32-p35 ${kind} (${profile}) all`,
      {
        tokens: t.tokens,
        found: t.found,
        recall: t.found / t.tokens,
        medianRank: t.ranks.sort((a, b) => a - b)[t.ranks.length >> 1]!,
        asPrinted: t.asPrinted / t.tokens,
        top1: t.top1 / t.tokens,
      },
    ]);
  }
  console.log(`lexicon: ${useInventory ? 'inventory' : 'language model vocabulary'}`);
  console.log('text'.padEnd(30), 'tokens', 'recall', 'median rank', 'right as printed', 'channel top-1');
  for (const [name, c] of rows) {
    console.log(
      name.padEnd(30),
      String(c.tokens).padStart(6),
      (c.recall * 100).toFixed(1).padStart(6) + '%',
      String(c.medianRank).padStart(6),
      (c.asPrinted * 100).toFixed(1).padStart(8) + '%',
      (c.top1 * 100).toFixed(1).padStart(8) + '%',
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
