// Body texts that assign tasks per agency without a plan's sections (gold group "added in session
// 15", read from ../shared by id): a directive or a telegram numbers its agencies straight after
// its "… yêu cầu:" (corpus:tnt/a8e9e9675ab618ee, a ministry's telegram; corpus:tvpl-john/…/
// Chỉ_thị_299_TTg.txt, a 1980 directive), and a resolution or a conclusions notice names the
// agency as the subject of each point of its task section (corpus:tnt/a69069ae524315d9,
// corpus:tnt/50f694478a35aefd). Figures are the bench's (npm run bench layouts).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { startsWithHead } from '../../src/knowledge/agencies/index.js';
import { cooperatingIn } from '../../src/segment/readers/cooperating.js';
import { agencySubject } from '../../src/segment/readers/agency-subject.js';
import { sourceText } from '../../scripts/bench/shared-texts.js';
import { hasShared, sharedMissingNote } from '../helpers/shared.js';

const text = (id: string) => (hasShared ? sourceText(`corpus:${id}`) : null);
const tasksOf = (id: string) => parse(text(id)!, { path: 'body.txt', restore: 'never' }).tasks;
const lead = (t: { lead: Array<{ name: string }> } | undefined) => t?.lead.map((a) => a.name);

if (!hasShared) console.log(sharedMissingNote('directives, telegrams and notices of the development set'));

const TELEGRAM = 'tnt/a8e9e9675ab618ee';
const DIRECTIVE_1980 = 'tvpl-john/crawl/dat_dai/Chỉ_thị_299_TTg.txt';
const RESOLUTION = 'tnt/a69069ae524315d9';
const NOTICE = 'tnt/50f694478a35aefd';
// A land-use plan's decision whose "Điều 1." stands alone on its line: its articles assign no tasks.
const LAND_USE = 'tvpl-john/crawl/dat_dai/Văn_bản_Quyet_dinh_3745.txt';

describe('a body with no sections: its numbered items assign', () => {
  it.skipIf(text(TELEGRAM) === null)('reads a telegram’s numbered agencies, and not its addressees', () => {
    const tasks = tasksOf(TELEGRAM);
    expect(lead(tasks.find((t) => t.ordinal === '3.-1'))).toEqual(['Cục Đường bộ Việt Nam']);
    expect(lead(tasks.find((t) => t.ordinal === '5'))).toEqual(['Ban Quản lý Dự án 85']);
    // "BỘ XÂY DỰNG điện:" ⏎ "- Các Cục: …" ⏎ "- Sở Xây dựng các tỉnh …" name who receives it.
    expect(tasks.filter((t) => !/^\d/u.test(t.ordinal))).toEqual([]);
  });

  it.skipIf(text(DIRECTIVE_1980) === null)('reads a directive’s lettered agencies under a numbered part', () => {
    const tasks = tasksOf(DIRECTIVE_1980);
    expect(lead(tasks.find((t) => t.ordinal === '3.b.-1'))).toEqual(['Bộ Nông nghiệp']);
    expect(tasks.filter((t) => t.ordinal.startsWith('3.d.')).map(lead)).toEqual(
      Array(4).fill(['Bộ Quốc phòng (Cục Bản đồ Tổng tham mưu)']),
    );
  });

  it.skipIf(text(LAND_USE) === null)('leaves a decision’s articles alone though "Điều 1." stands alone on its line', () => {
    expect(tasksOf(LAND_USE)).toEqual([]);
  });
});

describe('a task section whose points name their agency', () => {
  it.skipIf(text(NOTICE) === null)('takes the subject of a point as its lead ("c) Bộ Quốc phòng phát huy …")', () => {
    const tasks = tasksOf(NOTICE);
    expect(lead(tasks.find((t) => t.ordinal === 'III.1.c'))).toEqual(['Bộ Quốc phòng']);
    expect(lead(tasks.find((t) => t.ordinal === 'III.5.a'))).toEqual(['Bộ Nông nghiệp và Môi trường']);
    // A point that names no agency stays a bare bullet.
    expect(lead(tasks.find((t) => t.ordinal === 'III.2.b'))).toEqual([]);
    // The last point ends before the recipients, whose wrapped line in capitals ends in ";".
    const last = tasks.find((t) => t.ordinal === 'III.5.h');
    expect(lead(last)).toEqual(['Bộ Xây dựng']);
    expect(last!.content).not.toMatch(/KTTH|Lưu:/u);
  });

  it.skipIf(text(RESOLUTION) === null)('reads a lead-in ending in a colon as the heading of its dashes, and each point once', () => {
    const tasks = tasksOf(RESOLUTION);
    const finance = tasks.filter((t) => t.ordinal.startsWith('II.3.c.'));
    expect(finance.map(lead)).toEqual([['Bộ Tài chính'], ['Bộ Tài chính']]);
    expect(finance[0]!.cooperating.map((a) => a.name)).toEqual(['các bộ, cơ quan liên quan']);
    // The lettered point whose dashes the agency heading read is not read again whole.
    expect(tasks.find((t) => t.ordinal === 'II.3.c')).toBeUndefined();
    const ordinals = tasks.map((t) => t.ordinal);
    expect(new Set(ordinals).size).toBe(ordinals.length);
  });
});

