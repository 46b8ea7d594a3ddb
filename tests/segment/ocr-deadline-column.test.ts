// Where a ruled table prints its deadline column, learnt from the rows' first lines when the
// header's wrapped words put it wrong (src/segment/ocr/deadline-column.ts); a rule glued to an
// underline ("—|") stands apart (src/segment/ocr/ruled-cells.ts); a task text opens with a task's
// verb or a document's kind, not with the next word of an agency's name. Made-up rows.
import { describe, expect, it } from 'vitest';
import { deadlinePlacedByBody, deadlineSide } from '../../src/segment/ocr/deadline-column.js';
import { lineTokens } from '../../src/segment/ocr/ruled-cells.js';
import { opensWithAgency } from '../../src/segment/ocr/lead-first.js';
import { respellAgencyWords } from '../../src/segment/ocr/agency-spelling.js';
import { parse } from '../../src/pipeline.js';

const names = (list: Array<{ name: string }>) => list.map((a) => a.name);

describe('the deadline column placed by the rows', () => {
  it("tells on which side of the agencies' names a row's first line prints its deadline", () => {
    expect(deadlineSide('Tổ chức kiểm tra công tác |Sở Nội vụ |- Sở Tư pháp | Tháng 9/2025')).toBe('after');
    expect(deadlineSide('Tổ chức kiểm tra công tác Quý II/2025 |Sở Nội vụ |- Sở Tư pháp')).toBe('before');
    // No deadline, or no agency, on the line: it tells nothing.
    expect(deadlineSide('Tổ chức kiểm tra công tác cải cách |Sở Nội vụ')).toBeNull();
    expect(deadlineSide('các sở, ngành thực hiện trong năm')).toBeNull();
  });

  const body = [
    '1 |Rà soát quy chế phối hợp |Sở Tư pháp |- Sở Nội vụ | Tháng 6/2025',
    'trong công tác kiểm tra. |- Các sở,',
    '2 |Tổng hợp kết quả chấm điểm |Sở Nội vụ |Các cơ quan liên Năm 2025',
    'chỉ số cải cách hành chính. quan',
    '3 |Tập huấn nghiệp vụ một cửa |Sở Tài chính |- Sở Nội vụ Quý IV/2025',
  ];

  it('moves the deadline after the agency columns where the rows print it there', () => {
    expect(deadlinePlacedByBody(['stt', 'content', 'deadline', 'lead', 'cooperating', 'products'], body)).toEqual([
      'stt',
      'content',
      'lead',
      'cooperating',
      'deadline',
      'products',
    ]);
  });

  it('keeps an order the rows agree with, and one they say nothing of', () => {
    const right = ['stt', 'content', 'lead', 'cooperating', 'deadline', 'products'] as const;
    expect(deadlinePlacedByBody([...right], body)).toEqual(right);
    const wrong = ['stt', 'content', 'deadline', 'lead', 'cooperating'] as const;
    expect(deadlinePlacedByBody([...wrong], ['1 |Rà soát quy chế |Sở Tư pháp', '2 |Tổng hợp kết quả |Sở Nội vụ'])).toEqual(wrong);
  });

  it('keeps a deadline printed between the lead and the cooperating columns where the rows name one body before it', () => {
    const between = ['stt', 'content', 'lead', 'deadline', 'cooperating'] as const;
    const rows = [
      '1 |Rà soát quy chế phối hợp |Sở Tư pháp | Tháng 6/2025 |- Sở Nội vụ',
      '2 |Tổng hợp kết quả chấm điểm |Sở Nội vụ Năm 2025',
      '3 |Tập huấn nghiệp vụ một cửa |Sở Tài chính | Quý IV/2025',
    ];
    expect(deadlinePlacedByBody([...between], rows)).toEqual(between);
    // Rows naming both bodies before their deadline move it after them.
    expect(deadlinePlacedByBody([...between], body)).toEqual(['stt', 'content', 'lead', 'cooperating', 'deadline']);
  });

  it('moves it before them where the rows print it first', () => {
    const before = body.map((l) =>
      l.replace(/\s*\|?\s*(Tháng 6\/2025|Năm 2025|Quý IV\/2025)$/u, '').replace(/^(\d \|[^|]+)\|/u, '$1| Năm 2026 |'),
    );
    expect(deadlinePlacedByBody(['stt', 'content', 'lead', 'cooperating', 'deadline'], before)).toEqual([
      'stt',
      'content',
      'deadline',
      'lead',
      'cooperating',
    ]);
  });
});

describe('a ruled table whose header misplaces the deadline', () => {
  // The header's cells wrap: "Thời gian" is read on the top line, left of where it stands.
  const doc = parse(
    `PHỤ LỤC 03
KẾ HOẠCH TRIỂN KHAI

Thời gian Cơ quan
STT Nội dung công việc hoàn thành Cơ quan chủ trì phối hợp
1 |Rà soát quy chế phối hợp trong công tác |Sở Tư pháp |- Sở Nội vụ | Tháng 6/2025
kiểm tra cải cách hành chính. |- Các sở,
ngành
2 |Tổng hợp kết quả chấm điểm chỉ số cải |Sở Nội vụ |- Sở Tư pháp | Năm 2025
cách hành chính của các sở, ngành.
3 |Tổ chức tập huấn nghiệp vụ cho công chức |Sở Tài chính |- Sở Nội vụ Quý IV/2025
làm công tác một cửa ở cấp xã.
`,
    { path: 'scan.txt', restore: 'never' },
  );

  it('reads each lead and deadline in its own column', () => {
    expect(doc.tasks.map((t) => names(t.lead))).toEqual([['Sở Tư pháp'], ['Sở Nội vụ'], ['Sở Tài chính']]);
    expect(doc.tasks.map((t) => t.deadline?.text)).toEqual(['Tháng 6/2025', 'Năm 2025', 'Quý IV/2025']);
  });
});

