// Tasks printed under a flat table row's merged cells (src/segment/readers/merged-rows.ts): after
// the row's deadline cell the next task text follows with its own cells, the merged ones its row's.
// Invented cells first; then the two development plans of different sources that print them, by
// id from ../shared, against their hand-checked gold: a web export with the number merged
// (tnt/001c…) and a Công báo PDF's text with the number and the lead merged (p8-175).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { cutMergedRows } from '../../src/segment/readers/merged-rows.js';
import type { CellRole } from '../../src/tree/types.js';
import { sourceText } from '../../scripts/bench/shared-texts.js';
import { hasShared, repoRoot, sharedMissingNote } from '../helpers/shared.js';

const kinds = {
  opensAgency: (text: string) => /^(?:Sở|Bộ|UBND|Các sở)\s/u.test(text),
  // As the real one (isDeadlineCell): a deadline's first words, and short.
  isDeadline: (text: string) => /^(?:Quý|Năm|Thường xuyên)/u.test(text) && text.split(/\s+/u).length <= 6,
};
const cells = (...texts: string[]) => texts.map((text, k) => ({ text, startLine: k + 1, endLine: k + 1 }));
const texts = (parts: Array<Array<{ text: string }>>) => parts.map((part) => part.map((c) => c.text));

describe('cutMergedRows', () => {
  const roles: CellRole[] = ['content', 'lead', 'cooperating', 'deadline', 'products'];

  it('cuts a task printed after the row deadline and product, with its own agencies', () => {
    const row = cells(
      'Xây dựng cơ sở dữ liệu cán bộ, công chức của tỉnh',
      'Sở Nội vụ',
      'Các sở, ngành',
      'Quý IV/2026',
      'Cơ sở dữ liệu được đưa vào vận hành',
      'Cập nhật dữ liệu cán bộ, công chức hằng tháng vào hệ thống',
      'Sở Tư pháp',
    );
    expect(texts(cutMergedRows(row, roles, kinds))).toEqual([
      [
        'Xây dựng cơ sở dữ liệu cán bộ, công chức của tỉnh',
        'Sở Nội vụ',
        'Các sở, ngành',
        'Quý IV/2026',
        'Cơ sở dữ liệu được đưa vào vận hành',
      ],
      ['Cập nhật dữ liệu cán bộ, công chức hằng tháng vào hệ thống', 'Sở Tư pháp'],
    ]);
  });

  it('leaves a row whose last cells are its product and a note', () => {
    const row = cells(
      'Xây dựng cơ sở dữ liệu cán bộ, công chức của tỉnh',
      'Sở Nội vụ',
      'Quý IV/2026',
      'Cơ sở dữ liệu được đưa vào vận hành trên toàn tỉnh',
      'Ngân sách tỉnh và nguồn vốn hợp pháp khác',
    );
    expect(cutMergedRows(row, roles, kinds)).toHaveLength(1);
  });

  it('with the lead merged too, cuts a task at each deadline, a task text cut in two kept whole', () => {
    const row = cells(
      'Bộ Nội vụ',
      'Ban hành quy định về vị trí việc làm trong cơ quan nhà nước',
      'Quý I/2026',
      '',
      'Hướng dẫn các địa phương rà soát, sắp xếp đơn vị sự nghiệp',
      'Công lập thuộc phạm vi quản lý',
      'Thường xuyên',
    );
    expect(texts(cutMergedRows(row, ['lead', 'content', 'cooperating', 'deadline'], kinds))).toEqual([
      ['Bộ Nội vụ', 'Ban hành quy định về vị trí việc làm trong cơ quan nhà nước', 'Quý I/2026', ''],
      ['Hướng dẫn các địa phương rà soát, sắp xếp đơn vị sự nghiệp', 'Công lập thuộc phạm vi quản lý', 'Thường xuyên'],
    ]);
  });

  it('finds the row deadline where the export ran it into the next cell', () => {
    const row = cells(
      'Đào tạo, bồi dưỡng cán bộ làm công tác quản lý dữ liệu',
      'Sở Nội vụ',
      'Năm 2025-2030 Các lớp tập huấn được tổ chức hằng năm',
      'Quản lý, vận hành hệ thống dữ liệu cán bộ, công chức',
      'Sở Tài chính',
    );
    expect(texts(cutMergedRows(row, roles, kinds)).map((part) => part[0])).toEqual([
      'Đào tạo, bồi dưỡng cán bộ làm công tác quản lý dữ liệu',
      'Quản lý, vận hành hệ thống dữ liệu cán bộ, công chức',
    ]);
  });

  it('takes no product for a task where the product column stands between a task and its deadline', () => {
    const row = cells(
      'Xây dựng cơ sở dữ liệu cán bộ, công chức của tỉnh',
      'Sở Nội vụ',
      'Quý IV/2026',
      'Văn bản quy phạm pháp luật; văn bản hướng dẫn',
      'Quý III/2027',
    );
    expect(cutMergedRows(row, ['content', 'lead', 'products', 'deadline'], kinds)).toHaveLength(1);
  });

  it('takes no report for a task where a status column after the deadline reads as a deadline', () => {
    const row = cells(
      'Triển khai giám sát an ninh mạng các hệ thống thông tin',
      'Bộ Công an',
      'Thường xuyên',
      'Hiện nay đã kết nối 42 đơn vị để chia sẻ dữ liệu giám sát',
      'Năm 2025',
    );
    expect(cutMergedRows(row, ['content', 'lead', 'deadline', 'products', 'deadline'], kinds)).toHaveLength(1);
  });

  it('leaves a table with an agency column after its deadline alone', () => {
    const row = cells(
      'Xây dựng cơ sở dữ liệu cán bộ, công chức',
      'Quý IV/2026',
      'Cập nhật dữ liệu cán bộ, công chức hằng tháng',
      'Sở Tư pháp',
    );
    expect(cutMergedRows(row, ['content', 'deadline', 'lead'], kinds)).toHaveLength(1);
  });
});