describe('agency head words', () => {
  it('does not take a task’s verb or object, or a condition, for an agency ("Ban hành", "Báo cáo", "Hội nghị", "Trường hợp")', () => {
    expect(
      [
        'Ban hành quy chế quản lý',
        'Báo cáo kết quả kiểm kê',
        'Hội nghị hiệp thương lần thứ nhất',
        'Hội thảo khoa học',
        'Trường hợp khai hải quan điện tử',
      ].map(startsWithHead),
    ).toEqual([false, false, false, false, false]);
    expect(
      ['Ban Thi đua - Khen thưởng', 'Báo và Phát thanh, Truyền hình thành phố', 'Hội Nông dân tỉnh', 'Trường Chính trị tỉnh'].map(
        startsWithHead,
      ),
    ).toEqual([true, true, true, true]);
  });
});

describe('where a list of cooperating agencies starts and ends', () => {
  it('reads "chủ trì, phối hợp với Y" wherever it stands in the sentence (227/CĐ-TTg 4, 224/CĐ-TTg 2.a shapes)', () => {
    expect(
      cooperatingIn(
        'Bộ trưởng Bộ Nông nghiệp và Môi trường khẩn trương hướng dẫn, hỗ trợ các địa phương; chủ trì, phối hợp với các cơ quan, địa phương đánh giá chính xác nguyên nhân ngập lụt',
      ),
    ).toEqual(['các cơ quan, địa phương']);
    // A bare "phối hợp với" far into the sentence is what someone else is told to do.
    expect(
      cooperatingIn(
        'Chỉ đạo các đơn vị quản lý đường bộ tập trung kiểm tra, rà soát và các Khu Quản lý đường bộ phối hợp với các Sở Xây dựng',
      ),
    ).toEqual([]);
  });

  it('ends at a verb followed by a comma, and at verbs of urgency and repair (380/NQ-CP, 09/CT-UBND shapes)', () => {
    expect(cooperatingIn('Phối hợp với Bộ Nông nghiệp và Môi trường rà soát, khắc phục thiệt hại các công trình thủy lợi')).toEqual([
      'Bộ Nông nghiệp và Môi trường',
    ]);
    expect(cooperatingIn('Phối hợp với Bộ Y tế, Bộ Giáo dục và Đào tạo khẩn trương khôi phục ngay các cơ sở y tế')).toEqual([
      'Bộ Y tế, Bộ Giáo dục và Đào tạo',
    ]);
    expect(cooperatingIn('Tiếp tục chủ trì, phối hợp với các đơn vị liên quan xây dựng, hoàn thiện quy chuẩn kỹ thuật địa phương')).toEqual(
      ['các đơn vị liên quan'],
    );
  });
});

describe('an assignment to a Deputy Prime Minister (224/CĐ-TTg 7, 627/TB-VPCP III.2.c shapes)', () => {
  it('names the office holder, the name ending before "trực tiếp" or a time clause', () => {
    expect(agencySubject('Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trực tiếp chỉ đạo công tác chuẩn bị')?.agency).toBe(
      'Phó Thủ tướng Chính phủ Trần Hồng Hà',
    );
    expect(
      agencySubject('Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trước ngày 15 tháng 11 năm 2025 trực tiếp kiểm tra, đôn đốc các bộ')?.agency,
    ).toBe('Phó Thủ tướng Chính phủ Trần Hồng Hà');
  });
});

describe('decisions and regulations keep their articles’ duties out of the tasks', () => {
  // corpus:tnt/d6cbe14c6f6cf724 prints "Điều" alone, its number on the next line ("Điều" ⏎ "2. Giao Sở …");
  // corpus:tnt/7006a7aeb5bba582 states a new board's standing duties in "Điều 2. Nhiệm vụ, quyền hạn …" ⏎ "1. Ban Quản lý thực hiện …".
  const WRAPPED_ARTICLE = 'tnt/d6cbe14c6f6cf724';
  const STANDING_DUTIES = 'tnt/7006a7aeb5bba582';
  it.skipIf(text(WRAPPED_ARTICLE) === null || text(STANDING_DUTIES) === null)('reads no task from them', () => {
    expect(tasksOf(WRAPPED_ARTICLE)).toEqual([]);
    expect(tasksOf(STANDING_DUTIES)).toEqual([]);
  });
});

