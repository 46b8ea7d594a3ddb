// Properties every deadline holds, over generated cells built from the seeds' vocabulary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/extract/deadline/index.js';

const year = fc.integer({ min: 1990, max: 2040 });
const month = fc.integer({ min: 1, max: 12 });
const day = fc.integer({ min: 1, max: 31 });
const pad = (n: number) => fc.constantFrom(String(n), String(n).padStart(2, '0'));

const dateWords = fc.oneof(
  fc.tuple(day, month, year).chain(([d, m, y]) => fc.tuple(pad(d), pad(m)).map(([dd, mm]) => `${dd}/${mm}/${y}`)),
  fc.tuple(day, month, year).map(([d, m, y]) => `ngày ${d} tháng ${m} năm ${y}`),
  fc.tuple(month, year).chain(([m, y]) => pad(m).map((mm) => `tháng ${mm}/${y}`)),
  fc.tuple(fc.constantFrom('I', 'II', 'III', 'IV', '1', '2', '3', '4'), year).map(([q, y]) => `Quý ${q}/${y}`),
  fc.tuple(year, fc.integer({ min: 0, max: 10 })).map(([y, n]) => `giai đoạn ${y} - ${y + n}`),
  fc.tuple(year, fc.integer({ min: -10, max: -1 })).map(([y, n]) => `giai đoạn ${y} - ${y + n}`),
  fc.tuple(fc.integer({ min: 1, max: 11 }), fc.constantFrom('đầu', 'cuối'), year).map(([n, w, y]) => `${n} tháng ${w} năm ${y}`),
  year.map((y) => `năm ${y}`),
  fc.constantFrom('tháng 12', 'Quý II', 'Thường xuyên', 'định kỳ hàng quý', 'hàng năm', 'Khi có văn bản chỉ đạo của Trung ương'),
);
const lead = fc.constantFrom('', 'Trước ', 'trước ngày ', 'chậm nhất trong ', 'Từ ', 'Trong ', 'Thường xuyên, từ ', 'đến ');
const cell = fc.oneof(
  fc.tuple(lead, dateWords).map(([l, d]) => l + d),
  fc.tuple(dateWords, dateWords).map(([a, b]) => `từ ${a} đến ${b}`),
  fc
    .array(fc.tuple(fc.constantFrom('Kế hoạch', 'Báo cáo kết quả thực hiện'), lead, dateWords), { minLength: 1, maxLength: 3 })
    .map((items) => items.map(([label, l, d]) => `- ${label}: ${l}${d}`).join('; ')),
  fc.string(),
);
const planYear = fc.option(year, { nil: null });

describe('deadline properties', () => {
  it('never ends before it starts, in the cell or in any part', () => {
    fc.assert(
      fc.property(cell, planYear, (text, y) => {
        const deadline = parseDeadline(text, { year: y });
        for (const d of [deadline, ...deadline.parts]) {
          if (d.start && d.end) expect(d.end >= d.start).toBe(true);
          for (const iso of [d.start, d.end]) if (iso) expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('always keeps the printed text', () => {
    fc.assert(
      fc.property(cell, planYear, (text, y) => {
        const deadline = parseDeadline(text, { year: y });
        expect(deadline.text).toBe(text);
        for (const part of deadline.parts) expect(text).toContain(part.text);
      }),
      { numRuns: 400 },
    );
  });

  it('gives an interval only to kinds that have one', () => {
    fc.assert(
      fc.property(cell, planYear, (text, y) => {
        const d = parseDeadline(text, { year: y });
        if (d.kind === 'unknown' || d.kind === 'conditional') expect([d.start, d.end]).toEqual([null, null]);
        if (d.kind === 'before') expect(d.start).toBeNull();
      }),
      { numRuns: 400 },
    );
  });
});
