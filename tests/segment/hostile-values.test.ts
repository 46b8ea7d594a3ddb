// Values out of range and old line ends: the document is still read, with a diagnostic and a
// null where a value could not be held, never a schema error that rejects it all.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { fixturePath } from '../helpers/shared.js';

const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2023\n';

describe('values out of range', () => {
  it('an article number beyond any integer becomes null, with a diagnostic at its place', () => {
    const doc = parse(`${HEAD}Điều 99999999999999999999. Ban hành kèm theo Quyết định này Kế hoạch.\nĐiều 2. Quyết định có hiệu lực.\n`, {
      path: 'x.txt',
      restore: 'never',
    });
    expect(doc.decision.articles.map((a) => a.number)).toEqual([null, 2]);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'cchc-segment:number-out-of-range', line: 6, column: 6, severity: 'warning' }),
    );
  });

  it('a huge percentage or score is left out of the metrics, the target kept', () => {
    const huge = '9'.repeat(400);
    const doc = parse(
      `${HEAD}I. MỤC TIÊU\n1. Đến năm 2025, trên ${huge}% thủ tục được giải quyết đúng hạn; 95% hồ sơ trực tuyến.\n2. Đạt 4,2 điểm trên tổng ${huge} điểm.\n`,
      { path: 'x.txt', restore: 'never' },
    );
    expect(doc.targets).toHaveLength(2);
    expect(doc.targets[0]!.metrics.map((m) => m.value)).toEqual([95]);
    expect(doc.targets[1]!.metrics).toEqual([expect.objectContaining({ value: 4.2, outOf: null })]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'cchc-segment:number-out-of-range')).toHaveLength(2);
  });
});

describe('old Mac line ends (CR only)', () => {
  it('read plain text line by line, as with LF', () => {
    const lf = readFileSync(fixturePath('clean-plan.txt'), 'utf8').replace(/\r\n/gu, '\n');
    const cr = parse(Buffer.from(lf.replace(/\n/gu, '\r'), 'utf8'), { path: 'plan.txt' });
    const expected = parse(Buffer.from(lf, 'utf8'), { path: 'plan.txt' });
    expect(cr.tasks).toEqual(expected.tasks);
    expect(cr.decision).toEqual(expected.decision);
  });

  it('read a Markdown pipe table', () => {
    const md = readFileSync(fixturePath('pipe-tables.md'), 'utf8').replace(/\r\n/gu, '\n');
    const cr = parse(Buffer.from(md.replace(/\n/gu, '\r'), 'utf8'), { path: 'plan.md' });
    const expected = parse(Buffer.from(md, 'utf8'), { path: 'plan.md' });
    expect(cr.tasks.length).toBeGreaterThan(0);
    expect(cr.tasks).toEqual(expected.tasks);
  });
});
