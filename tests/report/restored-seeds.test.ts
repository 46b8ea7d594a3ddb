// The page's restored text is rebuilt from the input and restoration.changes;
// on the OCR'd seeds it must read as the pipeline's own restored text. This
// holds the change log to its contract: every change points at its token.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/index.js';
import { restoredText } from '../../src/report/text-view.js';
import { restore } from '../../src/default-restorer.js';
import { hasShared, seedPath, sharedMissingNote } from '../helpers/shared.js';

if (!hasShared) console.warn(sharedMissingNote("restored text of the OCR'd seeds"));

const visibleText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe.skipIf(!hasShared)("the restored text view on the OCR'd seeds", () => {
  for (const seed of ['003', '004']) {
    it(`places every change of seed ${seed} and reads as restore() does`, () => {
      const text = decode(readFileSync(seedPath(seed))).text;
      const restored = restore(text, 'auto');
      expect(restored.restoration.changes.length).toBeGreaterThan(100);
      const view = restoredText(text, restored.restoration.changes);
      expect(view.unplaced).toEqual([]);
      const want = restored.text.split(/\r\n|\r|\n/);
      const same = view.lines.filter((line, i) => visibleText(line.html) === want[i]).length;
      // A change log with a repeated or mis-columned change may leave a line apart; no more than 1 in 100.
      expect(same / want.length).toBeGreaterThanOrEqual(0.99);
    });
  }
});
