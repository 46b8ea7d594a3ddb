// A flat table's deadline column, and what is no cell of its last row (LAYOUTS.md §4):
// - a report table printing "Thời hạn" and, beside it, "Kết quả thực hiện" and "Tiến độ": the
//   progress ("Đã hoàn thành") is no deadline (the shape of corpus:tnt/74e2ddc7b11340da); "Tiến độ"
//   alone is the deadline column (plans:p8-893-QD-TTg-2026.txt);
// - a numbered part's heading, wrapped, over the next table's header or over its first row "2.1"
//   ends the row above it (tnt/74e2ddc7b11340da, plans:p8-982-QD-TTg-2026.txt).
// Invented tables in those shapes.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { provincialHeading, deputySignature } from '../helpers/invented-plan.js';

const HEADER = `${provincialHeading({ place: 'Bình Định', number: '118/KH-UBND', dated: 'ngày 05 tháng 11 năm 2025' })}
KẾ HOẠCH
ĐÔN ĐỐC CÁC NHIỆM VỤ CHUYỂN ĐỔI SỐ CÒN CHẬM

I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm các nhiệm vụ được hoàn thành đúng hạn.

${deputySignature('Lê Văn Tâm')}`;

const tasksOf = (text: string) => parse(text, { path: 'plan.txt', restore: 'never' }).tasks;
const deadlines = (text: string) => tasksOf(text).map((t) => t.deadline?.text ?? null);

describe('the deadline column of a flat table', () => {
  it('reads "Thời hạn" as the deadline and leaves the progress under "Tiến độ" beside it out', () => {
    expect(
      deadlines(`${HEADER}
PHỤ LỤC
STT
Tên nhiệm vụ
Đơn vị chủ trì
Thời hạn
Kết quả thực hiện
Tiến độ
1
Xây dựng cơ sở dữ liệu đất đai
của tỉnh, kết nối với cơ sở dữ liệu quốc gia
Sở Nông nghiệp và Môi trường
31/10/2025
Đã hoàn thành việc chuẩn hóa dữ liệu của 40 xã, phường.
Đang thực hiện
2
Triển khai nền tảng họp trực tuyến
đến cấp xã
Sở Khoa học và Công nghệ
30/11/2025
Đã đưa vào sử dụng tại 58 xã, phường.
Đã hoàn thành
`),
    ).toEqual(['31/10/2025', '30/11/2025']);
  });

  it('reads "Tiến độ" as the deadline where no column names the time allowed', () => {
    expect(
      deadlines(`${HEADER}
PHỤ LỤC
STT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Tiến độ
1
Xây dựng cơ sở dữ liệu đất đai
của tỉnh, kết nối với cơ sở dữ liệu quốc gia
Sở Nông nghiệp và Môi trường
Sở Khoa học và Công nghệ
Quý IV/2026
`),
    ).toEqual(['Quý IV/2026']);
  });

  it("ends a row at the next part's wrapped heading, over a new header or over its first row", () => {
    const table = (between: string) => `${HEADER}
PHỤ LỤC
1. Các nhiệm vụ về dữ liệu
STT
Nhiệm vụ
Cơ quan chủ trì
Thời hạn hoàn thành
1.
Xây dựng cơ sở dữ liệu đất đai
của tỉnh, kết nối với cơ sở dữ liệu quốc gia
Sở Nông nghiệp và Môi trường
31/10/2025
${between}
Triển khai nền tảng họp trực tuyến
đến cấp xã
Sở Khoa học và Công nghệ
30/11/2025
`;
    expect(
      deadlines(
        table(`2. Các nhiệm vụ về hạ tầng số
quá hạn chưa hoàn thành
STT
Nhiệm vụ
Cơ quan chủ trì
Thời hạn hoàn thành
1.`),
      ),
    ).toEqual(['31/10/2025', '30/11/2025']);
    expect(
      deadlines(
        table(`2. Phát triển hạ tầng số, nền tảng số dùng chung của tỉnh bảo đảm kết nối, liên thông với các
hệ thống thông tin của Trung ương
2.1`),
      ),
    ).toEqual(['31/10/2025', '30/11/2025']);
  });
});
