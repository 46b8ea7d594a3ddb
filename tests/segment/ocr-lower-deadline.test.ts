// A deadline cell printed in lower case ("trong tháng 12" ⏎ "năm 2025", "chậm nhất ngày 10"), as
// plans that lift the date out of the task's sentence print it: it opens a cell where a cell may
// open (a row's first line, a block of its own), its date's rest wrapped below goes on it, and the
// same words inside a task's sentence stay there (src/knowledge/deadlines/phrases.ts,
// src/segment/ocr/ruled-cells.ts, ruled-blocks.ts, ruled-table.ts); a deadline read on into the next cell stops at its date (cell-row.ts). Made-up rows.
import { describe, expect, it } from 'vitest';
import {
  isBoundingWords,
  isDateRest,
  isDeadlineCutBeforeYear,
  isLowerDeadlinePhrase,
  withoutNextCell,
} from '../../src/knowledge/deadlines/index.js';
import { deadlineSide } from '../../src/segment/ocr/deadline-column.js';
import { parse } from '../../src/pipeline.js';

const deadlines = (doc: ReturnType<typeof parse>) => doc.tasks.map((t) => t.deadline?.text ?? null);

describe('the lower-case deadline vocabulary', () => {
  it('takes a bounding word with its time, up to the number', () => {
    for (const text of [
      'trong tháng 12',
      'trong năm 2025',
      'chậm nhất ngày 10',
      'trước ngày 13 tháng',
      'trong Quý I năm',
      'trước 31/12/2025',
    ])
      expect(isLowerDeadlinePhrase(text), text).toBe(true);
    // A bounding word alone, or before no time, goes on any sentence.
    for (const text of ['trong', 'trong tháng', 'trong việc triển khai', 'từ vùng sâu', 'sau khi có ý kiến'])
      expect(isLowerDeadlinePhrase(text), text).toBe(false);
  });

  it('tells a date cut before its year, and its rest', () => {
    expect(isDeadlineCutBeforeYear('trong tháng 12')).toBe(true);
    expect(isDeadlineCutBeforeYear('trong')).toBe(true);
    expect(isDeadlineCutBeforeYear('trước ngày 13 tháng')).toBe(true);
    expect(isDeadlineCutBeforeYear('trong tháng 12 năm 2025')).toBe(false);
    expect(isDeadlineCutBeforeYear('Sở Tư pháp')).toBe(false);
    expect(isDateRest('năm')).toBe(true);
    expect(isDateRest('12 năm 2025')).toBe(true);
    expect(isDateRest('năm 2025 Bộ Xây dựng')).toBe(false);
    expect(isBoundingWords('chậm nhất')).toBe(true);
    expect(isBoundingWords('trong năm')).toBe(false);
  });

  it("leaves out the next cell's words read after a whole date", () => {
    expect(withoutNextCell('Quý IV/2026 S6 Tài chính phường, đặc khu')).toBe('Quý IV/2026');
    expect(withoutNextCell('Tháng 12/2025. SeTu pháp')).toBe('Tháng 12/2025.');
    // A second deadline, or the phrase going on in lower case, stays.
    expect(withoutNextCell('2025 - 2030 Thường xuyên')).toBe('2025 - 2030 Thường xuyên');
    expect(withoutNextCell('Giai đoạn 2026-2030 và những năm tiếp theo.')).toBe('Giai đoạn 2026-2030 và những năm tiếp theo.');
    expect(withoutNextCell('Tháng 6/2025; Quý IV/2025')).toBe('Tháng 6/2025; Quý IV/2025');
  });

  it("places a lower-case deadline against the agencies on a row's first line", () => {
    expect(deadlineSide('Bộ Tư pháp Rà soát các văn bản quy phạm pháp luật trước ngày 13')).toBe('after');
  });
});

describe('a ruled table read across with lower-case deadline cells', () => {
  const doc = parse(
    `PHỤ LỤC 02
KẾ HOẠCH TRIỂN KHAI

STT | Nội dung công việc | Cơ quan chủ trì | Thời gian hoàn thành
1 |Rà soát quy chế phối hợp trong công tác |Sở Tư pháp | trong tháng 12
kiểm tra, báo cáo Ủy ban nhân dân tỉnh | năm 2025
trong năm 2025 kết quả thực hiện.
2 |Tổng hợp kết quả chấm điểm chỉ số cải |Sở Nội vụ | chậm nhất ngày 10
cách hành chính của các sở, ngành. | tháng 11 năm 2025
3 |Tổ chức tập huấn nghiệp vụ cho công chức |Sở Tài chính | Quý IV/2025
làm công tác một cửa ở cấp xã.
`,
    { path: 'scan.txt', restore: 'never' },
  );

  it('reads each deadline whole, its rest from the line below', () => {
    expect(deadlines(doc)).toEqual(['trong tháng 12 năm 2025', 'chậm nhất ngày 10 tháng 11 năm 2025', 'Quý IV/2025']);
  });

  it('leaves the same words in a task sentence there', () => {
    expect(doc.tasks[0]!.content).toContain('trong năm 2025 kết quả thực hiện');
  });
});

describe('a ruled table read cell by cell with a lower-case deadline', () => {
  const doc = parse(
    `PHỤ LỤC 03
CÁC NHIỆM VỤ TRỌNG TÂM

TT

Nhiệm vụ

Tiến độ

Cơ quan
chủ trì

Rà soát, sửa đổi quy chế
phối hợp trong công tác
kiểm tra cải cách hành
chính, báo cáo Ủy ban
nhân dân tỉnh kết quả.

trong
tháng 12

năm

2025

Sở Tư
pháp

Tổng hợp kết quả chấm
điểm chỉ số cải cách
hành chính của các sở,
ngành và địa phương,
báo cáo Bộ Nội vụ.

trong
năm 2026

Sở Nội
vụ

Tổ chức tập huấn nghiệp
vụ cho công chức làm
công tác một cửa ở cấp
xã trên địa bàn tỉnh.

Quý IV/2025

Sở Tài
chính
`,
    { path: 'scan.txt', restore: 'never' },
  );

  it("gathers a deadline's blocks and keeps the lead its own", () => {
    expect(deadlines(doc)).toEqual(['trong tháng 12 năm 2025', 'trong năm 2026', 'Quý IV/2025']);
    expect(doc.tasks.map((t) => t.lead.map((a) => a.name).join())).toEqual(['Sở Tư pháp', 'Sở Nội vụ', 'Sở Tài chính']);
  });
});
