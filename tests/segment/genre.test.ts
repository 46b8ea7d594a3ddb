// Which documents are plans at all (issue 15, src/segment/genre.ts): a law, decree, circular or a
// decision that lays down rules states duties ("Điều 9. Trách nhiệm của các bộ"), it assigns no
// tasks; a plan, or a decision that issues one, does. Invented texts in the shapes these print.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { documentGenre } from '../../src/segment/genre.js';
import { textLayout } from '../../src/segment/text-layout.js';
import { provincialHeading } from '../helpers/invented-plan.js';

const parsed = (text: string) => parse(text, { path: 'doc.txt', restore: 'never' });
const notAPlan = (text: string) => parsed(text).diagnostics.find((d) => d.ruleId === 'cchc-segment:not-a-plan');

const DUTIES = `Điều 9. Trách nhiệm của các bộ, cơ quan ngang bộ
1. Bộ Nông nghiệp và Môi trường có trách nhiệm sau đây:
a) Xây dựng cơ sở dữ liệu quốc gia về vườn ươm giống cây lâm nghiệp;
b) Hướng dẫn, kiểm tra việc thực hiện quy định về vườn ươm.
2. Bộ Tài chính có trách nhiệm bố trí kinh phí thực hiện theo quy định.
3. Bộ Khoa học và Công nghệ có trách nhiệm ban hành tiêu chuẩn quốc gia về giống.
`;

const LAW = `QUỐC HỘI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Luật số: 41/2029/QH16
Hà Nội, ngày 18 tháng 6 năm 2029

LUẬT
GIỐNG CÂY LÂM NGHIỆP

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Giống cây lâm nghiệp.

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Luật này quy định về sản xuất, kinh doanh giống cây lâm nghiệp.
${DUTIES}
Luật này được Quốc hội khóa XVI, kỳ họp thứ 7 thông qua ngày 18 tháng 6 năm 2029.

CHỦ TỊCH QUỐC HỘI
Lê Văn Thành
`;

const decision = (
  number: string,
  title: string,
  article1: string,
  rest: string,
) => `${provincialHeading({ place: 'Quảng Trị', number, dated: 'ngày 12 tháng 3 năm 2030' })}
QUYẾT ĐỊNH
${title}

ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. ${article1}
${rest}
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hồ Văn Lâm
`;

const RULES = `QUY ĐỊNH
QUẢN LÝ VƯỜN ƯƠM TRÊN ĐỊA BÀN TỈNH

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy định này quy định việc quản lý vườn ươm giống cây trồng trên địa bàn tỉnh.
Điều 2. Trách nhiệm thực hiện
1. Sở Nông nghiệp và Môi trường:
a) Hướng dẫn, kiểm tra việc thực hiện Quy định này;
b) Tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện.
3. Ủy ban nhân dân các xã, phường: Quản lý vườn ươm trên địa bàn.
`;

const PLAN = `KẾ HOẠCH
PHÁT TRIỂN VƯỜN ƯƠM GIỐNG CÂY TRỒNG NĂM 2030
(Ban hành kèm theo Quyết định số 27/2030/QĐ-UBND ngày 12 tháng 3 năm 2030)

I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm đủ giống cây trồng chất lượng cho các xã.

II. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường:
- Chủ trì, phối hợp với Sở Tài chính rà soát các vườn ươm, hoàn thành trong Quý II/2030.
- Xây dựng cơ sở dữ liệu vườn ươm của tỉnh.
2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch.
3. Ủy ban nhân dân các xã, phường: Hỗ trợ các hộ dân xây dựng vườn ươm.
`;

describe('documents that are no plan', () => {
  it('a law: its responsibility articles are not tasks, and a diagnostic names the cue', () => {
    const doc = parsed(LAW);
    expect(doc.tasks).toEqual([]);
    expect(notAPlan(LAW)?.message).toMatch(/type heading LUẬT/u);
    // The header is read all the same.
    expect(doc.decision.number).toBe('41/2029/QH16');
    expect(doc.decision.signer).toBe('Lê Văn Thành');
  });

  it('a decree, by its type code, even where its heading is glued into one long line', () => {
    const decree = `CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 88/2029/NĐ-CP Hà Nội, ngày 2 tháng 4 năm 2029 NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT GIỐNG CÂY LÂM NGHIỆP
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
${DUTIES}
TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Phan Minh Đức
`;
    expect(parsed(decree).tasks).toEqual([]);
    expect(notAPlan(decree)?.message).toMatch(/88\/2029\/NĐ-CP/u);
  });

  it('a decision that lays down rules (its number carries the year): none of its duties are tasks', () => {
    const rules = decision(
      '27/2030/QĐ-UBND',
      'BAN HÀNH QUY ĐỊNH QUẢN LÝ VƯỜN ƯƠM TRÊN ĐỊA BÀN TỈNH',
      'Ban hành kèm theo Quyết định này Quy định quản lý vườn ươm trên địa bàn tỉnh.',
      `Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 4 năm 2030.\n${RULES}`,
    );
    expect(parsed(rules).tasks).toEqual([]);
    expect(notAPlan(rules)?.message).toMatch(/year in its number/u);
  });
});

