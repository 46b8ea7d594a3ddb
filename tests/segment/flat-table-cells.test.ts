// Where a flat table's cells end (LAYOUTS.md §4) once the text is wrapped: at a web export's
// width, an agency line or a deadline after an agency cell opens the next cell however full the
// line above (shapes of corpus:tnt/001c610b2efdcf0c, 192068354fd1ffe5, c5d930a5fc8373cd and
// plans:p8-893-QD-TTg-2026.txt); a gazette PDF wraps each cell at its narrow column's width, so a
// task text goes on across a line that starts with a capital (plans:p8-100-NQ-CP-2026.txt,
// p8-982-QD-TTg-2026.txt). Invented tables in those shapes.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { provincialHeading, deputySignature } from '../helpers/invented-plan.js';

const HEADER = `${provincialHeading({ place: 'Quảng Trị', number: '210/KH-UBND', dated: 'ngày 14 tháng 10 năm 2025' })}
KẾ HOẠCH
TRIỂN KHAI HỆ THỐNG THÔNG TIN QUY HOẠCH

I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm các nhiệm vụ được triển khai đồng bộ.

${deputySignature('Hồ Văn Nam')}`;

// The appendix heading and the columns both web-export tables print first.
const COLUMNS = `PHỤ LỤC
TT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành`;

const tasksOf = (text: string) => parse(text, { path: 'plan.txt', restore: 'never' }).tasks;
const names = (agencies: Array<{ name: string }>) => agencies.map((a) => a.name);

describe('flat table cells at a web export width', () => {
  const tasks = () =>
    tasksOf(`${HEADER}
${COLUMNS}
Kết quả dự kiến
I
HOÀN THIỆN HẠ TẦNG
1
Xây dựng phần mềm quản lý
hệ thống thông tin quy hoạch đáp ứng yêu cầu quản lý nhà nước về quy hoạch,
phục vụ chỉ đạo điều hành của lãnh đạo các cấp và nhu cầu khai thác thông tin.
Trung tâm Chuyển đổi số tỉnh
Sở Tài chính, Sở Khoa học và Công nghệ, các sở, ngành, UBND xã, phường,
đặc khu
Quý IV/2026
Phần mềm được đưa vào vận hành
2
Bảo đảm an toàn thông tin
cho hệ thống thông tin quy hoạch khi kết nối, chia sẻ dữ liệu với các cơ sở dữ
liệu của các sở, ngành, địa phương.
Công an tỉnh
Sở Khoa học và Công nghệ, Sở Nội vụ, các sở, ngành, UBND xã, phường, đặc khu
Quý II/2027
Phương án bảo đảm an toàn thông tin
`);

  it('opens the cooperating cell at an agency line, though the lead above is a short first line', () => {
    expect(tasks().map((t) => names(t.lead))).toEqual([['Trung tâm Chuyển đổi số tỉnh'], ['Công an tỉnh']]);
    expect(names(tasks()[0]!.cooperating)).toContain('Sở Tài chính');
  });

  it('opens the deadline cell after a full agency line', () => {
    expect(tasks().map((t) => t.deadline?.text)).toEqual(['Quý IV/2026', 'Quý II/2027']);
    expect(names(tasks()[1]!.cooperating).at(-1)).toBe('UBND xã, phường, đặc khu');
  });
});

