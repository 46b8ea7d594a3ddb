// Routing by evidence (issue 15 item 4): an OCR reader reads a table only where the text shows
// it is OCR output: stray marks (src/segment/ocr/evidence.ts), restoration of the whole text, or
// the corrections of a Vietnamese-aware OCR's misreadings (src/restore/ocr-evidence.ts). Typed
// text never reaches them, whatever marks it types.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { textLayout } from '../../src/segment/index.js';
import { looksOcrd } from '../../src/segment/ocr/evidence.js';

const lines = (text: string) => textLayout(text);

describe('stray marks', () => {
  it("are not the bars of a saved web page's link lists nor the underscores of code names", () => {
    const page = Array.from({ length: 6 }, (_, i) => `[sửa | sửa mã nguồn]Quốc hội khóa ${i + 1} được bầu theo Hiến pháp năm 1946.`).join(
      '\n',
    );
    expect(looksOcrd(lines(page))).toBe(false);
    expect(
      looksOcrd(lines('Theo dõi chỉ số VN_AQI tại các trạm quan trắc.\nKhi chỉ số VN_AQI vượt ngưỡng, thông báo cho người dân.')),
    ).toBe(false);
  });

  it('are still the rules an OCR reads as bars and underscores', () => {
    const scan =
      'Sở Nội vụ |- Sở Tư pháp Quý II/2025\nkiểm tra cải cách hành chính |_ các sở, ban,\n3_ |Tổ chức tập huấn nghiệp vụ | Năm 2025';
    expect(looksOcrd(lines(scan))).toBe(true);
  });
});

// A made-up ruled table as tesseract -l vie prints it: no bar read, diacritics kept, a few words misread,
// and one month glued to its number (`Tháng12`), a sign of OCR (restore/ocr-signs.ts) that lets auto correct it.
const OCR_TABLE = `PHỤ LỤC 02
CÁC NHIỆM VỤ TRỌNG TÂM
(Kèm theo Kế hoạch số 45/KH-UBND ngày 20 tháng 4 năm 2025)

STT Nội dung thực hiện Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành
1 Tổ chức tuyên truyền chính sách hô trợ doanh Sở Tài chính Các sở, ban, Quý II/2025
nghiệp nhỏ và vừa trên địa bàn tỉnh. ngành
2 Phối hợp Ủy ban Mặt trận Tố quốc tỉnh vận Sở Nội vụ Các cơ quan liên Năm 2025
động các tố chức tham gia phong trào thi đua. quan
3 Đề nghị tặng Băng khen của Chủ tịch Ủy ban Sở Nội vụ Các sở, ban, Tháng12/2025
nhân dân tỉnh cho tập thể tiêu biểu. ngành
4 Kiếm tra việc thực hiện thủ tục hành chính Sở Tư pháp Ủy ban nhân dân Quý IV/2025
thuộc thấm quyền của cấp xã. cấp xã
`;
const TYPED_TABLE = OCR_TABLE.replace('hô trợ', 'hỗ trợ')
  .replace('Tố quốc', 'Tổ quốc')
  .replace('tố chức', 'tổ chức')
  .replace('Băng khen', 'Bằng khen')
  .replace('Kiếm tra', 'Kiểm tra')
  .replace('thấm quyền', 'thẩm quyền')
  .replace('Tháng12', 'Tháng 12');

describe('a diacritised OCR print without marks', () => {
  it('goes to the OCR table reader on the corrections it needed', () => {
    const doc = parse(OCR_TABLE, { path: 'scan.txt' });
    expect(doc.restoration.scope).toBe('words');
    expect(doc.tasks.map((t) => t.ordinal)).toEqual(['1', '2', '3', '4']);
    expect(new Set(doc.tasks.map((t) => t.reader))).toEqual(new Set(['ocr-ruled-table']));
    const second = doc.tasks[1]!;
    expect(second.content).toBe('Phối hợp Ủy ban Mặt trận Tổ quốc tỉnh vận động các tổ chức tham gia phong trào thi đua.');
    expect(second.lead.map((a) => a.name)).toEqual(['Sở Nội vụ']);
    expect(second.deadline?.text).toBe('Năm 2025');
  });

  it('is not corrected, nor read as OCR, when it shows no sign of OCR at all', () => {
    const doc = parse(OCR_TABLE.replace('Tháng12', 'Tháng 12'), { path: 'scan.txt' });
    expect(doc.restoration.skipped).toBe('no-ocr-evidence');
    expect(doc.tasks.filter((t) => t.reader.startsWith('ocr-'))).toEqual([]);
  });

  it('while the same table typed never reaches an OCR reader', () => {
    const doc = parse(TYPED_TABLE, { path: 'typed.txt' });
    expect(doc.restoration.changes).toHaveLength(0);
    expect(doc.tasks.filter((t) => t.reader.startsWith('ocr-'))).toEqual([]);
  });
});
