// A lead the ruled table's column cutter read short or long, made whole from the names the table
// and the gazetteer know (src/segment/ocr/lead-completion.ts). Rows are made up, printed as
// tesseract prints a narrow agency column beside the task text.
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import type { Row } from '../../src/tree/types.js';
import { completeLeads, completeRowLeads } from '../../src/segment/ocr/lead-completion.js';
import { parse } from '../../src/pipeline.js';

const one = (lead: string, text: string) => completeLeads([{ lead, text }])[0];

describe('a lead read short', () => {
  it('is completed to the gazetteer name whose missing words the row prints after it', () => {
    expect(
      one('Công an', 'Bảo đảm an ninh, trật tự tại các điểm Công an tập kết, cấp phát; điều tiết giao thông tỉnh trên tuyến vận chuyển'),
    ).toEqual({ lead: 'Công an tỉnh', how: 'completed' });
  });

  it('reads the missing words as the OCR printed them: a letter off, two words glued', () => {
    expect(one('Sở Văn', 'Triển khai lồng ghép Sở Văn nội dung về phòng ngừa hda va bạo lực trên cơ sở Thé thao')?.lead).toBe(
      'Sở Văn hóa và Thể thao',
    );
    expect(one('Sở Văn', 'Triển khai lồng ghép Sở Văn nội dung về phòng ngừa hóa và bạo lực trên cơ sở Thểthao')?.lead).toBe(
      'Sở Văn hóa và Thể thao',
    );
  });

  it('is completed to the name another row of the table prints whole', () => {
    const rows = [
      { lead: 'Các doanh nghiệp công nghệ số', text: 'Doanh nghiệp công nghệ số chủ động tham gia Các doanh nghiệp công nghệ số' },
      { lead: 'Các doanh', text: 'Phối hợp các sở, ngành xây dựng Các doanh chương trình đào tạo nghiệp công thông tin nghệ số' },
    ];
    expect(completeLeads(rows)[1]).toEqual({ lead: 'Các doanh nghiệp công nghệ số', how: 'completed' });
  });

  it('is completed past a word of another cell read into it, where half the name was read', () => {
    const rows = [
      { lead: 'Trung tâm Chuyển đổi số Thành phố', text: 'Vận hành hệ thống Trung tâm Chuyển đổi số Thành phố' },
      {
        lead: 'Trung tâm Chuyển đổi để',
        text: 'Xây dựng hạ tầng tại Sở Tài chính để Trung tâm Chuyển đổi vận hành, khai thác số Thành phố',
      },
    ];
    expect(completeLeads(rows)[1]).toEqual({ lead: 'Trung tâm Chuyển đổi số Thành phố', how: 'completed' });
    // Words after the shared ones that hold all the name's missing words are another wording of it.
    expect(one('Ủy ban nhân dân các xã, phường', 'Ban hành kế hoạch Ủy ban nhân dân các xã, phường')).toBeNull();
  });

  it('stays as read where the missing words are not printed in the row, or lie too far', () => {
    expect(one('Công an', 'Bảo đảm an ninh, trật tự tại các điểm tập kết Công an')).toBeNull();
    const far = `Công an ${'bảo đảm an ninh trật tự cho các điểm '.repeat(3)}tỉnh`;
    expect(one('Công an', far)).toBeNull();
  });

  it('never changes a lead that names a gazetteer body whole', () => {
    expect(one('Sở Tài chính', 'Thẩm định kinh phí Sở Tài chính và Đầu tư')).toBeNull();
  });
});