interface GoldTask {
  ordinal: string;
  content: string;
  lead: string[];
  deadline: string | null;
}

if (!hasShared) console.log(sharedMissingNote('development plans with merged table cells'));

const key = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').trim().slice(0, 40);

describe.each([
  // Rows II.1, IV.2 and V.1 each print a second task under their merged number (V.1's deadline
  // cell runs into its product); IV.4 prints two task texts side by side, not read yet.
  ['corpus-tnt-001c610b2efdcf0c', 0.9],
  // Phụ lục I: each ministry's cell merged over its tasks, printed midway down them: the tasks
  // above it are read under the ministry before, and the three above the first are not read.
  ['plans-p8-175-NQ-CP-2023', 0.75],
] as const)('%s', (name, share) => {
  const gold = JSON.parse(readFileSync(join(repoRoot, 'gold', `${name}.tasks.json`), 'utf8')) as { source: string; tasks: GoldTask[] };
  const text = hasShared ? sourceText(gold.source) : null;

  it.skipIf(text === null)('reads the tasks printed under merged cells, under their row number', () => {
    const doc = parse(text!, { path: `${name}.txt`, restore: 'never' });
    const read = (g: GoldTask) => doc.tasks.find((t) => key(t.content) === key(g.content));
    expect(gold.tasks.filter((g) => read(g)).length).toBeGreaterThanOrEqual(Math.floor(gold.tasks.length * share));
    // The gold's tasks that share their number with the task above: printed under merged cells.
    const merged = gold.tasks.filter((g, k) => k > 0 && gold.tasks[k - 1]!.ordinal === g.ordinal);
    const underTheirRow = merged.filter((g) => read(g)?.ordinal.endsWith(g.ordinal) && read(g)?.lead[0]?.name === g.lead[0]);
    expect(underTheirRow.length).toBeGreaterThanOrEqual(Math.floor(merged.length / 2));
  });
});
