// The layout readers of the plan body and the flat tables (LAYOUTS.md §4–§9), on documents
// written in each family's shape, as web and Word exports print them.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';

const HEADER = `ỦY BAN NHÂN
DÂN
TỈNH BẮC NINH
-------
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 141/KH-UBND
Bắc Ninh, ngày 20
tháng 11 năm 2025

KẾ HOẠCH

NÂNG CAO NĂNG LỰC CHO ĐỘI NGŨ CÁN BỘ
TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026 - 2030

I. MỤC ĐÍCH,
YÊU CẦU

1. Mục đích
- Nâng cao chất lượng đội ngũ cán bộ làm công tác xây dựng pháp luật.
`;

const SIGNATURE = `
Nơi nhận:
- Bộ Tư pháp (b/c);
- Lưu: VT, NC.
TM. ỦY BAN NHÂN
DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Văn Thịnh
`;

const tasksOf = (text: string) => parse(text, { path: 'plan.txt', restore: 'never' }).tasks;

describe('agency headings (B2)', () => {
  const doc = `${HEADER}
II. TỔ CHỨC THỰC HIỆN

1.
Sở Tư pháp:

- Chủ trì, phối hợp với Sở Nội vụ
tổ chức tập huấn cho cán bộ làm công tác pháp chế, hoàn thành trước ngày 15/12/2026.

- Theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh.

2. Sở Tài chính: bố trí kinh phí thực hiện Kế hoạch theo quy định.

3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền, giám sát việc thực hiện.
${SIGNATURE}`;

  it('gives every bullet under an agency heading that agency as lead', () => {
    const tasks = tasksOf(doc);
    expect(tasks.map((t) => t.lead.map((a) => a.name))).toEqual([
      ['Sở Tư pháp'],
      ['Sở Tư pháp'],
      ['Sở Tài chính'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
    ]);
    expect(tasks.every((t) => t.reader === 'agency-headings')).toBe(true);
  });

  it("ids a body task as the plan's own (KH/…), not as a row of an appendix", () => {
    const tasks = tasksOf(doc);
    expect(tasks.every((t) => t.appendix === '')).toBe(true);
    expect(tasks.map((t) => t.id)).toEqual(tasks.map((t) => `KH/${t.ordinal}`));
    expect(tasks[0]?.id).toMatch(/^KH\/II\./);
  });

  it('reads cooperating agencies and the deadline from the bullet, and joins its wrapped lines', () => {
    const [first] = tasksOf(doc);
    expect(first?.content).toBe(
      'Chủ trì, phối hợp với Sở Nội vụ tổ chức tập huấn cho cán bộ làm công tác pháp chế, hoàn thành trước ngày 15/12/2026.',
    );
    expect(first?.cooperating.map((a) => a.name)).toEqual(['Sở Nội vụ']);
    expect(first?.deadline?.text).toBe('trước ngày 15/12/2026');
  });

  it('takes the inline text after the colon as the task, and points at its lines', () => {
    const finance = tasksOf(doc).find((t) => t.lead[0]?.name === 'Sở Tài chính');
    expect(finance?.content).toBe('bố trí kinh phí thực hiện Kế hoạch theo quy định.');
    const lines = doc.split('\n');
    expect(lines[finance!.source.startLine - 1]).toContain('Sở Tài chính');
  });

  it('keeps a bullet that ends with its labelled deadline a task; a labelled line alone is its task field', () => {
    const tasks = tasksOf(`${HEADER}
II. TỔ CHỨC THỰC HIỆN

1. Sở Nội vụ

- Hướng dẫn các cơ quan, đơn vị rà soát vị trí việc làm.

Thời gian thực hiện: Quý I/2026.

- Tổng hợp kết quả rà soát, báo cáo Ủy ban nhân dân tỉnh. Thời gian hoàn thành: Trước ngày 31/5/2026.

2. Sở Tài chính: bố trí kinh phí thực hiện Kế hoạch theo quy định.

3. Sở Tư pháp: thẩm định các văn bản quy định về vị trí việc làm.
${SIGNATURE}`);
    expect(tasks.map((t) => [t.content.slice(0, 30), t.deadline?.text])).toEqual([
      ['Hướng dẫn các cơ quan, đơn vị ', 'Quý I/2026'],
      ['Tổng hợp kết quả rà soát, báo ', 'Trước ngày 31/5/2026'],
      ['bố trí kinh phí thực hiện Kế h', undefined],
      ['thẩm định các văn bản quy định', undefined],
    ]);
  });
});

describe('a decision that approves its scheme in its articles', () => {
  const doc = `THỦ TƯỚNG CHÍNH PHỦ
-------
Số: 45/QĐ-TTg
Hà Nội, ngày 10 tháng 02 năm 2025

QUYẾT ĐỊNH
PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN THƯ VIỆN SỐ
Căn cứ Luật Tổ chức Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án phát triển thư viện số với những nội dung sau:
I. MỤC TIÊU
Đến năm 2030, 80% thư viện công cộng có thư viện số.
II. NHIỆM VỤ, GIẢI PHÁP
a) Hoàn thiện thể chế về thư viện số.
b) Đào tạo người làm thư viện.
Điều 2. Tổ chức thực hiện
1. Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Bộ Tài chính hướng dẫn triển khai Đề án.
2. Bộ Giáo dục và Đào tạo chủ trì đào tạo người làm thư viện.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
`;

  it('reads the agencies of the article "Tổ chức thực hiện" as an assignments section, beside the bare bullets', () => {
    const tasks = tasksOf(doc);
    const led = tasks.filter((t) => t.reader === 'agency-headings');
    expect(led.map((t) => [t.ordinal, t.lead.map((a) => a.name), t.cooperating.map((a) => a.name)])).toEqual([
      ['Điều 2.1', ['Bộ Văn hóa, Thể thao và Du lịch'], ['Bộ Tài chính']],
      ['Điều 2.2', ['Bộ Giáo dục và Đào tạo'], []],
    ]);
    expect(tasks.filter((t) => t.reader === 'bare-bullets').map((t) => t.ordinal)).toEqual(['II.a', 'II.b']);
  });
});

describe('labelled fields (B1)', () => {
  const doc = `${HEADER}
II. NHIỆM VỤ

1. Rà soát, hệ thống hóa văn bản quy phạm pháp luật
- Nội dung: rà soát các văn bản do HĐND, UBND tỉnh ban hành.
- Cơ quan chủ trì: Sở Tư pháp.
- Cơ quan phối hợp: Các sở, ban, ngành; UBND các xã, phường.
- Thời gian thực hiện: Quý II/2026.

2. Tập huấn kỹ năng soạn thảo văn bản
- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Trường Chính trị tỉnh.
- Thời gian thực hiện: Năm 2026.
${SIGNATURE}`;

  it('makes one task of each label group, under the item above it', () => {
    const tasks = tasksOf(doc);
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({
      ordinal: 'II.1',
      reader: 'labelled-fields',
      content: 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật: rà soát các văn bản do HĐND, UBND tỉnh ban hành.',
    });
    expect(tasks[0]?.lead.map((a) => a.name)).toEqual(['Sở Tư pháp']);
    expect(tasks[0]?.cooperating.map((a) => a.name)).toEqual(['Các sở, ban, ngành', 'UBND các xã, phường']);
    expect(tasks[0]?.deadline?.text).toBe('Quý II/2026.');
  });

  it('splits "X chủ trì, phối hợp với Y" in a performer field into lead and cooperating', () => {
    const second = tasksOf(doc)[1];
    expect(second?.lead.map((a) => a.name)).toEqual(['Sở Nội vụ']);
    expect(second?.cooperating.map((a) => a.name)).toEqual(['Trường Chính trị tỉnh']);
  });
});

describe('bare bullets (B3)', () => {
  it('reads the bullets of a task section as tasks without a lead', () => {
    const tasks = tasksOf(`${HEADER}
II. NHIỆM VỤ, GIẢI PHÁP

1. Về thể chế
a) Hoàn thiện quy chế phối hợp trong xây dựng văn bản.
b) Rà soát quy trình thẩm định:
- thẩm định dự thảo nghị quyết;
- thẩm định dự thảo quyết định.
${SIGNATURE}`);
    expect(tasks.map((t) => t.ordinal)).toEqual(['II.1.a', 'II.1.b']);
    expect(tasks[1]?.content).toBe('Rà soát quy trình thẩm định: thẩm định dự thảo nghị quyết; thẩm định dự thảo quyết định.');
    expect(tasks.every((t) => t.lead.length === 0 && t.reader === 'bare-bullets')).toBe(true);
  });
});

describe('flat task tables (T1)', () => {
  it('reads a wrapped export: short first lines, full lines going on, cells in header order', () => {
    const tasks = tasksOf(`${HEADER}${SIGNATURE}
PHỤ LỤC
DANH MỤC NHIỆM VỤ
TT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
Kết quả dự kiến
I
HOÀN THIỆN THỂ CHẾ
1
Phối hợp rà soát, sửa đổi quy định
về quản lý, khai thác, sử dụng cơ sở dữ liệu quốc gia về quy hoạch để tạo hành
lang pháp lý cho hoạt động của hệ thống thông tin.
Sở Tài chính
Các sở, ngành, UBND xã, phường
Quý IV/2026
Quyết định của cấp có thẩm quyền
2
Xây dựng hạ tầng công nghệ
thông tin tại Sở Tài chính để vận hành, khai thác và chia sẻ cơ sở dữ liệu về quy
hoạch.
Trung tâm Chuyển đổi số tỉnh
Sở Khoa học và Công nghệ
Năm 2026 - 2027
`);
    expect(tasks.map((t) => t.ordinal)).toEqual(['I.1', 'I.2']);
    expect(tasks[0]).toMatchObject({
      reader: 'flat-table',
      content:
        'Phối hợp rà soát, sửa đổi quy định về quản lý, khai thác, sử dụng cơ sở dữ liệu quốc gia về quy hoạch để tạo hành lang pháp lý cho hoạt động của hệ thống thông tin.',
    });
    expect(tasks[0]?.lead.map((a) => a.name)).toEqual(['Sở Tài chính']);
    expect(tasks[0]?.products).toEqual(['Quyết định của cấp có thẩm quyền']);
    // The second row prints no product: its deadline still lands in the deadline column.
    expect(tasks[1]?.deadline?.text).toBe('Năm 2026 - 2027');
    expect(tasks[1]?.cooperating.map((a) => a.name)).toEqual(['Sở Khoa học và Công nghệ']);
  });

  it('reads a gazette print: narrow cells, a column of no role, a row the page breaks under a repeated header', () => {
    const header = `STT
Nhiệm vụ
Cơ quan chủ trì
Đơn vị phối hợp
(Bộ/ngành/địa phương)
Cấp phê duyệt
Tiến độ
thực hiện`;
    const tasks = tasksOf(`${HEADER}${SIGNATURE}
PHỤ LỤC
${header}
1
Khảo sát nhu cầu đào tạo nhân lực
trong lĩnh vực an toàn thực phẩm
Bộ Y tế
Các bộ, ngành và
địa phương
Bộ trưởng Bộ
Y tế
Hằng năm
2
Xây dựng chương trình bồi dưỡng
cho cán bộ kiểm nghiệm (thay thế
Thông tư 12/2015/TT-BYT)
Bộ Y tế
Bộ Giáo dục và
Đào tạo

CÔNG BÁO/Số 210/Ngày 12-05-2026
41


${header}
và cơ sở kiểm nghiệm tuyến tỉnh
Thủ tướng
Chính phủ
Thực
hiện
thường
xuyên, lồng ghép trong các chương trình đào tạo của ngành
3
Đánh giá kết quả đào tạo
Bộ Y tế

Bộ trưởng Bộ
Y tế
2027
`);
    expect(tasks.map((t) => t.ordinal)).toEqual(['1', '2', '3']);
    expect(tasks[0]).toMatchObject({ content: 'Khảo sát nhu cầu đào tạo nhân lực trong lĩnh vực an toàn thực phẩm' });
    expect(tasks[0]?.deadline?.text).toBe('Hằng năm');
    expect(tasks[1]?.content).toBe(
      'Xây dựng chương trình bồi dưỡng cho cán bộ kiểm nghiệm (thay thế Thông tư 12/2015/TT-BYT) và cơ sở kiểm nghiệm tuyến tỉnh',
    );
    expect(tasks[1]?.cooperating.map((a) => a.name)).toEqual(['Bộ Giáo dục và Đào tạo']);
    expect(tasks[1]?.deadline?.text).toBe('Thực hiện thường xuyên, lồng ghép trong các chương trình đào tạo của ngành');
    expect(tasks[2]?.deadline?.text).toBe('2027');
  });

  it('opens a new cell at a capital "Các" even after a word that usually wraps ("… ngang bộ" ⏎ "Các bộ, ngành …")', () => {
    const tasks = tasksOf(`${HEADER}${SIGNATURE}
PHỤ LỤC
TT
Nội dung công việc
Cơ quan chủ trì
Cơ quan phối hợp
Thời hạn hoàn thành
1
Rà soát các quy định về phân cấp
Các bộ, cơ quan ngang bộ
Các bộ, ngành, cơ quan liên quan
Quý II/2026
2
Tổng hợp kết quả rà soát
Bộ Tư pháp
Các bộ, ngành liên quan
Quý III/2026
`);
    expect(tasks.map((t) => [t.lead.map((a) => a.name), t.cooperating.map((a) => a.name)])).toEqual([
      [['Các bộ, cơ quan ngang bộ'], ['Các bộ, ngành, cơ quan liên quan']],
      [['Bộ Tư pháp'], ['Các bộ, ngành liên quan']],
    ]);
  });

  it('reads a Word export: a line a cell, ordinals with dots, a group row in sentence case', () => {
    const tasks = tasksOf(`${HEADER}${SIGNATURE}
PHỤ LỤC SỐ 01
TT
Nội dung công việc
Sản phẩm
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian hoàn thành

I. Nhiệm vụ cải cách thể chế

1.
Tổng kết đánh giá thi hành Nghị định số 104/2007/NĐ-CP, trên cơ sở đó đề xuất nội dung sửa đổi.
Dự thảo Nghị định sửa đổi, bổ sung
Vụ Tài chính ngân hàng
Vụ Pháp chế và các đơn vị có liên quan
Quý III/2026

2.
Nghiên cứu, xây dựng Nghị định về thu tiền sử dụng đất.
Dự thảo Nghị định
Cục Quản lý công sản
Vụ Pháp chế
Quý II/2026
`);
    expect(tasks.map((t) => `${t.appendix}/${t.ordinal}`)).toEqual(['01/I.1', '01/I.2']);
    expect(tasks[1]).toMatchObject({ content: 'Nghiên cứu, xây dựng Nghị định về thu tiền sử dụng đất.', products: ['Dự thảo Nghị định'] });
    expect(tasks[1]?.lead.map((a) => a.name)).toEqual(['Cục Quản lý công sản']);
    expect(tasks[1]?.deadline?.text).toBe('Quý II/2026');
  });

  // A line a cell, of any length (a Word export, not a wrapped one).
  it("gives each task text printed alone under a row its own task, sharing the row's merged cells", () => {
    const tasks = tasksOf(`${HEADER}${SIGNATURE}
PHỤ LỤC SỐ 01
STT
Cơ quan chủ trì
Nội dung thực hiện
Cơ quan phối hợp
Thời gian trình
1
Bộ Kế hoạch và Đầu tư
Xây dựng một số cơ chế, chính sách đặc thù đối với vùng kinh tế trọng điểm phía Bắc, trình Thủ tướng Chính phủ ban hành trong năm
Các Bộ, ngành liên quan
2026
2
Ủy ban nhân dân các tỉnh trong vùng
Rà soát lại các quy hoạch tổng thể phát triển kinh tế - xã hội của tỉnh


Xây dựng kế hoạch đầu tư công trung hạn của địa phương giai đoạn 2026 - 2030


Cập nhật các dự báo, xác định lại cơ cấu kinh tế theo hướng phát triển bền vững
`);
    expect(tasks.map((t) => t.ordinal)).toEqual(['1', '2', '2', '2']);
    expect(tasks.slice(1).map((t) => t.lead.map((a) => a.name))).toEqual(Array(3).fill(['Ủy ban nhân dân các tỉnh trong vùng']));
    expect(tasks[2]?.content).toBe('Xây dựng kế hoạch đầu tư công trung hạn của địa phương giai đoạn 2026 - 2030');
  });

  it('leaves a short last cell after a blank one in its row, not a task of its own', () => {
    const tasks = tasksOf(`${HEADER}${SIGNATURE}
PHỤ LỤC SỐ 01
TT
Nội dung công việc
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian hoàn thành
1
Tổng kết đánh giá thi hành Luật Kế toán hiện hành, trên cơ sở đó đề xuất sửa đổi, bổ sung Luật Kế toán và các văn bản hướng dẫn
Vụ Chế độ kế toán và kiểm toán

Theo phân công của Thủ tướng Chính phủ
2
Nghiên cứu, xây dựng Nghị định về thu tiền sử dụng đất.
Cục Quản lý công sản
Vụ Pháp chế
Quý II/2026
`);
    expect(tasks.map((t) => t.ordinal)).toEqual(['1', '2']);
  });

  it('never sends a clean table to an OCR reader, whatever its shape', () => {
    const doc = parse(
      `${HEADER}${SIGNATURE}
PHỤ LỤC
1. Phối hợp chặt chẽ với Bộ Công an, Văn phòng Chính phủ và
các cơ quan có liên quan trong quá trình thực hiện Đề án.
2. Rà soát, thống kê các trường thông tin có trong cơ sở dữ liệu
đang được quản lý (hoàn thành trong Quý IV/2026).
3. Kết nối Nền tảng tích hợp, chia sẻ dữ liệu quốc gia
(Quý III/2027).
4. Xây dựng phương án đồng bộ dữ liệu theo phạm vi quản lý
(theo lộ trình do Bộ Công an đề xuất).
`,
      { path: 'plan.txt', restore: 'never' },
    );
    expect(doc.tasks.filter((t) => t.reader.startsWith('ocr-'))).toEqual([]);
  });

  it('reads a Markdown pipe table inside a text file', () => {
    const tasks = tasksOf(`${HEADER}${SIGNATURE}
PHỤ LỤC 01 DANH MỤC VĂN BẢN
| STT | Tên văn bản | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
| --- | --- | --- | --- | --- |
| 1 | Luật Địa chất và Khoáng sản | Cục Khoáng sản Việt Nam | Vụ Pháp chế | Tháng 02/2026 |
| 2 | Nghị định quy định chi tiết Luật Đất đai | Vụ Đất đai | Vụ Pháp chế | Tháng 9/2026 |
`);
    expect(tasks.map((t) => t.content)).toEqual(['Luật Địa chất và Khoáng sản', 'Nghị định quy định chi tiết Luật Đất đai']);
    expect(tasks[1]?.lead.map((a) => a.name)).toEqual(['Vụ Đất đai']);
  });
});

describe('a plan that matches no family', () => {
  it('keeps its header, invents no task from prose, and says what was looked for', () => {
    const doc = parse(
      `${HEADER}
II. KINH PHÍ

Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành.
${SIGNATURE}`,
      { path: 'plan.txt', restore: 'never' },
    );
    expect(doc.decision.number).toBe('141/KH-UBND');
    expect(doc.tasks).toEqual([]);
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('cchc-segment:no-task-layout');
  });
});