describe('a lead read long', () => {
  it("is trimmed to the name another row prints, less the next cell's word", () => {
    const rows = [
      { lead: 'Chi cục Hải quan khu vực V', text: 'Chủ trì triển khai các nhiệm vụ Chi cục Hải quan khu vực V' },
      { lead: 'Chi cục Hải quan khu vực V liệu', text: 'Chủ động kết nối, chia sẻ dữ Chi cục Hải quan khu vực V liệu' },
    ];
    expect(completeLeads(rows)).toEqual([null, { lead: 'Chi cục Hải quan khu vực V', how: 'trimmed' }]);
  });

  it('keeps a gazetteer name followed by a word of some name: it may be a longer name', () => {
    expect(one('Sở Tư pháp tỉnh', 'Rà soát văn bản Sở Tư pháp tỉnh')).toBeNull();
  });

  it('gives a name printed twice (two rows read as one) once', () => {
    expect(one('Ủy ban nhân dân cấp xã Ủy ban nhân dân cấp xã báo cáo', '')?.lead).toBe('Ủy ban nhân dân cấp xã');
    expect(one('Ủy ban nhân dân xã, phường 2 Ủy ban nhân dân xã, phường', '')?.lead).toBe('Ủy ban nhân dân xã, phường');
  });
});

describe('in an OCR’d ruled table', () => {
  // Made-up rows: the lead column is narrow, its names wrap; the deadline column wraps too.
  const TABLE = `PHỤ LỤC I
PHÂN CÔNG NHIỆM VỤ

STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời hạn hoàn thành
1 Bảo đảm an ninh, trật tự tại các điểm tập kết, |Công an |- Sở Xây dựng |Thường xuyên, theo
cấp phát; điều tiết giao thông trên tuyến tỉnh yêu cầu nhiệm vụ.
vận chuyển hàng cứu trợ.
2 Chỉ đạo các doanh nghiệp viễn thông bảo |Sở Y tế |- Sở Tài chính |Quý IV/2026
đảm thông tin liên lạc ổn định, ưu tiên cho
cơ quan chỉ huy.
3 Hướng dẫn người dân sử dụng nước sạch, |Sở Y tế |- Công an tỉnh |Tháng 12/2025
hóa chất khử khuẩn sau ngập lụt.
`;

  it("reads a lead of two words that names no body as cut by its column's edge, and a deadline that fills its line, whole", () => {
    const doc = parse(TABLE, { path: 'scan.txt', restore: 'never' });
    expect(doc.tasks.map((t) => t.lead.map((a) => a.name))).toEqual([['Công an tỉnh'], ['Sở Y tế'], ['Sở Y tế']]);
    expect(doc.tasks[0]!.deadline?.text).toBe('Thường xuyên, theo yêu cầu nhiệm vụ');
    expect(doc.tasks.map((t) => t.deadline?.text).slice(1)).toEqual(['Quý IV/2026', 'Tháng 12/2025']);
  });
});

describe('a lead read with words lost inside the name', () => {
  it('has them filled in where the row prints them after the words before the gap', () => {
    expect(one('Ủy ban nhân dân xã, đặc khu', 'Thành lập Ban Chỉ đạo Ủy ban nhân dân kiểm kê tài sản các phường, xã, đặc khu')).toEqual({
      lead: 'Ủy ban nhân dân các phường, xã, đặc khu',
      how: 'completed',
    });
    // Not printed in the row: left as read.
    expect(one('Ủy ban nhân dân xã, đặc khu', 'Thành lập Ban Chỉ đạo Ủy ban nhân dân kiểm kê tài sản xã, đặc khu')).toBeNull();
  });

  it("keeps the names' words the lead reads past the name the table prints", () => {
    const rows = [
      { lead: 'Ban Chỉ huy Phòng thủ dân sự', text: 'Triển khai các đề án Ban Chỉ huy Phòng thủ dân sự' },
      {
        lead: 'Ban Chỉ huy Phòng sự cấp tỉnh, cấp xã',
        text: 'Rà soát các công trình phòng Ban Chỉ huy Phòng Cơ quan có liên thủ dân sự chuyên dùng sự cấp tỉnh, cấp xã',
      },
    ];
    expect(completeLeads(rows)[1]).toEqual({ lead: 'Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã', how: 'completed' });
  });

  it('takes the name from a cooperating cell of another row', () => {
    const rows = [
      { lead: 'Vụ Môi trường', text: 'Đề án bảo tồn', cooperating: ['Cục Kiểm soát ô nhiễm môi trường'] },
      { lead: 'Cục soát ô nhiễm môi trường', text: 'Cục Kiểm Quyết định về Quy chế ứng phó sự cố soát ô nhiễm môi trường chất thải' },
    ];
    expect(completeLeads(rows)[1]).toEqual({ lead: 'Cục Kiểm soát ô nhiễm môi trường', how: 'completed' });
  });
});

