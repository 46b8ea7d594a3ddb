// The body families as plans of other offices print them (LAYOUTS.md §6–§8): fields that a plan
// names and the vocabulary does not ("Thành phần:"), several points before one label group,
// sub-tasks that repeat their fields, procedure cards and stray labels that are no plan, paragraphs
// under an agency heading, recurrences in a sentence, and the header and signer shapes around them.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { provincialHeading, deputySignature } from '../helpers/invented-plan.js';

const HEADER = `${provincialHeading({ place: 'Hà Nam', number: '52/KH-UBND', dated: 'ngày 03 tháng 3 năm 2026' })}
KẾ HOẠCH
TRIỂN KHAI CÔNG TÁC PHÁP CHẾ NĂM 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm các nhiệm vụ được triển khai đồng bộ.
`;

const SIGNATURE = `
${deputySignature('Trần Văn Hùng')}`;

const parsed = (text: string) => parse(text, { path: 'plan.txt', restore: 'never' });
const tasksOf = (text: string) => parsed(text).tasks;
const names = (agencies: Array<{ name: string }>) => agencies.map((a) => a.name);

describe('labelled fields (B1) as other offices print them', () => {
  it('keeps a group open across a field of no task role, so the lead after it stays with its task', () => {
    const tasks = tasksOf(`${HEADER}
II. NỘI DUNG

1. Hội nghị triển khai lần thứ nhất
Nội dung: Quán triệt các văn bản mới về công tác pháp chế.
- Thời gian: Dự kiến ngày 10/4/2026.
- Thành phần: Lãnh đạo các sở; đại diện các phòng chuyên môn.
- Đơn vị chủ trì: Sở Tư pháp.

2. Hội nghị sơ kết
Nội dung: Đánh giá kết quả sáu tháng đầu năm.
- Thời gian: Dự kiến ngày 15/7/2026.
- Thành phần: Lãnh đạo các sở, ngành.
- Đơn vị chủ trì: Văn phòng Ủy ban nhân dân tỉnh.
${SIGNATURE}`);
    expect(tasks.map((t) => t.ordinal)).toEqual(['II.1', 'II.2']);
    expect(tasks.map((t) => names(t.lead))).toEqual([['Sở Tư pháp'], ['Văn phòng Ủy ban nhân dân tỉnh']]);
    expect(tasks[0]?.content).toBe('Hội nghị triển khai lần thứ nhất: Quán triệt các văn bản mới về công tác pháp chế.');
  });

  it('takes the numbered item, with its points as its text, when several points stand between it and its fields', () => {
    const tasks = tasksOf(`${HEADER}
II. NHIỆM VỤ

1. Nâng cao nhận thức về công tác pháp chế
- Các cơ quan tiếp tục quán triệt vai trò của công tác pháp chế.
- Người đứng đầu trực tiếp chỉ đạo việc thực hiện.
Đơn vị thực hiện: Các sở, ngành, UBND cấp xã.
Thời gian thực hiện: Thường xuyên.

2. Tập huấn nghiệp vụ
- Cơ quan chủ trì: Sở Tư pháp.
- Thời gian thực hiện: Quý III/2026.
${SIGNATURE}`);
    expect(tasks.map((t) => t.ordinal)).toEqual(['II.1', 'II.2']);
    expect(tasks[0]?.content).toBe(
      'Nâng cao nhận thức về công tác pháp chế Các cơ quan tiếp tục quán triệt vai trò của công tác pháp chế. Người đứng đầu trực tiếp chỉ đạo việc thực hiện.',
    );
    expect(tasks[0]?.deadline?.text).toBe('Thường xuyên.');
  });

  it('opens the next task where a field is said again under the same item ("+ Nội dung" twice)', () => {
    const tasks = tasksOf(`${HEADER}
II. NHIỆM VỤ

1. Kiện toàn tổ chức pháp chế
+ Nội dung: Rà soát biên chế làm công tác pháp chế.
+ Cơ quan chủ trì: Sở Nội vụ.
+ Thời hạn hoàn thành: Tháng 6/2026.
+ Nội dung: Bồi dưỡng công chức làm công tác pháp chế.
+ Cơ quan chủ trì: Sở Tư pháp.
+ Thời hạn hoàn thành: Tháng 9/2026.

2. Kiểm tra việc thực hiện
- Cơ quan chủ trì: Sở Tư pháp.
${SIGNATURE}`);
    expect(tasks.map((t) => [t.ordinal, names(t.lead)[0], t.deadline?.text])).toEqual([
      ['II.1', 'Sở Nội vụ', 'Tháng 6/2026.'],
      ['II.1', 'Sở Tư pháp', 'Tháng 9/2026.'],
      ['II.2', 'Sở Tư pháp', undefined],
    ]);
  });

  it('takes no task from an administrative procedure card, whose fields look like a task’s', () => {
    const tasks = tasksOf(`ỦY BAN NHÂN DÂN TỈNH HÀ NAM
-------
Số: 310/QĐ-UBND
Hà Nam, ngày 03 tháng 3 năm 2026

QUYẾT ĐỊNH
VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH

Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính.
Điều 2. Quyết định này có hiệu lực từ ngày ký.

PHẦN II. NỘI DUNG THỦ TỤC HÀNH CHÍNH
1. Thủ tục cấp giấy phép
1.1. Trình tự thực hiện
- Bước 1: Nộp hồ sơ tại Trung tâm Phục vụ hành chính công.
1.2. Thời hạn giải quyết: 10 ngày làm việc.
1.3. Cơ quan thực hiện: Sở Y tế.
2. Thủ tục gia hạn giấy phép
2.1. Trình tự thực hiện
- Bước 1: Nộp hồ sơ trực tuyến.
2.2. Thời hạn giải quyết: 05 ngày làm việc.
2.3. Cơ quan thực hiện: Sở Y tế.
`);
    expect(tasks.filter((t) => t.reader === 'labelled-fields')).toEqual([]);
  });

  it('does not take one stray labelled line of a regulation for a plan of labelled tasks', () => {
    const tasks = tasksOf(`${HEADER}
II. TỔ CHỨC THỰC HIỆN

1. Sở Tư pháp:
- Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.
- Tổng hợp, báo cáo kết quả trước ngày 15/12/2026.

2. Sở Tài chính:
- Bố trí kinh phí thực hiện Kế hoạch.

3. Chi hội nghị sơ kết
- Chủ trì: Mức chi theo quy định hiện hành.
${SIGNATURE}`);
    expect(tasks.every((t) => t.reader === 'agency-headings')).toBe(true);
    expect(tasks).toHaveLength(3);
  });
});

