// A report's section names the work it reports on ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2029"): what was
// done is no task (issue 15). Only the way forward is. Invented plan text in the printed shapes.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { sectionKind } from '../../src/segment/outline.js';
import { provincialHeading } from '../helpers/invented-plan.js';

const HEADER = `${provincialHeading({ place: 'Kon Tum', number: '19/KH-UBND', dated: 'ngày 15 tháng 1 năm 2030' })}
KẾ HOẠCH
CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2030
`;

const SIGNATURE = `
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đinh Văn Khoa
`;

const parsed = (text: string) => parse(text, { path: 'plan.txt', restore: 'never' });

describe('report sections are no task sections', () => {
  it('classes a report title as other, whatever work it names', () => {
    expect(sectionKind('KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2029')).toBe('other');
    expect(sectionKind('Tình hình thực hiện nhiệm vụ cải cách hành chính')).toBe('other');
    expect(sectionKind('ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC PHÂN CÔNG')).toBe('other');
    // The way forward is still tasks, and responsibilities still assign.
    expect(sectionKind('KẾT QUẢ NĂM 2029 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2030')).toBe('tasks');
    expect(sectionKind('NHIỆM VỤ TRỌNG TÂM NĂM 2030')).toBe('tasks');
    expect(sectionKind('Trách nhiệm báo cáo kết quả thực hiện')).toBe('assignments');
  });

  it('reads the agencies of the tasks ahead, not those of the results reported', () => {
    const doc = parsed(`${HEADER}
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2029
1. Sở Nội vụ:
- Đã tham mưu ban hành 12 văn bản về cải cách hành chính.
- Đã kiểm tra 20 cơ quan, đơn vị.
2. Sở Tư pháp:
- Đã rà soát 45 văn bản quy phạm pháp luật.

II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ:
- Chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh theo dõi việc thực hiện Kế hoạch.
- Tổng hợp báo cáo kết quả cải cách hành chính trước ngày 15/12/2030.
2. Sở Tư pháp: Rà soát các văn bản quy phạm pháp luật do tỉnh ban hành.
3. Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch.
${SIGNATURE}`);
    expect(doc.tasks.map((t) => t.content)).toEqual([
      expect.stringMatching(/^Chủ trì, phối hợp với Văn phòng/u),
      expect.stringMatching(/^Tổng hợp báo cáo/u),
      'Rà soát các văn bản quy phạm pháp luật do tỉnh ban hành.',
      'Bố trí kinh phí thực hiện Kế hoạch.',
    ]);
  });

  it('reads no lettered bullets of a report section as tasks, where the plan lists one task alone', () => {
    const doc = parsed(`${HEADER}
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2029
a) Hoàn thành việc sắp xếp tổ chức bộ máy các cơ quan chuyên môn.
b) Chuyển 120 thủ tục hành chính lên dịch vụ công trực tuyến.

II. NHIỆM VỤ TRỌNG TÂM NĂM 2030
a) Rà soát, đơn giản hóa thủ tục hành chính trong các lĩnh vực đầu tư, đất đai.
${SIGNATURE}`);
    expect(doc.tasks.map((t) => [t.ordinal, t.content])).toEqual([
      ['II.a', 'Rà soát, đơn giản hóa thủ tục hành chính trong các lĩnh vực đầu tư, đất đai.'],
    ]);
  });
});
