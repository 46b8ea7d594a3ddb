// A table row's cooperating cell that ends with the bodies concerned ("… và cơ quan, địa phương liên
// quan"; an agency a line in a PDF's narrow column, more of them than the header has agency columns):
// each agency is one entry, the closing bodies one more, as the hand-checked gold lists them. Real
// plans from two sources (../shared, by id): a provincial plan's web export (tnt/c5d9…) and a Prime
// Minister's decision in the gazette's PDF text (p8-982).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { sourceText } from '../../scripts/bench/shared-texts.js';
import { hasShared, repoRoot, sharedMissingNote } from '../helpers/shared.js';

interface GoldTask {
  content: string;
  cooperating: string[];
}

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/[.;:,]+$/u, '')
    .trim();
const CLOSING = /(?:cơ quan|đơn vị|tổ chức)[^;]*liên quan$/iu;

if (!hasShared) console.log(sharedMissingNote('flat tables whose cooperating cells close with the bodies concerned'));

describe.each(['corpus-tnt-c5d930a5fc8373cd', 'plans-p8-982-QD-TTg-2026'])('%s', (name) => {
  const gold = JSON.parse(readFileSync(join(repoRoot, 'gold', `${name}.tasks.json`), 'utf8')) as { source: string; tasks: GoldTask[] };
  const text = hasShared ? sourceText(gold.source) : null;

  it.skipIf(text === null)('lists the closing bodies apart from the agency before them', () => {
    const doc = parse(text!, { path: `${name}.txt`, restore: 'never' });
    const closing = gold.tasks.filter((g) => g.cooperating.length > 1 && CLOSING.test(g.cooperating.at(-1)!));
    const read = closing.filter((g) => {
      const task = doc.tasks.find((t) => key(t.content).startsWith(key(g.content).slice(0, 50)));
      const names = new Set(task?.cooperating.map((a) => key(a.name)) ?? []);
      return g.cooperating.every((c) => names.has(key(c)));
    });
    expect(closing.length).toBeGreaterThanOrEqual(4);
    // Nearly all of them: a row the page broke may still lose its last cell (the bench counts those).
    expect(read.length).toBeGreaterThanOrEqual(Math.ceil(closing.length * 0.7));
  });
});