describe('agency headings (B2): paragraphs, agencies named elsewhere, clauses before the subject', () => {
  const doc = `${HEADER}
II. TỔ CHỨC THỰC HIỆN

1. Căn cứ Kế hoạch này, các sở, ban, ngành xây dựng kế hoạch triển khai, hoàn thành trong tháng 4/2026.

2. Sở Công Thương

Chủ trì triển khai các nhiệm vụ tại mục II.3 của Kế hoạch.

Tăng cường kiểm tra việc thực hiện tại các doanh nghiệp.

3. Ủy ban nhân dân các huyện: Thành lập tổ công tác; xây dựng kế hoạch của huyện.
Ủy ban nhân dân các xã biên giới: xây dựng kế hoạch đối với các thôn, bản.
${SIGNATURE}`;

  it('makes one task of the unmarked paragraphs under one agency', () => {
    const tasks = tasksOf(doc);
    const industry = tasks.find((t) => t.ordinal === 'II.2');
    expect(industry?.content).toBe(
      'Chủ trì triển khai các nhiệm vụ tại mục II.3 của Kế hoạch. Tăng cường kiểm tra việc thực hiện tại các doanh nghiệp.',
    );
    expect(names(industry!.lead)).toEqual(['Sở Công Thương']);
    expect(tasks.filter((t) => t.ordinal.startsWith('II.2'))).toHaveLength(1);
  });

  it('gives a paragraph that names its own agency before a colon its own task and lead', () => {
    const tasks = tasksOf(doc).filter((t) => t.ordinal.startsWith('II.3'));
    expect(tasks.map((t) => names(t.lead))).toEqual([['Ủy ban nhân dân các huyện'], ['Ủy ban nhân dân các xã biên giới']]);
  });

  it('reads the subject after a clause that opens the sentence ("Căn cứ Kế hoạch này, các sở …")', () => {
    const first = tasksOf(doc).find((t) => t.ordinal === 'II.1');
    expect(names(first!.lead)).toEqual(['các sở, ban, ngành']);
  });
});

