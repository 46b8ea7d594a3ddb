// Signs in a task's text that another cell ran into it (src/extract/confidence/content-shape.ts), and
// words no agency name is made of (agency-words.ts). Texts here are written for the test.
import { describe, expect, it } from 'vitest';
import { bareDate, endsOnAgency, innerNumbering } from '../../src/extract/confidence/content-shape.js';
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
