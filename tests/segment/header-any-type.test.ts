// The header of any document type, however the export wrapped it (LAYOUTS.md §0–§1).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';

const decisionOf = (text: string) => parse(text, { path: 'doc.txt', restore: 'never' }).decision;

const BODY = `
I. MỤC ĐÍCH, YÊU CẦU
1. Triển khai kịp thời các nhiệm vụ được giao.
`;

describe('header of any document type', () => {
  it('reads a KH number on the line after "Số:" and a date wrapped after "ngày"', () => {
    const decision = decisionOf(`ỦY BAN NHÂN
DÂN
THÀNH PHỐ HỒ CHÍ MINH
--------
CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số:
2820/KH-UBND
Thành phố Hồ
Chí Minh, ngày
19 tháng 11 năm 2025

KẾ HOẠCH
TRIỂN KHAI CHUYỂN ĐỔI SỐ
${BODY}`);
    expect(decision).toMatchObject({ number: '2820/KH-UBND', date: '2025-11-19', place: 'Thành phố Hồ Chí Minh' });
  });

  it('keeps type codes as printed: NQ with a session, a party plan, a ministry code', () => {
    const numberOf = (line: string) =>
      decisionOf(`BỘ TÀI CHÍNH\n----------------\n${line}\nHà Nội, ngày 02 tháng 01 năm 2014\n\nQUYẾT ĐỊNH\n${BODY}`).number;
    expect(numberOf('Số: 07/QĐ-BTC')).toBe('07/QĐ-BTC');
    expect(numberOf('Số: 1339/NQ-UBTVQH15')).toBe('1339/NQ-UBTVQH15');
    expect(numberOf('Số: 119-KH/TU')).toBe('119-KH/TU');
    expect(numberOf('Số: 26/2012/QH13')).toBe('26/2012/QH13');
    expect(numberOf('Số: 178/QĐ-BNN-TCTL')).toBe('178/QĐ-BNN-TCTL');
  });

  it('reads the unwrapped crawl that glues the header into one line', () => {
    const decision =
      decisionOf(`ỦY BAN NHÂN DÂN TỈNH TÂY NINH ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 3745/QĐ-UBND Tây Ninh, ngày 30 tháng 12 năm 2021 QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH SỬ DỤNG ĐẤT NĂM 2022 ỦY BAN NHÂN DÂN TỈNH TÂY NINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Điều 1. Phê duyệt Kế hoạch sử dụng đất năm 2022.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Nơi nhận: - Như Điều 2; - Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Chiến
`);
    expect(decision).toMatchObject({ number: '3745/QĐ-UBND', date: '2021-12-30', place: 'Tây Ninh', signer: 'Trần Văn Chiến' });
  });

  it('finds a plan’s signer at the end of its body, and a blank number stays null', () => {
    const decision = decisionOf(`BAN THƯỜNG TRỰC
ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH
Số:     /KH-MTTQ-BTT
Lương Minh, ngày 25 tháng 11 năm 2025

KẾ HOẠCH
TỔ CHỨC HỘI NGHỊ HIỆP THƯƠNG
${BODY}
Nơi nhận:
- Lưu: VT.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH

(Đã ký)

Nguyễn Văn Hùng
`);
    expect(decision).toMatchObject({ number: null, date: '2025-11-25', signer: 'Nguyễn Văn Hùng' });
  });

  it('gives no date for a day the month does not have', () => {
    expect(decisionOf(`Số: 12/KH-UBND\nThanh Hóa, ngày 31 tháng 02 năm 2013\n\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH\n${BODY}`).date).toBeNull();
  });

  it('takes no number from a gazette running header above the first page', () => {
    const decision = decisionOf(`CÔNG BÁO/Số 318/Ngày 14-05-2026
57

CHÍNH PHỦ

Số:  88/NQ-CP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 02 tháng 5 năm 2026

NGHỊ QUYẾT
Ban hành Chương trình hành động của Chính phủ
${BODY}`);
    expect(decision).toMatchObject({ number: '88/NQ-CP', date: '2026-05-02', authority: 'Chính phủ' });
  });

  it('finds the signer a law prints with no role: the name beside "(Đã ký)"', () => {
    const law = (closing: string) =>
      decisionOf(`QUỐC HỘI
Số: 31/2003/QH11
Hà Nội, ngày 26 tháng 11 năm 2003

LUẬT
VỀ THỬ NGHIỆM
Điều 1. Phạm vi điều chỉnh
Luật này quy định về thử nghiệm.
Luật này đã được Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam khoá XI, kỳ họp thứ 4 thông qua ngày 26 tháng 11 năm 2003.
${closing}`).signer;
    expect(law('Trần Văn Bình\n(Đã ký)')).toBe('Trần Văn Bình');
    expect(law('Trần Văn Bình (Đã ký)')).toBe('Trần Văn Bình');
    expect(law('Chủ tịch Quốc hội\n\nLê Thị Hoa\n\n(Đã ký)')).toBe('Lê Thị Hoa');
    expect(law('')).toBeNull();
  });

  it('knows a court’s signing role (CHÁNH ÁN)', () => {
    expect(
      decisionOf(
        `Số: 03/2021/NQ-HĐTP\nHà Nội, ngày 10 tháng 3 năm 2021\n\nNGHỊ QUYẾT\n${BODY}\nNơi nhận:\n- Lưu: VT.\nTM. HỘI ĐỒNG THẨM PHÁN CHÁNH ÁN Phan Văn Toàn\n`,
      ).signer,
    ).toBe('Phan Văn Toàn');
  });
});
