// An OCR'd ruled table whose rows the OCR read across on their first line only, the rest of the
// page cell by cell (src/segment/ocr/ruled-blocks.ts, ruled-table.ts): the header named across the
// page in one long line of header words, a row's first line holding every cell's first part, then
// the task text's, lead's and cooperating list's blocks one after another, side columns nearly as
// wide as the task text's; a page's header printed again cell by cell, the task text and the list
// the page broke going on below it. Made-up rows in the shape of simulated scans (dev-06, dev-08).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';

const names = (list: Array<{ name: string }>) => list.map((a) => a.name);
const read = (text: string) => parse(text, { path: 'scan.txt', restore: 'never' });

const ACROSS_THEN_CELLS = `PHỤ LỤC 01
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 45/KH-UBND ngày 2 tháng 6 năm 2025)

Số TT | Nội dung công việc | Cơ quan chủ trì thực hiện | Cơ quan phối hợp thực hiện
1 Tổ chức tập huấn nghiệp vụ cho | Sở Nội vụ | - các sở, ban, ngành,

công chức làm công tác văn thư,
lưu trữ tại các cơ quan, đơn vị
trên địa bàn tỉnh.

thuộc tỉnh
- Ủy ban nhân dân
cấp xã

Xây dựng quy chế phối hợp giữa
các cơ quan trong việc chia sẻ dữ
liệu hồ sơ điện tử dùng chung.

Sở Khoa học và
Công nghệ

- các sở, ban, ngành
thuộc tỉnh
- các đơn vị có liên
quan

Hướng dẫn các cơ quan, đơn vị
lập hồ sơ công việc trên phần mềm
quản lý văn bản và điều hành.

Văn phòng Ủy ban
nhân dân tỉnh

- các sở, ban, ngành
thuộc tỉnh

Rà soát, chuẩn hóa danh mục hồ
sơ lưu trữ điện tử của cơ quan,
đơn vị thuộc tỉnh theo quy định

Sở Nội vụ

- các cơ quan có liên
quan


Số TT

Nội dung công việc

Cơ quan chủ trì
thực hiện

Cơ quan phối hợp
thực hiện

hiện hành của Bộ Nội vụ.

- Ủy ban nhân dân
cấp xã

Kiểm tra việc thực hiện chế độ
báo cáo định kỳ của các cơ quan
hành chính trên địa bàn tỉnh.

Văn phòng Ủy ban
nhân dân tỉnh

- các sở, ban, ngành
thuộc tỉnh
`;

describe('an OCR’d table read across on a row’s first line and cell by cell below', () => {
  const doc = read(ACROSS_THEN_CELLS);

  it('finds every row, one a task text', () => {
    expect(doc.tasks.map((t) => t.reader)).toEqual(Array(5).fill('ocr-ruled-table'));
    expect(doc.tasks.map((t) => t.content.split(' ').slice(0, 3).join(' '))).toEqual([
      'Tổ chức tập',
      'Xây dựng quy',
      'Hướng dẫn các',
      'Rà soát, chuẩn',
      'Kiểm tra việc',
    ]);
  });

  it('cuts the row read across into its cells, and its blocks below go on the cells they continue', () => {
    expect(doc.tasks[0]!.content).toBe(
      'Tổ chức tập huấn nghiệp vụ cho công chức làm công tác văn thư, lưu trữ tại các cơ quan, đơn vị trên địa bàn tỉnh.',
    );
    expect(names(doc.tasks[0]!.lead)).toEqual(['Sở Nội vụ']);
    expect(names(doc.tasks[0]!.cooperating)).toEqual(['các sở, ban, ngành, thuộc tỉnh', 'Ủy ban nhân dân cấp xã']);
  });

  it('reads a list of agencies on short lines as the cooperating cell, not a row', () => {
    expect(names(doc.tasks[1]!.lead)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(names(doc.tasks[1]!.cooperating)).toEqual(['các sở, ban, ngành thuộc tỉnh', 'các đơn vị có liên quan']);
  });

  it('goes on over a page header read cell by cell', () => {
    expect(doc.tasks[3]!.content).toBe(
      'Rà soát, chuẩn hóa danh mục hồ sơ lưu trữ điện tử của cơ quan, đơn vị thuộc tỉnh theo quy định hiện hành của Bộ Nội vụ.',
    );
    expect(names(doc.tasks[3]!.cooperating)).toEqual(['các cơ quan có liên quan', 'Ủy ban nhân dân cấp xã']);
  });
});