describe('documents that are plans', () => {
  it("a decision with the year in its number that issues a plan: the plan's assignments are tasks", () => {
    const issued =
      decision(
        '27/2030/QĐ-UBND',
        'BAN HÀNH KẾ HOẠCH PHÁT TRIỂN VƯỜN ƯƠM GIỐNG CÂY TRỒNG NĂM 2030',
        'Ban hành kèm theo Quyết định này Kế hoạch phát triển vườn ươm giống cây trồng năm 2030.',
        `Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n`,
      ) + `\n${PLAN}`;
    const doc = parsed(issued);
    expect(notAPlan(issued)).toBeUndefined();
    expect(doc.tasks.map((t) => t.lead.map((a) => a.name)[0])).toEqual([
      'Sở Nông nghiệp và Môi trường',
      'Sở Nông nghiệp và Môi trường',
      'Sở Tài chính',
      'Ủy ban nhân dân các xã, phường',
    ]);
  });

  it('a plan on its own (type code KH) keeps its tasks', () => {
    const plan = `${provincialHeading({ place: 'Quảng Trị', number: '64/KH-UBND', dated: 'ngày 12 tháng 3 năm 2030' })}
${PLAN.replace(/\(Ban hành[^)]*\)\n/u, '')}`;
    expect(notAPlan(plan)).toBeUndefined();
    expect(parsed(plan).tasks).toHaveLength(4);
  });

  it('a plan whose wrapped title starts with "LUẬT" is still a plan: only the type heading counts', () => {
    const plan = `${provincialHeading({ place: 'Quảng Trị', number: '65/KH-UBND', dated: 'ngày 12 tháng 3 năm 2030' })}
KẾ HOẠCH
TRIỂN KHAI THI HÀNH
LUẬT GIỐNG CÂY LÂM NGHIỆP

${PLAN.slice(PLAN.indexOf('I. MỤC ĐÍCH'))}`;
    expect(notAPlan(plan)).toBeUndefined();
    expect(parsed(plan).tasks).toHaveLength(4);
  });
});

describe('the cues, one by one', () => {
  const genre = (text: string, number: string | null, title: string | null = null, planTitleLine: number | null = null) =>
    documentGenre({ lines: textLayout(text), number, title, planTitleLine });

  it('a type code of KH is a plan even with the year in its number', () => {
    expect(genre('KẾ HOẠCH', '12/2030/KH-UBND', null, 1)).toMatchObject({ kind: 'plan', cue: 'type code of 12/2030/KH-UBND' });
    expect(genre('', '14-KH/TU').kind).toBe('plan');
  });

  it('the type codes of a decree, a circular, a consolidated text and a law are never a plan', () => {
    for (const number of ['88/2029/NĐ-CP', '07/2030/TT-BTC', '12/2030/TTLT-BTC-BNV', '06/VBHN-VPQH', '41/2029/QH16']) {
      expect(genre('KẾ HOẠCH', number, 'Ban hành Kế hoạch thực hiện', 1).kind).toBe('normative');
    }
  });

  it('an old decision with the year in its number that approves a programme is a plan', () => {
    expect(
      genre('QUYẾT ĐỊNH\nPHÊ DUYỆT CHƯƠNG TRÌNH TỔNG THỂ', '136/2001/QĐ-TTg', 'Phê duyệt Chương trình tổng thể cải cách hành chính').kind,
    ).toBe('plan');
  });

  it('a headerless text whose first article is its scope is normative; a plain decision is other', () => {
    expect(genre('Chương I\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định …', null)).toMatchObject({ kind: 'normative', line: 2 });
    expect(
      genre(
        'QUYẾT ĐỊNH\nVỀ VIỆC PHÂN CÔNG CÔNG TÁC\nĐiều 1. Phân công nhiệm vụ các thành viên',
        '1203/QĐ-UBND',
        'Về việc phân công công tác',
      ).kind,
    ).toBe('other');
  });
});
