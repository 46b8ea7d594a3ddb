// A lead cell whose wrapped lines the column cutter gave to the cooperating cell takes them back
// (src/segment/ocr/lead-going-on.ts). Cells and tables written for this test.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { leadGoingOn, stopsInsideName } from '../../src/segment/ocr/lead-going-on.js';

const names = (list: Array<{ name: string }>) => list.map((a) => a.name);

describe('stopsInsideName', () => {
  it('tells a name cut by its line from a whole one', () => {
    expect(stopsInsideName('Ủy ban Mặt trận Tổ')).toBe(true);
    expect(stopsInsideName('Sở Khoa học và')).toBe(true);
    expect(stopsInsideName('Sở Tư pháp')).toBe(false);
    expect(stopsInsideName('Vụ Pháp chế')).toBe(false);
  });
});

describe('leadGoingOn', () => {
  it('takes back the lines of a name cut inside it, and of a list that goes on past a comma', () => {
    const front = leadGoingOn(['Ủy ban Mặt trận Tổ'], ['quốc Việt Nam tỉnh,', 'các tổ chức chính trị - xã hội', '- Công an tỉnh']);
    expect(front.lead).toEqual(['Ủy ban Mặt trận Tổ', 'quốc Việt Nam tỉnh,', 'các tổ chức chính trị - xã hội']);
    expect(front.cooperating).toEqual(['- Công an tỉnh']);
    expect(leadGoingOn(['Các sở, ngành,'], ['UBND', 'xã, phường, đặc khu']).lead).toEqual([
      'Các sở, ngành,',
      'UBND',
      'xã, phường, đặc khu',
    ]);
  });

  it('leaves the cooperating cell its own opening: a list item, an agency head, words no name has', () => {
    expect(leadGoingOn(['Sở Nội vụ'], ['các cơ quan liên quan']).moved).toBe(0);
    expect(leadGoingOn(['Cục'], ['Vụ Pháp', 'chế']).moved).toBe(0);
    expect(leadGoingOn(['Sở Khoa học và'], ['- Sở Tài chính']).moved).toBe(0);
    // A comma on the lead's second line: the capital head beside its first line opened the cooperating cell.
    expect(leadGoingOn(['Ủy ban Mặt trận Tổ', 'quốc Việt Nam tỉnh,'], ['Sở Nội vụ']).moved).toBe(0);
    expect(leadGoingOn(['Ủy ban nhân dân xã,'], ['rà soát, củng cố, phường']).moved).toBe(0);
  });
});

// Made-up rows, printed as tesseract prints a ruled table: the lead column narrow, its names wrapped.
const WRAPPED_LEADS = `PHỤ LỤC 02
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 31/KH-UBND ngày 02 tháng 4 năm 2025)

TT Nhiệm vụ Đơn vị chủ trì Đơn vị phối hợp Thời hạn
1 | Rà soát quy trình nội bộ giải quyết thủ | Ủy ban Mặt trận Tổ | Sở Nội vụ Quý III/2025
tục hành chính của các cơ quan trên quốc Việt Nam tỉnh,
địa bàn tỉnh. các tổ chức chính trị
- xã hội
2 | Cập nhật cơ sở dữ liệu cán bộ, công | Các sở, ngành, UBND | Quý IV/2025
chức, viên chức của tỉnh. | xã, phường, đặc khu
3 | Tổng hợp, báo cáo kết quả thực hiện | Sở Nội vụ | Các sở, ngành Tháng 12/2025
kế hoạch năm 2025.
`;

describe('a ruled table whose lead names wrap', () => {
  const doc = parse(WRAPPED_LEADS, { path: 'scan.txt', restore: 'never' });

  it("gives a wrapped lead list its second name, read first as the cooperating cell's", () => {
    const second = doc.tasks[1]!;
    expect(names(second.lead)[0]).toBe('Các sở, ngành');
    expect(names(second.lead)[1]).toMatch(/^UBND xã, phường/u);
    expect(doc.diagnostics.some((d) => d.ruleId.endsWith('ocr-lead-uncertain') && d.message.includes('row 2:'))).toBe(true);
  });

  it("keeps the cooperating agency beside a lead's first line as cooperating", () => {
    expect(names(doc.tasks[0]!.lead)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']);
    expect(names(doc.tasks[0]!.cooperating)).toEqual(['Sở Nội vụ']);
    expect(names(doc.tasks[2]!.lead)).toEqual(['Sở Nội vụ']);
  });
});