// In the shape of corpus:tnt/689f49d25e51cbaa (III.4.1, III.4.4) and tnt/24c7124ec6b2bf61 (III.1):
// a titled part of the task section whose duty is one paragraph; and a funding part, as
// corpus:tnt/ad5aff6c13929815 V.6 prints it.
describe('bare bullets (B3): a titled part that carries prose', () => {
  const doc = `${HEADER}
II. NHIỆM VỤ VÀ GIẢI PHÁP

1. Công tác chỉ đạo, điều hành

Quán triệt Kế hoạch đến toàn thể cán bộ, công chức; kiểm tra việc thực hiện tại các đơn vị.

2. Nền tảng số

2.1. Nền tảng quản lý văn bản

Triển khai các nền tảng số phục vụ quản lý văn bản như:

- Hệ thống quản lý văn bản điều hành.

- Hệ thống chữ ký số.

2.2. Hạ tầng số

- Nâng cấp mạng nội bộ.

- Bổ sung máy chủ.

3. Đào tạo nhân lực

Hằng năm tổ chức các lớp bồi dưỡng, theo các nội dung sau:

a) Bồi dưỡng kỹ năng số cho công chức.

b) Tập huấn an toàn thông tin.

4. Bảo đảm kinh phí

a) Các đơn vị bố trí kinh phí thực hiện trong dự toán được giao.

b) Huy động nguồn lực xã hội hóa cho các nền tảng dùng chung.
${SIGNATURE}`;

  it('takes the paragraph under a titled part as its task, without the title', () => {
    const tasks = tasksOf(doc);
    expect(tasks.find((t) => t.ordinal === 'II.1')?.content).toBe(
      'Quán triệt Kế hoạch đến toàn thể cán bộ, công chức; kiểm tra việc thực hiện tại các đơn vị.',
    );
  });

  it('keeps the examples a paragraph introduces with a colon in its task', () => {
    const tasks = tasksOf(doc);
    expect(tasks.find((t) => t.ordinal === 'II.2.1')?.content).toBe(
      'Triển khai các nền tảng số phục vụ quản lý văn bản như: Hệ thống quản lý văn bản điều hành. Hệ thống chữ ký số.',
    );
    expect(tasks.filter((t) => t.ordinal.startsWith('II.2.2')).map((t) => t.ordinal)).toEqual(['II.2.2.-1', 'II.2.2.-2']);
  });

  // corpus:tnt/2edf5927c71bc4c1 prints its III.8 "Bảo đảm kinh phí" points again as rows of its task table.
  it('reads the points of a funding part of the task section as tasks', () => {
    const tasks = tasksOf(doc).filter((t) => t.ordinal.startsWith('II.4'));
    expect(tasks.map((t) => t.ordinal)).toEqual(['II.4.a', 'II.4.b']);
  });

  it('still reads lettered points after a lead-in as tasks of their own', () => {
    const tasks = tasksOf(doc).filter((t) => t.ordinal.startsWith('II.3'));
    expect(tasks.map((t) => t.ordinal)).toEqual(['II.3.a', 'II.3.b']);
  });
});

describe('time phrases inside a task sentence', () => {
  const deadlines = (...bullets: string[]) =>
    tasksOf(`${HEADER}
II. TỔ CHỨC THỰC HIỆN

1. Sở Tài chính:
${bullets.map((b) => `- ${b}`).join('\n')}

2. Sở Nội vụ: theo dõi việc thực hiện Kế hoạch.
${SIGNATURE}`)
      .filter((t) => t.ordinal.startsWith('II.1'))
      .map((t) => t.deadline?.text ?? null);

  it('takes a recurrence said of the task, not one said of a budget or of a document', () => {
    expect(
      deadlines(
        'Hằng năm, tổng hợp kết quả thực hiện báo cáo Ủy ban nhân dân tỉnh.',
        'Tổng hợp, đánh giá kết quả thực hiện Kế hoạch hằng năm.',
        'Báo cáo định kỳ hằng năm về Ủy ban nhân dân tỉnh.',
        'Cân đối, bố trí kinh phí ngân sách địa phương hằng năm để thực hiện Kế hoạch.',
        'Xây dựng kế hoạch thực hiện hằng năm và từng giai đoạn của tỉnh.',
        'Bố trí kinh phí chi thường xuyên hằng năm.',
      ),
    ).toEqual(['Hằng năm', 'hằng năm', 'định kỳ hằng năm', null, null, null]);
  });

  it('takes the time phrase bound to the task without the verb before it, and leaves a cited date alone', () => {
    expect(
      deadlines(
        'Rà soát hồ sơ các hộ bị thiệt hại, hoàn thành trước ngày 30/11/2026.',
        'Tổ chức lễ khởi công công trình vào ngày 19 tháng 12 năm 2026.',
        'Khẩn trương hoàn thiện hồ sơ dự án, hoàn thành trong năm 2026.',
        'Báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trong tháng 12 năm 2026.',
        'Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12 hằng năm.',
        'Gửi báo cáo về Sở Nội vụ chậm nhất ngày 05 tháng 12 năm 2026, để tổng hợp.',
        'Thực hiện Nghị quyết số 12/NQ-HĐND ngày 13 tháng 11 năm 2025 của Hội đồng nhân dân tỉnh.',
      ),
    ).toEqual([
      'trước ngày 30/11/2026',
      'vào ngày 19 tháng 12 năm 2026',
      'trong năm 2026',
      'trong tháng 12 năm 2026',
      'trước ngày 20/12 hằng năm',
      'chậm nhất ngày 05 tháng 12 năm 2026',
      null,
    ]);
  });

  it('finds the time phrase in the paragraph under an agency heading, not only in the heading', () => {
    const tasks = tasksOf(`${HEADER}
II. TỔ CHỨC THỰC HIỆN

1. Sở
Văn hóa, Thể thao và Du lịch

Chủ trì, phối hợp với các sở, ngành liên quan tổ chức truyền thông về cải cách hành chính trên địa
bàn tỉnh. Hoàn thành, báo cáo kết quả Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trong tháng 11/2026.

2. Sở Nội vụ: theo dõi việc thực hiện Kế hoạch.
${SIGNATURE}`);
    expect(tasks.map((t) => [t.ordinal, t.deadline?.text ?? null])).toEqual([
      ['II.1', 'trong tháng 11/2026'],
      ['II.2', null],
    ]);
  });

  it('reads "thường xuyên" in a sentence as the adverb it is, not as a deadline', () => {
    expect(
      deadlines('Thường xuyên rà soát, cập nhật dữ liệu tài sản công.', 'Phối hợp các sở thường xuyên kiểm tra việc sử dụng tài sản.'),
    ).toEqual([null, null]);
  });
});

