// Signs in a task's text that another cell ran into it (src/extract/confidence/content-shape.ts), and
// words no agency name is made of (agency-words.ts). Texts here are written for the test.
import { describe, expect, it } from 'vitest';
import {
  bareDate,
  endsOnAgency,
  innerNumbering,
  productSeamInside,
  seamInside,
  tailAfterStop,
} from '../../src/extract/confidence/content-shape.js';
import { otherDeadlineBeside } from '../../src/extract/confidence/deadline-shape.js';
import { namesCooperation } from '../../src/segment/readers/cooperating.js';
import { foreignWords } from '../../src/extract/confidence/agency-words.js';

describe('endsOnAgency: the agency column read into the task text', () => {
  it.each(['Hoàn thiện phần mềm quản lý hồ sơ cán bộ Sở Nội vụ', 'Rà soát quy trình nội bộ giải quyết thủ tục hành chính Bộ Tư pháp'])(
    '%s',
    (text) => expect(endsOnAgency(text)).toBe(true),
  );

  it.each([
    // introduced by a word that takes a name
    'Định kỳ báo cáo tình hình thực hiện gửi Sở Nội vụ',
    'Chủ trì, phối hợp với Sở Tài chính',
    'Tổng hợp, báo cáo Thủ tướng Chính phủ',
    // a sentence closed by its stop
    'Tổ chức tập huấn cho cán bộ Sở Nội vụ.',
    // no agency at the end
    'Xây dựng cơ sở dữ liệu cán bộ, công chức',
  ])('not: %s', (text) => expect(endsOnAgency(text)).toBe(false));
});

describe('innerNumbering: numbered items or a numbered heading after the start', () => {
  it.each([
    'Sửa đổi quy chế làm việc của Ủy ban (1) Sở Tư pháp (2) Sở Nội vụ',
    'Biên soạn tài liệu tập huấn 1. Kỹ năng số cơ bản 2. An toàn thông tin',
    'Xây dựng kho dữ liệu dùng chung Nội dung 3: Đào tạo nguồn nhân lực',
  ])('%s', (text) => expect(innerNumbering(text)).toBe(true));

  it.each([
    'Triển khai các nhiệm vụ, gồm: (8) Phát triển dịch vụ công trực tuyến;',
    'Thực hiện Tiểu dự án 3 thuộc Dự án 7: Tăng cường công tác tuyên truyền',
    'Rà soát 2 quy trình nội bộ (1) Quy trình tiếp nhận (3) Quy trình trả kết quả',
  ])('not: %s', (text) => expect(innerNumbering(text)).toBe(false));
});

describe('bareDate: a date no date word introduces', () => {
  it('finds a date column run into the text', () =>
    expect(bareDate('Luật Thống kê sửa đổi 01/7/2026 Nghị định hướng dẫn thi hành')).toBe(true));
  it.each(['Thực hiện Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ', 'Hoàn thành trước ngày 31/12/2026'])('not: %s', (text) =>
    expect(bareDate(text)).toBe(false),
  );
});

describe('foreignWords: words no agency name is made of', () => {
  it.each(['Sở Tài chính', 'Ủy ban nhân dân các xã, phường', 'các cơ quan, đơn vị có liên quan', 'Các bộ, cơ quan ngang bộ'])(
    'none in %s',
    (name) => expect(foreignWords(name)).toBe(0),
  );
  it('counts the task words run into a name', () => expect(foreignWords('Sở Y tế thẩm định hồ sơ')).toBeGreaterThanOrEqual(2));
});

describe('tailAfterStop: a capitalised tail with no stop after a closed sentence', () => {
  it.each([
    'Xây dựng đề án phát triển vùng nguyên liệu. Nội dung 4: Hỗ trợ hợp tác xã',
    'Tổ chức hội nghị sơ kết. Cơ quan, đơn vị liên quan bố',
  ])('%s', (text) => expect(tailAfterStop(text)).toBe(true));
  it.each([
    'Tổ chức hội nghị sơ kết. Báo cáo kết quả về Sở Nội vụ.',
    'Rà soát thủ tục hành chính trong lĩnh vực đất đai',
    'Tổ chức hội nghị sơ kết; tổng hợp kết quả',
  ])('not: %s', (text) => expect(tailAfterStop(text)).toBe(false));
});

describe("seamInside: a task's or a status cell's opening word mid-sentence", () => {
  it.each([
    'Kết nối dữ liệu hộ tịch với hệ thống quốc gia Chưa hoàn thành',
    'Nâng cao năng lực đội ngũ cán bộ làm công tác pháp chế Tăng cường bồi dưỡng nghiệp vụ',
  ])('%s', (text) => expect(seamInside(text)).toBe(true));
  it.each(['Phối hợp với Sở Xây dựng rà soát quy hoạch', 'Rà soát, Xây dựng quy chế phối hợp', 'Tổ chức tập huấn cho cán bộ cấp xã'])(
    'not: %s',
    (text) => expect(seamInside(text)).toBe(false),
  );
});

describe("productSeamInside: a product cell's opening word mid-phrase", () => {
  it.each([
    'Cơ sở dữ liệu quy hoạch được cập nhật Báo cáo kết quả thực hiện',
    'Quy chế phối hợp được ban hành Công bố danh mục dịch vụ công',
    'Phần mềm quản lý hồ sơ vận hành Các khóa tập huấn cho cán bộ',
  ])('%s', (text) => expect(productSeamInside(text)).toBe(true));
  it.each([
    'Nghị định sửa đổi được ban hành',
    'Báo cáo kết quả gửi Sở Xây dựng',
    'Quyết định của Chủ tịch Ủy ban nhân dân tỉnh',
    'Tờ trình Ủy ban nhân dân tỉnh ban hành Kế hoạch',
  ])('not: %s', (text) => expect(productSeamInside(text)).toBe(false));
});

describe('otherDeadlineBeside: the text names a deadline beside the one read from it', () => {
  it('a recurrence around a date', () =>
    expect(otherDeadlineBeside('Định kỳ hằng năm (trước ngày 20 tháng 11) gửi báo cáo về Sở Nội vụ', 'trước ngày 20 tháng 11')).toBe(true));
  it('a second date', () =>
    expect(
      otherDeadlineBeside('Gửi báo cáo sơ kết trước ngày 15/6/2025 và báo cáo tổng kết trong Quý IV/2025', 'trước ngày 15/6/2025'),
    ).toBe(true));
  it('one phrase only', () =>
    expect(otherDeadlineBeside('Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/11/2025', 'trước ngày 15/11/2025')).toBe(
      false,
    ));
  it('a deadline not read from the text', () => expect(otherDeadlineBeside('Định kỳ hằng năm báo cáo kết quả', 'Quý IV/2025')).toBe(false));
});

describe('namesCooperation: partners named after "phối hợp" where a clause starts', () => {
  it.each([
    'Phối hợp các lực lượng chức năng kiểm tra cơ sở kinh doanh',
    'Hướng dẫn các xã lập hồ sơ; phối hợp với các cơ quan liên quan tổng hợp số liệu',
    'Chủ trì, phối hợp Sở Tài chính bố trí kinh phí',
  ])('%s', (text) => expect(namesCooperation(text)).toBe(true));
  it.each([
    'Phối hợp hướng dẫn các cơ quan thực hiện kiểm kê',
    'Thực hiện nghiêm túc quy chế phối hợp kiểm soát tiền chất',
    'Rà soát thủ tục hành chính',
  ])('not: %s', (text) => expect(namesCooperation(text)).toBe(false));
});
