// The columns' order learnt from the rows' first lines where the header's wrapped words left it
// wrong (src/segment/ocr/column-order.ts), and an agency cell whose list goes on past a whole
// name's comma (src/segment/ocr/ruled-table.ts, ruled-cells.ts). Made-up rows, printed as
// tesseract prints a ruled table: cells side by side, some rules read as "|".
import { describe, expect, it } from 'vitest';
import { orderedByBody } from '../../src/segment/ocr/column-order.js';
import { parse } from '../../src/pipeline.js';

const names = (list: Array<{ name: string }>) => list.map((a) => a.name);
const read = (text: string) => parse(text, { path: 'scan.txt', restore: 'never' });

describe("the columns' order learnt from the rows' first lines", () => {
  // The deadline printed between the lead and the cooperating column.
  const body = [
    '1 |Rà soát quy chế phối hợp trong |Sở Tư pháp | Tháng 6/2025 |Sở Nội vụ',
    'công tác kiểm tra cải cách. |Các sở,',
    '2 |Tổng hợp kết quả chấm điểm các |Sở Nội vụ | Năm 2025 |Các sở, ngành',
    'chỉ số cải cách hành chính. liên quan',
    '3 |Tập huấn nghiệp vụ một cửa cho |Sở Tài chính | Quý IV/2025 |Sở Nội vụ',
    'công chức cấp xã.',
  ];

  it('moves a column the header put on the wrong side where every row says so', () => {
    const order = orderedByBody(['content', 'lead', 'cooperating', 'deadline', 'products'], body);
    expect(order.filter((c) => c !== 'products')).toEqual(['content', 'lead', 'deadline', 'cooperating']);
  });

  it("keeps the header's order where the rows agree with it", () => {
    const right = ['content', 'lead', 'deadline', 'cooperating', 'products'] as const;
    expect(orderedByBody([...right], body)).toEqual(right);
  });

  it('keeps it where too few rows tell', () => {
    const wrong = ['content', 'lead', 'cooperating', 'deadline', 'products'] as const;
    expect(orderedByBody([...wrong], body.slice(0, 4))).toEqual(wrong);
  });

  it('puts the task text first, or after the lead alone, whatever the costs', () => {
    const order = orderedByBody(['content', 'lead', 'cooperating', 'deadline', 'products'], body);
    expect(order.indexOf('content') === 0 || (order.indexOf('content') === 1 && order[0] === 'lead')).toBe(true);
  });
});

describe("an agency cell whose list goes on past a whole name's comma", () => {
  const table = `PHỤ LỤC 02
PHÂN CÔNG NHIỆM VỤ

STT Nội dung thực hiện Đơn vị chủ trì Cơ quan phối hợp Thời gian hoàn thành
1 |Tổ chức hội nghị tuyên truyền về cải |Sở Tư pháp |- Sở Nội vụ Quý II/2025
cách hành chính cho cán bộ, công |- Các sở,
chức các cấp trên địa bàn tỉnh. ngành
2 |Vận động các tổ chức, cá nhân trong Ủy ban Mặt
và ngoài tỉnh tham gia ủng hộ |trận Tổ
chương trình an sinh xã hội và quốc Việt
giám sát việc thực hiện chính sách Nam tỉnh,
tại các địa phương trên địa bàn các tổ chức
theo quy định hiện hành. chính trị
3 |Rà soát thủ tục hành chính thuộc |Sở Nội vụ |- Sở Tư pháp Năm 2025
phạm vi quản lý của các sở, ngành.
`;
  const doc = read(table);

  it('reads the next body named below the comma as the same cell’s next item, not the task text’s', () => {
    expect(doc.tasks.map((t) => t.reader)).toEqual(['ocr-ruled-table', 'ocr-ruled-table', 'ocr-ruled-table']);
    expect(names(doc.tasks[1]!.lead)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức chính trị']);
    expect(doc.tasks[1]!.content).not.toMatch(/các tổ chức$/u);
  });

  it('closes a whole name without a comma as before', () => {
    expect(names(doc.tasks[0]!.lead)).toEqual(['Sở Tư pháp']);
    expect(names(doc.tasks[2]!.lead)).toEqual(['Sở Nội vụ']);
  });
});