describe('flat table cells of a gazette PDF, each wrapped at its column', () => {
  const tasks = () =>
    tasksOf(`${HEADER}
PHỤ LỤC
TT
Tên nhiệm vụ
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
Thời hạn
1.
Rà soát, đánh giá thực tiễn thi hành các
quy định về quản lý hoạt động hợp tác với
các tổ chức phi chính phủ nước ngoài tại Việt
Nam, đề xuất sửa đổi, bổ sung các quy định
phù hợp với yêu cầu thực tiễn.
Bộ Ngoại
giao
Bộ Tư pháp,
các bộ,
ngành liên
quan
Báo cáo
đánh giá
Năm 2026
2.
Xây dựng cơ sở dữ liệu về các chương trình,
dự án viện trợ không hoàn lại của các tổ chức
phi chính phủ nước ngoài, kết nối với Cổng
Dịch vụ công quốc gia và các hệ thống thông
tin của các bộ, ngành, địa phương.
Bộ Kế hoạch
và Đầu tư
Bộ Công an,
Bộ Ngoại giao
Cơ sở dữ liệu
được vận hành
Năm 2027
3.
Tổ chức tập huấn nghiệp vụ cho cán bộ làm
công tác quản lý viện trợ ở các bộ, ngành và
địa phương trên phạm vi cả nước.
Bộ Ngoại
giao
Các bộ,
ngành, địa
phương
Lớp tập huấn
Hằng năm
`);

  it('keeps a task text whole across a line that starts with a capital ("… tại Việt" ⏎ "Nam, …")', () => {
    expect(tasks().map((t) => t.content)).toEqual([
      'Rà soát, đánh giá thực tiễn thi hành các quy định về quản lý hoạt động hợp tác với các tổ chức phi chính phủ nước ngoài tại Việt Nam, đề xuất sửa đổi, bổ sung các quy định phù hợp với yêu cầu thực tiễn.',
      'Xây dựng cơ sở dữ liệu về các chương trình, dự án viện trợ không hoàn lại của các tổ chức phi chính phủ nước ngoài, kết nối với Cổng Dịch vụ công quốc gia và các hệ thống thông tin của các bộ, ngành, địa phương.',
      'Tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác quản lý viện trợ ở các bộ, ngành và địa phương trên phạm vi cả nước.',
    ]);
  });

  it('reads each row’s lead, cooperating and deadline from its own cells', () => {
    expect(tasks().map((t) => names(t.lead))).toEqual([['Bộ Ngoại giao'], ['Bộ Kế hoạch và Đầu tư'], ['Bộ Ngoại giao']]);
    expect(tasks().map((t) => t.deadline?.text)).toEqual(['Năm 2026', 'Năm 2027', 'Hằng năm']);
    expect(names(tasks()[1]!.cooperating)).toEqual(['Bộ Công an', 'Bộ Ngoại giao']);
  });
});

describe('a report is no newspaper', () => {
  // "Báo" heads a newspaper's name ("Báo Thanh Hóa"); "Báo cáo" is a report, a product cell or a
  // task text's wrapped line (plans:lvn-07-QD-BTC-2014.txt, corpus:tnt/001c610b2efdcf0c).
  it('reads "Báo cáo …" as a product cell, not as the lead, in a table whose product comes before its agencies, its last column left empty', () => {
    const tasks = tasksOf(`${HEADER}
PHỤ LỤC
TT
Nhiệm vụ cụ thể
Sản phẩm
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian thực hiện
Ghi chú

I. Nhiệm vụ cải cách tài chính công

1.
Xây dựng quyết toán thu, chi ngân sách năm 2025 của Sở Nội vụ
Báo cáo kết quả quyết toán
Phòng Kế hoạch - Tài chính
Các phòng thuộc Sở
Quý III/2026

2.
Theo dõi, đôn đốc các đơn vị thực hiện dự toán được giao
Báo cáo định kỳ
Văn phòng Sở
Các phòng thuộc Sở
Hằng quý
`);
    expect(tasks.map((t) => names(t.lead))).toEqual([['Phòng Kế hoạch - Tài chính'], ['Văn phòng Sở']]);
    expect(tasks.map((t) => t.products)).toEqual([['Báo cáo kết quả quyết toán'], ['Báo cáo định kỳ']]);
  });
});

// A deadline cell printed as a full date ("15/4/2014", "31/05/2025") right under the lead cell, with
// a column naming the assigning document between the task and the lead, left empty in a row whose
// cell was merged with the row above (shapes of plans:lvn-67-QD-TTg-2014.txt and
// corpus:tnt/74e2ddc7b11340da): the row prints fewer cells than the header, and each takes the
// column it reads as. Invented rows.
describe('a flat table whose deadline cells are dates', () => {
  const tasks = () =>
    tasksOf(`${HEADER}
PHỤ LỤC
STT
Nhiệm vụ
Văn bản giao
nhiệm vụ
Cơ quan chủ trì
thực hiện
Thời hạn hoàn
thành
1.
Hoàn thiện cơ sở dữ liệu quy hoạch của tỉnh, bảo đảm kết nối, chia sẻ với
các hệ thống thông tin của các sở, ngành.
Kế hoạch số 12/KH-UBND
Sở Tài chính
31/05/2026
2.
Xây dựng quy chế khai thác dữ liệu quy hoạch dùng chung
Sở Khoa học và Công nghệ
15/6/2026
`);

  it('ends the lead cell where the date opens the deadline cell', () => {
    expect(tasks().map((t) => names(t.lead))).toEqual([['Sở Tài chính'], ['Sở Khoa học và Công nghệ']]);
    expect(tasks().map((t) => t.deadline?.text)).toEqual(['31/05/2026', '15/6/2026']);
  });
});

