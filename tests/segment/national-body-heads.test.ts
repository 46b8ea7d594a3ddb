// National bodies whose names open with no head word the agency list knew: "Tổng Cục …" as
// printed (corpus:tvpl-john 299/TTg, plans:lvn-07), the holders of "Tổng Thanh tra Chính phủ" and
// "Tổng Thư ký Quốc hội" (corpus:tnt/74e2ddc7b11340da, plans:tnt-ae8d299a), "Thông tấn xã Việt Nam"
// and "Liên minh Hợp tác xã Việt Nam" (corpus:tnt/a328…, a690…, ad5a…), and the broadcasters' call
// signs VTV, VOV, TTXVN (plans:p8-100, p8-175). Invented table.
import { describe, expect, it } from 'vitest';
import { startsWithHead } from '../../src/knowledge/agencies/index.js';
import { parse } from '../../src/pipeline.js';
import { deputySignature, provincialHeading } from '../helpers/invented-plan.js';

describe('national bodies open agency names', () => {
  it('knows the heads, and not the words that only begin like them', () => {
    expect(
      [
        'Tổng Cục Hải quan',
        'Tổng Thanh tra Chính phủ',
        'Tổng Thư ký Quốc hội',
        'Thông tấn xã Việt Nam',
        'Liên minh Hợp tác xã Việt Nam',
        'VTV',
        'VOV, TTXVN',
      ].map(startsWithHead),
    ).toEqual([true, true, true, true, true, true, true]);
    expect(['Tổng hợp báo cáo', 'Thông tin tuyên truyền', 'Tổng kết 5 năm', 'VTVcab phát sóng'].map(startsWithHead)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('reads them as the lead and cooperating cells of a task table', () => {
    const tasks = parse(
      `${provincialHeading({ place: 'Gia Lai', number: '77/KH-UBND', dated: 'ngày 05 tháng 12 năm 2025' })}
KẾ HOẠCH
TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH

I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm các nhiệm vụ được triển khai đồng bộ.

${deputySignature('Phạm Anh Tuấn')}
PHỤ LỤC
TT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
1
Tuyên truyền thủ tục hải quan điện tử cho doanh nghiệp xuất nhập khẩu
Tổng Cục Hải quan
Quý I/2026
2
Phổ biến mô hình hợp tác xã kiểu mới trên các kênh phát thanh, truyền hình
Liên minh Hợp tác xã Việt Nam
Thông tấn xã Việt Nam; VTV
Quý II/2026
`,
      { path: 'plan.txt', restore: 'never' },
    ).tasks;
    expect(tasks.map((t) => t.lead.map((a) => a.name))).toEqual([['Tổng Cục Hải quan'], ['Liên minh Hợp tác xã Việt Nam']]);
    expect(tasks.map((t) => t.cooperating.map((a) => a.name))).toEqual([[], ['Thông tấn xã Việt Nam', 'VTV']]);
    expect(tasks.map((t) => t.deadline?.text)).toEqual(['Quý I/2026', 'Quý II/2026']);
  });
});
