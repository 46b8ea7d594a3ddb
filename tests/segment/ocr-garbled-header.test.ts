// OCR'd ruled tables whose header the OCR garbled (src/segment/ocr/ruled-header.ts,
// src/segment/ocr/ruled-cells.ts): a first print naming too few columns stands for the page's
// print of it further down, "chủ trì" read "chi trì" still names the lead, a rule glued between a
// word and a list dash opens the dashed item, and an agency's name left open on "và" goes on with
// its name's next word, not with the task text's. Made-up tables.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { findHeader } from '../../src/segment/ocr/ruled-header.js';
import { lineTokens } from '../../src/segment/ocr/ruled-cells.js';

const names = (list: Array<{ name: string }>) => list.map((a) => a.name);

describe("a header's first print the OCR garbled", () => {
  const body = [
    '1 |Rà soát quy chế phối hợp trong công tác |Quý II/2025 |Sở Nội vụ |Sở Tư pháp',
    'kiểm tra cải cách hành chính.',
    '2 |Tổ chức tập huấn nghiệp vụ cho công chức |Năm 2025 |Sở Tư pháp |Sở Nội vụ',
    '',
  ];
  const first = ['PHỤ LỤC 1', '', 'Cơ quan', ', phối', 'STT Nhiệm vụ ab il | Tiền a6 hợp', 'thực', 'hiện'];

  it("takes the columns from the page's print of it further down, the body from below the first", () => {
    const reprint = ['Đơn vị cơ phối', 'STT Nhiệm vụ chủ trì Tiến độ hợp', 'thực', ''];
    const header = findHeader([...first, ...body, ...reprint, '3 |Báo cáo kết quả thực hiện |Quý IV/2025 |Sở Nội vụ |Sở Tư pháp']);
    // The cooperating column, named on no line of its own, stands beside the lead (as withUnread puts it).
    expect(header?.columns.slice(0, 5)).toEqual(['stt', 'content', 'lead', 'cooperating', 'deadline']);
    expect(header?.end).toBe(first.length);
  });

  it('finds no header where no print further down names three columns', () => {
    // Without its "hợp" (which alone names the cooperating column where it ends a line) the first print names two.
    const garbled = first.map((line) => line.replace(/ hợp$/, ''));
    expect(findHeader([...garbled, ...body])).toBeNull();
  });
});

describe('header and cell words as tesseract eng reads them', () => {
  it('names the lead column in "chi trì"', () => {
    const header = findHeader([
      'PHỤ LỤC 2',
      '',
      'TT Cơ quan chi trì Nhiệm vụ Thời gian Cơ quan phối hợp',
      '1 Sở Nội vụ |Rà soát quy chế Quý II/2025 |Sở Tư pháp',
    ]);
    expect(header?.columns.slice(0, 5)).toEqual(['stt', 'lead', 'content', 'deadline', 'cooperating']);
  });

  it('reads a rule glued between a word and a list dash as a rule opening the dashed item', () => {
    const words = lineTokens('Sở Khoa học và|- Sở Tư pháp').words;
    expect(words.map((w) => w.text)).toEqual(['Sở', 'Khoa', 'học', 'và', '- Sở', 'Tư', 'pháp']);
    expect(words.filter((w) => w.barBefore).map((w) => w.text)).toEqual(['- Sở']);
  });
});

describe("an agency's name left open on a joining word", () => {
  // The row's second page read cell by cell: the lead's last words ("Công nghệ") stand below the task text's lines.
  const doc = parse(
    `PHỤ LỤC 01
CÁC NHIỆM VỤ TRỌNG TÂM

STT Nội dung thực hiện Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành
1 Xây dựng quy chế phối hợp trong công tác |Sở Nội vụ |- Sở Tư pháp Quý II/2025
kiểm tra cải cách hành chính trên địa bàn |- Các sở, ban,
tỉnh và báo cáo kết quả thực hiện. ngành
2 |Tăng cường ứng dụng công nghệ số và Sở Khoa học và |- Sở Tư pháp Thường xuyên.

mở rộng dịch vụ công trực tuyến (DVC) cho người

dân trên địa bàn tỉnh.

Công nghệ
3 Tổ chức tập huấn nghiệp vụ cho công chức |Sở Nội vụ |- Sở Tư pháp Năm 2025
làm công tác một cửa ở cấp xã.
`,
    { path: 'scan.txt', restore: 'never' },
  );

  it("keeps the task text's words in the task text and the name whole", () => {
    expect(doc.tasks[1]!.reader).toBe('ocr-ruled-table');
    expect(doc.tasks[1]!.content).toBe(
      'Tăng cường ứng dụng công nghệ số và mở rộng dịch vụ công trực tuyến (DVC) cho người dân trên địa bàn tỉnh.',
    );
    expect(names(doc.tasks[1]!.lead)).toEqual(['Sở Khoa học và Công nghệ']);
  });
});

describe('a task text whose line broke inside a word the table prints', () => {
  // "đội ngũ" stands on one line in rows 1 and 2: the products cell ("Báo cáo" ⏎ "thực hiện") does not take "cho đội" from row 3's text.
  const doc = parse(
    `PHỤ LỤC 02
PHÂN CÔNG NHIỆM VỤ

STT Nhiệm vụ, giải pháp Sản phẩm Đơn vị chủ trì Thời gian thực hiện
1 |Nâng cao chất lượng đội ngũ công chức | Báo cáo Sở Nội vụ Năm 2025
làm công tác cải cách hành chính ở các thực hiện
sở, ngành và địa phương trên địa bàn.
2 |Tổ chức bồi dưỡng kỹ năng số thường | Báo cáo Sở Nội vụ Năm 2026
xuyên và chuyên biệt cho đội ngũ cán bộ thực hiện
cấp xã, phường.
3 |Xây dựng chương trình đào tạo kỹ năng | Báo cáo Sở Tư pháp Năm 2025
số cho công chức, viên chức và hỗ trợ thực hiện
chuyên biệt và thường xuyên cho đội
ngũ cán bộ cấp xã, phường.
`,
    { path: 'scan.txt', restore: 'never' },
  );

  it('keeps the pair in the task text', () => {
    expect(doc.tasks[2]!.content).toBe(
      'Xây dựng chương trình đào tạo kỹ năng số cho công chức, viên chức và hỗ trợ chuyên biệt và thường xuyên cho đội ngũ cán bộ cấp xã, phường.',
    );
    expect(doc.tasks[2]!.products).toEqual(['Báo cáo thực hiện']);
  });
});
