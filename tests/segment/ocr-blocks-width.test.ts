// A ruled table the OCR read cell by cell (src/segment/ocr/ruled-blocks.ts): the task text's
// width is that of most lines, so one long line (the header glued across a page break) does not
// make the task text's blocks look like side cells.
import { describe, expect, it } from 'vitest';
import { textLayout } from '../../src/segment/index.js';
import { blockRows, blocksOf, readsCellByCell } from '../../src/segment/ocr/ruled-blocks.js';

// Made-up cells, one block each, as tesseract -l vie prints them; a repeated header read as one line.
const BODY = `Hướng dẫn các cơ quan, đơn vị triển khai
chữ ký số trong xử lý văn bản điện tử; theo
dõi, đôn đốc và tổng hợp kết quả thực hiện.

Sở Khoa học và
Công nghệ

Quý III/2025

- các đơn vị liên
quan

Rà soát, chuẩn hóa dữ liệu hộ tịch đã số hóa
trên địa bàn, đồng bộ với cơ sở dữ liệu quốc
gia về dân cư.

Sở Tư pháp

Tháng 10/2025

- Công an tỉnh

TT Nội dung công việc Đơn vị thực hiện Thời gian hoàn thành Đơn vị phối hợp Sản phẩm dự kiến

Tổ chức tập huấn kỹ năng số cho cán bộ,
công chức cấp xã làm công tác một cửa.

Sở Nội vụ

Năm 2025

- Ủy ban nhân dân
cấp xã
`;

describe('cell-by-cell blocks with one long line', () => {
  const blocks = blocksOf(textLayout(BODY));
  const rows = blockRows(blocks, ['content', 'lead', 'deadline', 'cooperating']).filter((r) => r.cells.get('lead'));

  it('still read as cells, each task text opening a row with its lead, deadline and cooperating cells', () => {
    expect(readsCellByCell(blocks)).toBe(true);
    expect(rows.map((r) => r.cells.get('lead'))).toEqual([['Sở Khoa học và Công nghệ'], ['Sở Tư pháp'], ['Sở Nội vụ']]);
    expect(rows.map((r) => r.cells.get('deadline'))).toEqual([['Quý III/2025'], ['Tháng 10/2025'], ['Năm 2025']]);
    expect(rows[2]!.cells.get('content')).toEqual(['Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã làm công tác một cửa.']);
    expect(rows[2]!.cells.get('cooperating')).toEqual(['- Ủy ban nhân dân cấp xã']);
  });
});