describe('rules and openings the cut reads', () => {
  it('reads a rule glued to an underline or a dash as a rule', () => {
    const words = lineTokens('và Dữ liệu —|bản đất đai; Sông_|nhiễm').words;
    expect(words.map((w) => w.text)).toEqual(['và', 'Dữ', 'liệu', 'bản', 'đất', 'đai;', 'Sông', 'nhiễm']);
    expect(words.filter((w) => w.barBefore).map((w) => w.text)).toEqual(['bản', 'nhiễm']);
  });

  it("keeps an agency's name whole before a task text that opens with a document's kind", () => {
    const doc = parse(
      `PHỤ LỤC 04
DANH MỤC NHIỆM VỤ

Đơn vị thực hiện Nội dung công việc Thời hạn hoàn thành
Cục Quy Nghị định quy định chi tiết về phương Tháng 9/2025
hoạch và pháp định giá đất và thẩm định giá
Phát triển đất cụ thể tại địa phương
Cục Đăng ký |Thông tư hướng dẫn về hồ sơ địa Tháng 10/2025
và Dữ liệu |chính và cơ sở dữ liệu đất đai
Cục Quy Nghị định quy định về bồi thường, hỗ Tháng 12/2025
hoạch và trợ, tái định cư khi Nhà nước thu hồi
Phát triển đất vì mục đích quốc phòng
`,
      { path: 'scan.txt', restore: 'never' },
    );
    expect(doc.tasks[0]!.content).toMatch(/^Nghị định quy định chi tiết về phương pháp định giá đất/u);
    expect(doc.tasks[2]!.content).toMatch(/^Nghị định quy định về bồi thường, hỗ trợ, tái định cư/u);
    expect(names(doc.tasks[0]!.lead)[0]).toMatch(/^Cục Quy hoạch và Phát triển/u);
    expect(names(doc.tasks[1]!.lead)).toEqual(['Cục Đăng ký và Dữ liệu']);
  });

  it('takes a ministry printed first for a lead column standing first, not a task "Bố trí …"', () => {
    expect(opensWithAgency('|B6 Xay dung | Nghiên cứu')).toBe(true);
    expect(opensWithAgency('Bộ Y tế Triển khai')).toBe(true);
    expect(opensWithAgency('Bố trí nhân lực chuyên trách')).toBe(false);
  });
});

describe("a lead's head read one mark off", () => {
  it('is written as the head before a name\'s capital ("Viên Văn hóa", "Bố Công an")', () => {
    expect(respellAgencyWords('Viên Văn hóa, Nghệ thuật').text).toBe('Viện Văn hóa, Nghệ thuật');
    expect(respellAgencyWords('Bố Công an').text).toBe('Bộ Công an');
    expect(respellAgencyWords('Cực Thuế').text).toBe('Cục Thuế');
  });

  it('is left alone before a lower-case word, and a head spelled right is not changed', () => {
    expect(respellAgencyWords('Viên chức các sở').changes).toEqual([]);
    expect(respellAgencyWords('Bộ Công an').changes).toEqual([]);
  });
});

describe('a lead cell whose name opens with a two-word head, beside empty side columns', () => {
  // The lead column is wide; the cooperating and deadline columns are printed empty in most rows.
  const doc = parse(
    `PHỤ LỤC 01
CÁC NHIỆM VỤ TRỌNG TÂM

Cơ quan phối
STT Nhiệm vụ, giải pháp Cơ quan chủ trì Tiến độ hợp
1 |Tổ chức tập huấn cho cán bộ của các huyện Tổng Cục Quản lý
và hướng dẫn việc triển khai ở các xã đất đai
trên địa bàn.
2 Xây dựng tài liệu hướng dẫn đo đạc và đăng Tổng Cục Quản lý
ký đất đai cho cán bộ địa chính cấp xã. đất đai
3 |Tổng hợp kết quả đo đạc, báo cáo Chính Tổng Cục Quản lý
phủ theo định kỳ sáu tháng một lần. đất đai
4 Kiểm tra việc thực hiện ở các địa phương |Tổng Cục Quản lý
và báo cáo kết quả kiểm tra. đất đai
`,
    { path: 'scan.txt', restore: 'never' },
  );

  it('keeps the head whole and the name wrapped below it', () => {
    expect(doc.tasks.map((t) => names(t.lead))).toEqual([
      ['Tổng Cục Quản lý đất đai'],
      ['Tổng Cục Quản lý đất đai'],
      ['Tổng Cục Quản lý đất đai'],
      ['Tổng Cục Quản lý đất đai'],
    ]);
  });
});