describe('outline paths and wrapped numbers', () => {
  it('names a dotted item once: "1.1.2" under "1.1" under "1" is II.1.1.2', () => {
    const tasks = tasksOf(`${HEADER}
II. NỘI DUNG

1. Quan trắc môi trường
1.1. Quan trắc định kỳ
1.1.1. Vùng nuôi nước lợ
- Nội dung: Lấy mẫu nước tại các điểm quan trắc.
- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.
1.1.2. Vùng nuôi nước ngọt
- Nội dung: Lấy mẫu nước tại các hồ chứa.
- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.
${SIGNATURE}`);
    expect(tasks.map((t) => t.ordinal)).toEqual(['II.1.1.1', 'II.1.1.2']);
  });

  it('keeps a wrapped line that starts with a number in lower-case words in its sentence', () => {
    const tasks = tasksOf(`${HEADER}
II. TỔ CHỨC THỰC HIỆN

1. Sở Y tế
a) Chủ trì tầm soát sức khỏe cho trẻ em dưới
15 tuổi tại các trường học; báo cáo kết quả về Ủy ban nhân dân tỉnh.
b) Tổ chức khám sàng lọc cho người cao tuổi.

2. Sở Giáo dục và Đào tạo: phối hợp tổ chức khám tại các trường.
${SIGNATURE}`);
    expect(tasks.map((t) => t.ordinal)).toEqual(['II.1.a', 'II.1.b', 'II.2']);
    expect(tasks[0]?.content).toBe(
      'Chủ trì tầm soát sức khỏe cho trẻ em dưới 15 tuổi tại các trường học; báo cáo kết quả về Ủy ban nhân dân tỉnh.',
    );
  });
});

describe('header and signer shapes', () => {
  it('reads a date whose place has no comma after it, wrapped or not', () => {
    const dateOf = (lines: string) =>
      parsed(
        `CHÍNH PHỦ\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 41/NQ-CP\n${lines}\nNGHỊ QUYẾT\nVỀ VIỆC THÍ ĐIỂM\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nĐiều 1. Thí điểm.\n`,
      ).decision.date;
    expect(dateOf('Hà Nội ngày 11 tháng 4 năm 2026')).toBe('2026-04-11');
    expect(dateOf('Hà Nội ngày 01\ntháng 12 năm 2025')).toBe('2025-12-01');
  });

  it('keeps a number left blank blank, though a law cited below prints one', () => {
    const decision = parsed(`ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ AN BÌNH
Số: /KH-MTTQ-BTT
An Bình, ngày 25 tháng 11 năm 2025

KẾ HOẠCH
Tổ chức hội nghị hiệp thương

Căn
cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13;

I. MỤC ĐÍCH, YÊU CẦU
1. Tổ chức hội nghị đúng luật.
`).decision;
    expect(decision).toMatchObject({ number: null, date: '2025-11-25' });
  });

  it('reads a signer exported inside a table cell, bars and all', () => {
    const signer = parsed(`${HEADER}
II. NHIỆM VỤ
1. Rà soát văn bản.
Nơi nhận:
- Lưu: VT. |
THỨ TRƯỞNG THƯỜNG TRỰC
(Đã ký)
Nguyễn Văn Bình |
`).decision.signer;
    expect(signer).toBe('Nguyễn Văn Bình');
  });
});