// One agency column whose cells say who leads and who helps, as the body's sentences do
// (LAYOUTS.md §10: "<X> chủ trì, phối hợp (với) <Y>"), beside a cell that is only names and one
// whose "chủ trì" belongs to a name ("… được giao chủ trì soạn thảo"). Invented rows.
describe('an agency cell that says who leads and who cooperates', () => {
  const tasks = () =>
    tasksOf(`${HEADER}
PHỤ LỤC
STT
Nội dung công việc
Cơ quan thực hiện
Thời gian hoàn thành
1
Rà soát quy trình nội bộ giải quyết thủ tục hành chính
Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và các sở, ngành liên quan
Quý II/2026
2
Nâng cấp hệ thống thông tin giải quyết thủ tục hành chính
Các xã, phường chủ trì
Quý III/2026
3
Công bố danh mục thủ tục hành chính được sửa đổi
Các đơn vị được giao chủ trì soạn thảo
Quý IV/2026
4
Tổ chức hội nghị tập huấn cho công chức một cửa
Sở Khoa học và Công nghệ, Văn phòng UBND tỉnh
Năm 2026
`);

  it('leads with the agency before "chủ trì" and cooperates with those after "phối hợp với"', () => {
    expect(names(tasks()[0]!.lead)).toEqual(['Sở Nội vụ']);
    expect(names(tasks()[0]!.cooperating)).toContain('Sở Tài chính');
    expect(names(tasks()[1]!.lead)).toEqual(['Các xã, phường']);
  });

  it('leaves a cell of names, or a name holding "chủ trì", as printed', () => {
    expect(names(tasks()[2]!.lead)).toEqual(['Các đơn vị được giao chủ trì soạn thảo']);
    expect(names(tasks()[3]!.lead)).toEqual(['Sở Khoa học và Công nghệ', 'Văn phòng UBND tỉnh']);
    expect(tasks()[3]!.cooperating).toEqual([]);
  });
});

// "Chính phủ" opens a line of its own in a wrapped cell: as the rest of a name begun on the line
// above ("Ban Cơ yếu" ⏎ "Chính phủ": plans:p8-175-NQ-CP-2023.txt, corpus:tnt/2edf5927c71bc4c1), or as
// digital government, what a task is about ("phục vụ" ⏎ "Chính phủ số …": tnt/2edf5927c71bc4c1).
describe('a line opening with "Chính phủ" in a flat table', () => {
  const tasks = () =>
    tasksOf(`${HEADER}
${COLUMNS}
1
Xây dựng hạ tầng khóa công khai chuyên dùng phục vụ xác thực giao dịch điện tử của các cơ quan nhà nước
trên môi trường mạng
Ban Cơ yếu
Chính phủ
Bộ Công an, Bộ Khoa học và Công nghệ
Năm 2026
2
Hoàn thiện nền tảng tích hợp, chia sẻ dữ liệu quốc gia phục vụ phát triển
Chính phủ số theo kiến trúc đã được phê duyệt, bảo đảm kết nối với các hệ thống thông tin
Bộ Công an
Văn phòng Chính phủ, các bộ, ngành
Năm 2027
`);

  it('keeps a name wrapped over two lines one lead', () => {
    expect(names(tasks()[0]!.lead)).toEqual(['Ban Cơ yếu Chính phủ']);
    expect(names(tasks()[0]!.cooperating)).toEqual(['Bộ Công an', 'Bộ Khoa học và Công nghệ']);
  });

  it('keeps "Chính phủ số" in the task text, and the lead in its own cell', () => {
    expect(tasks()[1]!.content).toContain('phục vụ phát triển Chính phủ số theo kiến trúc');
    expect(names(tasks()[1]!.lead)).toEqual(['Bộ Công an']);
  });
});
