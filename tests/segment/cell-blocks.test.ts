// A task table printed one cell a block, its number column lost (readers/cell-blocks.ts): the
// shape tesseract's Vietnamese model gives a ruled table (diacritics right, no stray marks, so
// the text reads as clean) and pdftotext gives without -layout. Invented tables in that shape:
// header cells a short block each, then each row's cells in the header's order, empty cells
// left out, a page's header printed again.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { provincialHeading, deputySignature } from '../helpers/invented-plan.js';

const PLAN = `${provincialHeading({ place: 'Hà Tĩnh', number: '88/KH-UBND', dated: 'ngày 3 tháng 4 năm 2025' })}
KẾ HOẠCH
CHUYỂN ĐỔI SỐ TRONG QUẢN LÝ HẠ TẦNG

I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm các nhiệm vụ được triển khai đồng bộ.

${deputySignature('Lê Văn Bình')}
`;

const HEADER = `Nội dung thực hiện

Đơn vị chủ trì

Thời hạn hoàn
thành

Đơn vị phối hợp
`;

const APPENDIX = `PHỤ LỤC II
CÁC NHIỆM VỤ TRỌNG TÂM
(Kèm theo Kế hoạch số 88/KH-UBND ngày 3 tháng 4 năm 2025)

${HEADER}
Rà soát, cập nhật dữ liệu hạ tầng giao
thông trên địa bàn vào hệ thống dùng
chung của tỉnh.

Sở Xây dựng

Quý III/2025

Sở Tài chính;
Ủy ban nhân dân
cấp xã

Xây dựng quy chế khai thác, chia sẻ dữ
liệu quy hoạch giữa các cơ quan, đơn vị
có liên quan.

Sở Khoa học và
Công nghệ

Năm 2026

Theo chức năng, nhiệm vụ của
mình, hướng dẫn người dân, doanh nghiệp
tra cứu thông tin quy hoạch trên cổng
thông tin điện tử của tỉnh.

Ủy ban nhân dân
cấp xã


${HEADER}
Tổ chức kiểm tra, đánh giá kết quả thực
hiện Kế hoạch, báo cáo Ủy ban nhân dân
tỉnh.

Sở Xây dựng và
các đơn vị liên

${HEADER}
quan

Hằng năm
`;

const read = (text: string) => parse(text, { path: 'plan.txt' });
const names = (agencies: Array<{ name: string }>) => agencies.map((a) => a.name);

describe('a task table printed one cell a block, without row numbers', () => {
  const doc = read(`${PLAN}\n${APPENDIX}`);

  it('reads a row at each task text, the header repeated on a page left out', () => {
    expect(doc.tasks.map((t) => t.reader)).toEqual(['cell-blocks', 'cell-blocks', 'cell-blocks', 'cell-blocks']);
    expect(doc.tasks.map((t) => t.ordinal)).toEqual(['1', '2', '3', '4']);
    expect(doc.tasks[0]!.content).toBe('Rà soát, cập nhật dữ liệu hạ tầng giao thông trên địa bàn vào hệ thống dùng chung của tỉnh.');
    expect(doc.tasks.every((t) => !/Đơn vị chủ trì|Nội dung thực hiện/u.test(t.content))).toBe(true);
  });

  it('takes a task text naming a column in its first words for no header printed again', () => {
    expect(doc.tasks[2]!.content).toMatch(/^Theo chức năng, nhiệm vụ của mình, hướng dẫn/u);
  });

  it("gives each cell the header's column, in order, an empty cell left out", () => {
    expect(doc.tasks.map((t) => names(t.lead))).toEqual([
      ['Sở Xây dựng'],
      ['Sở Khoa học và Công nghệ'],
      ['Ủy ban nhân dân cấp xã'],
      expect.arrayContaining([expect.stringMatching(/^Sở Xây dựng/u)]),
    ]);
    expect(doc.tasks[0]!.deadline?.text).toBe('Quý III/2025');
    expect(names(doc.tasks[0]!.cooperating)).toEqual(['Sở Tài chính', 'Ủy ban nhân dân cấp xã']);
    expect(doc.tasks[1]!.deadline?.text).toBe('Năm 2026');
    expect(doc.tasks[2]!.deadline).toBeNull();
  });

  it('goes on with a cell the page broke, below the repeated header', () => {
    const last = doc.tasks[3]!;
    expect(last.lead.map((a) => a.name).join(' ')).toMatch(/các đơn vị liên quan$/u);
    expect(last.deadline?.text).toBe('Hằng năm');
  });
});

