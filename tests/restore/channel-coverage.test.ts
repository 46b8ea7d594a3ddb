// Oracle recall floor of the OCR channel on text it never learned from: seed 003 lines 301–608
// against the gold. Fails if a change to the channel or its model offers the right syllable less
// often. (scripts/channel-coverage.ts prints the full table, held-out OCR pairs included.)
import { describe, expect, it } from 'vitest';
import { hasShared, readShared, seedPath, sharedMissingNote } from '../helpers/shared.js';
import { readFileSync } from 'node:fs';
import { inventoryLexicon } from '../../src/vietnamese/index.js';
import { coverage } from '../../scripts/channel-coverage.js';
import { SEED_003_TRAIN_LINES } from '../../scripts/learn-channel.js';

describe('channel coverage on seed 003, lines 301–608', () => {
  if (!hasShared) console.warn(sharedMissingNote('channel coverage floor'));
  it.skipIf(!hasShared)('offers the gold syllable for at least 99% of aligned tokens, median rank 1', () => {
    const seed = readFileSync(seedPath('003'), 'utf8').split('\n').slice(SEED_003_TRAIN_LINES).join('\n');
    const gold = readShared('gold/003.gold.txt').split('\n').slice(SEED_003_TRAIN_LINES).join('\n');
    const c = coverage(seed, gold, inventoryLexicon(), 'heavy');
    console.info(`003 lines 301–608: ${c.tokens} tokens, recall ${(c.recall * 100).toFixed(1)}%, median rank ${c.medianRank}`);
    expect(c.tokens).toBeGreaterThan(2500);
    expect(c.recall).toBeGreaterThanOrEqual(0.99);
    expect(c.medianRank).toBe(1);
  });
});
