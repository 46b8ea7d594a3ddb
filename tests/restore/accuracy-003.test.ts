// Accuracy floor: restoring seed 003 (OCR'd) must not get worse than the figure
// recorded here, scored by the reference scorer (../shared/tools/score.mjs, SER).
// Lower the ceilings when the restorer improves; a change that raises SER fails.
import { describe, expect, it } from 'vitest';
import { hasShared, readShared, seedPath, sharedMissingNote } from '../helpers/shared.js';
import { textScore } from '../helpers/score.js';
import { restore } from '../../src/default-restorer.js';
import { readFileSync } from 'node:fs';

const CEILING = { all: 0.015, learnedHalf: 0.013, heldOutHalf: 0.018 };

const ser = (pred: string, gold: string): number => textScore(pred, gold).ser;

describe('restoring seed 003', () => {
  if (!hasShared) console.warn(sharedMissingNote('003 accuracy floor'));
  it.skipIf(!hasShared)('stays under the recorded syllable error rate, lines 1–300 and 301–608 apart', () => {
    const restored = restore(readFileSync(seedPath('003'), 'utf8'), 'auto');
    expect(restored.restoration.applied).toBe(true);
    const out = restored.text.split('\n');
    const gold = readShared('gold/003.gold.txt').split('\n');
    const all = ser(restored.text, gold.join('\n'));
    const first = ser(out.slice(0, 300).join('\n'), gold.slice(0, 300).join('\n'));
    const second = ser(out.slice(300).join('\n'), gold.slice(300).join('\n'));
    console.info(`003 SER: all ${all}, lines 1–300 ${first}, lines 301–608 ${second}`);
    expect(all).toBeLessThanOrEqual(CEILING.all);
    expect(first).toBeLessThanOrEqual(CEILING.learnedHalf);
    expect(second).toBeLessThanOrEqual(CEILING.heldOutHalf);
  });
});