describe('the same table with its row numbers', () => {
  it('opens the rows at the numbers', () => {
    const numbered = APPENDIX.replace('Rà soát, cập', '1\n\nRà soát, cập')
      .replace('Xây dựng quy chế', '2\n\nXây dựng quy chế')
      .replace('Theo chức năng', '3\n\nTheo chức năng')
      .replace('Tổ chức kiểm tra', '4\n\nTổ chức kiểm tra');
    const doc = read(`${PLAN}\n${numbered}`);
    expect(doc.tasks.map((t) => [t.reader, t.ordinal])).toEqual([
      ['cell-blocks', '1'],
      ['cell-blocks', '2'],
      ['cell-blocks', '3'],
      ['cell-blocks', '4'],
    ]);
    expect(names(doc.tasks[1]!.lead)).toEqual(['Sở Khoa học và Công nghệ']);
  });
});

describe('what it leaves to the other readers', () => {
  it('leaves a table flattened one cell a line, with no blank lines, to the flat table reader', () => {
    const flat = `PHỤ LỤC
TT
Nội dung thực hiện
Đơn vị chủ trì
Thời hạn hoàn thành
1
Rà soát, cập nhật dữ liệu hạ tầng giao thông trên địa bàn.
Sở Xây dựng
Quý III/2025
2
Xây dựng quy chế khai thác, chia sẻ dữ liệu quy hoạch.
Sở Khoa học và Công nghệ
Năm 2026
`;
    expect(read(`${PLAN}\n${flat}`).tasks.map((t) => t.reader)).toEqual(['flat-table', 'flat-table']);
  });

  it('leaves a document showing the OCR’s stray marks to the OCR readers', () => {
    const marked = APPENDIX.replace('Sở Xây dựng\n\nQuý III', 'Sở Xây dựng ~\n\nQuý III')
      .replace('Năm 2026', 'Năm 2026 ‘')
      .replace('Hằng năm', 'Hằng ¢ năm');
    const readers = new Set(read(`${PLAN}\n${marked}`).tasks.map((t) => t.reader));
    expect([...readers]).toEqual([expect.stringMatching(/^ocr-/u)]);
  });

  it('reads no prose appendix as a table', () => {
    const prose = `PHỤ LỤC I
NỘI DUNG THỰC HIỆN

Nội dung thực hiện gồm các bước sau.

Đơn vị chủ trì tổng hợp kết quả.

Thời hạn hoàn thành trước tháng 12.
`;
    expect(read(`${PLAN}\n${prose}`).tasks.filter((t) => t.reader === 'cell-blocks')).toEqual([]);
  });
});

describe('a lead name the OCR broke over two blocks', () => {
  const HEADER_COOP = `Nội dung thực hiện

Đơn vị chủ trì

Đơn vị phối hợp
`;
  const WRAPPED = `PHỤ LỤC III
CÁC NHIỆM VỤ VẬN ĐỘNG
(Kèm theo Kế hoạch số 88/KH-UBND ngày 3 tháng 4 năm 2025)

${HEADER_COOP}
Tổ chức vận động, tiếp nhận và phân bổ nguồn hỗ trợ
cho các hộ gia đình bị thiệt hại do thiên tai theo
quy định.

Ủy ban Mặt trận Tổ

quốc Việt Nam tỉnh,
các tổ chức chính trị
- xã hội

Công khai kết quả tiếp nhận, phân bổ nguồn hỗ trợ
trên cổng thông tin điện tử của tỉnh và các phương
tiện thông tin đại chúng.

Sở Tài chính

Các cơ quan liên quan
`;

  it("joins the lead's second block to it, not to the cooperating cell, and the row is less sure", () => {
    const doc = read(`${PLAN}\n${WRAPPED}`);
    expect(doc.tasks.map((t) => t.reader)).toEqual(['cell-blocks', 'cell-blocks']);
    expect(names(doc.tasks[0]!.lead)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức chính trị - xã hội']);
    expect(doc.tasks[0]!.cooperating).toEqual([]);
    expect(doc.tasks[0]!.confidence).toBeLessThan(doc.tasks[1]!.confidence);
    expect(names(doc.tasks[1]!.lead)).toEqual(['Sở Tài chính']);
    expect(names(doc.tasks[1]!.cooperating)).toEqual(['Các cơ quan liên quan']);
  });
});
