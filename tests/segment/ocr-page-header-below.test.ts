// A table whose header the OCR read cell by cell and whose body it read across, its row numbers
// lost, with the header printed again across the top of the next page where restoration made one
// header word another ("thực" → "thì"): written for this test. What is left of the header once page
// furniture is dropped is no header, and the page's header below is not the table's; the row
// below the page's header opens though the page above lost its last words.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';

const TEXT = [
  'PHỤ LỤC II',
  'DANH MỤC NHIỆM VỤ',
  '(Kèm theo Kế hoạch số 45/KH-UBND ngày 02 tháng 4 năm 2025)',
  '',
  'Nhiệm vụ',
  '',
  'Kết quả, sản',
  '',
  'Cơ quan chủ trì thực',
  '',
  'Cơ quan phối hợp',
  '',
  'Thời gian hoàn',
  '',
  'phẩm hiện thực hiện thành',
  'Rà soát, cập nhật danh mục thủ tục hành chính Sở Tư pháp | - Các sở, ngành 2025',
  'thuộc thẩm quyền giải quyết của tỉnh, công bố - Văn phòng UBND',
  'trên Cổng dịch vụ công của tỉnh. tỉnh',
  'Nâng cấp hệ thống thông tin giải quyết thủ tục Sở Khoa học và Công | Các sở, ngành Quý II/2025',
  'hành chính, kết nối với Cổng dịch vụ công quốc nghệ',
  'gia và các cơ sở dữ liệu chuyên ngành.',
  'Tổ chức đối thoại với doanh nghiệp về thủ tục Sở Công Thương | Các hội, hiệp hội Tháng 9/2025',
  'hành chính trong lĩnh vực công thương, xuất nhập doanh nghiệp',
  'khẩu và thương mại điện tử của tỉnh, năm',
  '',
  '',
  'Nhiam v Kết quả, sản | Cơ quan chủ trì thì | Cơ quan phối hợp | Thời gian hoàn',
  'aol phẩm hiện thực hiện thành',
  'Hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận vốn vay Sở Tài chính - Ngân hàng Nhà 2025 - 2030',
  '',
  'ưu đãi theo quy định của tỉnh và trung ương. nước chi nhánh tỉnh',
].join('\n');

describe('a page header printed again, below a header read cell by cell', () => {
  const doc = parse(Buffer.from(TEXT), { path: 'page-header-below.txt', restore: 'never' });

  it('reads every row, the rows above the page header among them', () => {
    expect(doc.tasks.map((t) => [t.ordinal, t.reader])).toEqual([
      ['1', 'ocr-interleaved'],
      ['2', 'ocr-interleaved'],
      ['3', 'ocr-interleaved'],
      ['4', 'ocr-interleaved'],
    ]);
    expect(doc.tasks[0]!.content).toMatch(/^Rà soát, cập nhật danh mục/u);
  });

  it('opens a row below the page header though the sentence above it was cut off', () => {
    expect(doc.tasks[2]!.content).not.toMatch(/Hỗ trợ/u);
    expect(doc.tasks[3]!.content).toMatch(/^Hỗ trợ doanh nghiệp nhỏ và vừa/u);
    expect(doc.tasks.map((t) => t.content).join(' ')).not.toMatch(/Nhiam|chủ trì thì/u);
  });
});