describe("the table's own names", () => {
  it('leave out a name the gazetteer knows longer, read with its last word another cell’s', () => {
    // "Sở Khoa học và Công số" is no name of the table: two names would fit the first row, and it would stay as read.
    const rows = [
      {
        lead: 'Sở Khoa học và Công: cho',
        text: 'Xây dựng chương trình Sở Khoa học và Công: | Sở, ban, ngành có 2026 đổi mới công nghệ cao cho nghệ liên quan',
      },
      { lead: 'Sở Khoa học và Công số', text: 'Phát triển hạ tầng số Sở Khoa học và Công số' },
    ];
    expect(completeLeads(rows)[0]).toEqual({ lead: 'Sở Khoa học và Công nghệ', how: 'completed' });
  });

  it('trim a name followed by a name’s word only where two other rows read it so', () => {
    const once = [
      { lead: 'Ban Chỉ huy Phòng thủ dân sự', text: 'Xây dựng công trình Ban Chỉ huy Phòng thủ dân sự' },
      { lead: 'Ban Chỉ huy Phòng thủ dân sự tỉnh', text: 'Triển khai đề án Ban Chỉ huy Phòng thủ dân sự tỉnh' },
    ];
    expect(completeLeads(once)[1]).toBeNull();
    const twice = [
      { lead: 'Các doanh nghiệp công nghệ số', text: 'Chủ động tham gia Các doanh nghiệp công nghệ số' },
      { lead: 'Các doanh nghiệp công nghệ số', text: 'Đồng hành Các doanh nghiệp công nghệ số' },
      { lead: 'Các doanh nghiệp công nghệ số dân', text: 'Hỗ trợ người dân Các doanh nghiệp công nghệ số dân' },
    ];
    expect(completeLeads(twice)[2]).toEqual({ lead: 'Các doanh nghiệp công nghệ số', how: 'trimmed' });
  });
});

describe('a lead that opens with no body’s name', () => {
  // Two made-up rows as a ruled table's reader leaves them: the second lead is the task text's words.
  const line = (n: number, text: string) => ({ line: n, text, tabLed: false, emphasis: false });
  const lines = [
    line(1, '1 Tổng hợp kết quả kiểm kê Sở Tài chính Quý IV/2025'),
    line(2, '2 Chủ trì tiếp tục quan tâm đầu tư trận Tổ quốc Việt Nam tỉnh Năm 2025'),
  ];
  const row = (n: number, lead: string): Row => ({
    type: 'row',
    ordinal: String(n),
    confidence: 0.8,
    children: [
      { type: 'cell', role: 'content', items: ['Tổng hợp'], text: 'Tổng hợp' },
      { type: 'cell', role: 'lead', items: [lead], text: lead },
    ],
    position: { start: { line: n, column: 1 }, end: { line: n, column: 1 } },
  });

  it('is kept as read, its row less sure, with a note', () => {
    const file = new VFile({ value: lines.map((l) => l.text).join('\n') });
    const rows = completeRowLeads('01', [row(1, 'Sở Tài chính'), row(2, 'trận Tổ quốc Việt Nam tỉnh')], lines, file);
    expect(rows.map((r) => r.children[1]!.items)).toEqual([['Sở Tài chính'], ['trận Tổ quốc Việt Nam tỉnh']]);
    expect(rows.map((r) => r.confidence)).toEqual([0.8, 0.64]);
    expect(file.messages.map((m) => m.ruleId)).toEqual(['ocr-lead-uncertain']);
    expect(file.messages[0]!.message).toContain('row 2');
  });
});