describe('a conclusions notice answers the province’s requests, each by the matter, then whom it assigns', () => {
  // corpus:tnt/24701a1c97c8c368 and tnt/826ed569ec2ddaa1 (two Government notices to two provinces) end
  // with "III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH": "1. Về <matter>: giao <Agency> …" on one line, or
  // "1. Về kiến nghị …:" over paragraphs "Giao <Agency> …". An invented notice of those shapes:
  const notice = `VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 701/TB-VPCP
Hà Nội, ngày 02 tháng 12 năm 2026

THÔNG BÁO
KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH NINH THUẬN

I. ĐÁNH GIÁ CHUNG
Năm 2026, tỉnh đã đạt nhiều kết quả quan trọng.

II. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH

1. Về đề nghị bổ sung vốn cho dự án hồ chứa nước trong năm 2026 (khoảng 300 tỷ đồng): giao Bộ Tài chính chủ
trì, phối hợp với Bộ Nông nghiệp và Môi trường xem xét, báo cáo Thủ tướng Chính phủ trong tháng 01 năm 2027.

2. Về kiến nghị đầu tư tuyến đường ven biển:

Giao Bộ Xây dựng hướng dẫn tỉnh hoàn thiện hồ sơ đề xuất dự án theo quy định.

Đề nghị Ủy ban nhân dân tỉnh Ninh Thuận chủ động bố trí vốn đối ứng của địa phương.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Nguyễn Văn Minh
`;

  it('reads each assignment with its agency, and the time of the task, not of the matter', () => {
    const tasks = parse(notice, { path: 'notice.txt', restore: 'never' }).tasks;
    expect(tasks.map((t) => [lead(t), t.deadline?.text ?? null])).toEqual([
      [['Bộ Tài chính'], 'trong tháng 01 năm 2027'],
      [['Bộ Xây dựng'], null],
      [['Ủy ban nhân dân tỉnh Ninh Thuận'], null],
    ]);
    expect(tasks[0]!.content).toMatch(/^Về đề nghị bổ sung vốn .*: giao Bộ Tài chính chủ trì/u);
  });

  it.skipIf(text('tnt/24701a1c97c8c368') === null || text('tnt/826ed569ec2ddaa1') === null)(
    'reads the requests part of both notices',
    () => {
      const answered = (id: string) => tasksOf(id).filter((t) => t.ordinal.startsWith('III.'));
      expect(answered('tnt/24701a1c97c8c368').length).toBeGreaterThanOrEqual(8);
      expect(answered('tnt/826ed569ec2ddaa1').length).toBeGreaterThanOrEqual(7);
    },
  );
});

describe('a telegram’s points numbered in brackets under a lead-in, and an office holder as the agency', () => {
  // corpus:tnt/e01d3782fbed0967 ("5. Bộ trưởng Bộ Tài chính chủ trì:" ⏎ "(1) …" ⏎ "(2) …"; "11. Thống đốc
  // Ngân hàng Nhà nước Việt Nam chỉ đạo …"); the corpus prints the same shapes in other telegrams
  // (tnt/b2fa001677379e64, tnt/cfef94bb5eaf59df) and directives (tvpl-john). An invented telegram:
  const telegram = `THỦ TƯỚNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 240/CĐ-TTg
Hà Nội, ngày 10 tháng 12 năm 2026

CÔNG ĐIỆN
Về việc khắc phục hậu quả bão số 15

Để nhanh chóng khắc phục hậu quả bão, Thủ tướng Chính phủ yêu cầu:
1. Bộ trưởng Bộ Tài chính chủ trì:
(1) Phối hợp với Bộ Nông nghiệp và Môi trường tổng hợp thiệt hại, báo cáo Thủ tướng
Chính phủ trước ngày 20/12/2026.
(2) Hướng dẫn các địa phương sử dụng dự phòng ngân sách để hỗ trợ người dân.
2. Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng giãn nợ, hoãn nợ cho
khách hàng bị thiệt hại.
3. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Trần Văn Hòa
`;

  it('reads each bracketed point as a task of the lead-in’s agency, and the governor as an agency', () => {
    const tasks = parse(telegram, { path: 'telegram.txt', restore: 'never' }).tasks;
    expect(tasks.map((t) => [t.ordinal, lead(t), t.deadline?.text ?? null])).toEqual([
      ['1.(1)', ['Bộ trưởng Bộ Tài chính'], 'trước ngày 20/12/2026'],
      ['1.(2)', ['Bộ trưởng Bộ Tài chính'], null],
      ['2', ['Thống đốc Ngân hàng Nhà nước Việt Nam'], null],
      ['3', ['Văn phòng Chính phủ'], null],
    ]);
  });
});
