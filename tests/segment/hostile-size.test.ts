// Inputs that once cost the square of their size or worse: each reads as it does at ordinary
// sizes. How long they take is a figure of `npm run bench hostile`; here the test's own timeout
// (HANG_GUARD) only stops a run that hangs.
import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../src/segment/ocr/agencies.js';
import { parse } from '../../src/pipeline.js';
import { AGENCY_CELL, deepTableInputs, hugeAgencyCell, nestedMarkers, wrappedLines } from '../helpers/hostile-inputs.js';

const HANG_GUARD = 120_000;

describe('hostile sizes', () => {
  it(
    "reads the agencies of a 58 KB OCR'd cell (matchNear was 33 s and more)",
    () => {
      const found = findAgencies(hugeAgencyCell());
      expect(found.map((f) => f.id)).toEqual(expect.arrayContaining(findAgencies(AGENCY_CELL).map((f) => f.id)));
    },
    HANG_GUARD,
  );

  it(
    'joins 5,000 wrapped lines without full stops (isAllCaps over the paragraph was 20 s)',
    () => {
      const doc = parse(wrappedLines(5000), { path: 'wrapped.txt', restore: 'never' });
      const article = doc.decision.articles[0]!;
      // One paragraph: every wrapped line joined, the hyphen across each break mended.
      expect(article.source.endLine).toBe(6 + 5000 + 1);
      expect(article.text).toContain('ở dòng 0 và tiếprà soát');
      expect(article.text.endsWith('dòng 4999 và tiếptục.')).toBe(true);
    },
    HANG_GUARD,
  );
});

describe('what reaches remark and rehype is bounded', () => {
  const overLimit = (doc: ReturnType<typeof parse>) => doc.diagnostics.filter((d) => d.ruleId === 'cchc-segment:over-limit');

  it(
    '25,000 nested list markers in a 50 KB .md: read as the plain text it holds, with a diagnostic',
    () => {
      const doc = parse(nestedMarkers(25_000), { path: 'nested.md', restore: 'never' });
      expect(overLimit(doc)).toEqual([
        expect.objectContaining({ line: 9, message: expect.stringMatching(/^read as plain text: 25000 nested list or quote markers/) }),
      ]);
      expect(doc.decision.number).toBe('12/QĐ-UBND');
    },
    HANG_GUARD,
  );

  it(
    '<table> nested 10,000 deep in a cell, of a pipe table and of a tab-separated row',
    () => {
      // A pipe row that long is not given to remark at all; a tab-separated row is read, its deep cell as text.
      const reasons = {
        'pipe.md': /^read as plain text: a line of 150035 characters/,
        'tabs.md': /^read as plain text: HTML nested 30000 deep in a table cell/,
      };
      for (const [name, text] of deepTableInputs(10_000)) {
        const doc = parse(text, { path: name, restore: 'never' });
        expect(
          overLimit(doc).map((d) => d.message),
          name,
        ).toEqual([expect.stringMatching(reasons[name])]);
      }
    },
    HANG_GUARD,
  );
});

describe('a long Markdown document', () => {
  it(
    'is read in stretches: forty copies of a plan lay out as forty times the one',
    async () => {
      const { markdownLayout } = await import('../../src/segment/markdown-layout.js');
      const { readFileSync } = await import('node:fs');
      const { fixturePath } = await import('../helpers/shared.js');
      const one = readFileSync(fixturePath('clean-plan.md'), 'utf8').replace(/\n*$/u, '\n');
      const lines = one.split('\n').length - 1;
      const single = markdownLayout(one);
      const many = markdownLayout(one.repeat(40));
      expect(lines * 40).toBeGreaterThan(2000); // more than one stretch
      const expected = Array.from({ length: 40 }, (_, k) =>
        single.filter((l) => l.line <= lines).map((l) => ({ ...l, line: l.line + k * lines })),
      );
      expect(many.filter((l) => l.line <= 40 * lines)).toEqual(expected.flat());
    },
    HANG_GUARD,
  );
});
