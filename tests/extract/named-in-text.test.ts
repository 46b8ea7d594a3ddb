// Fields the reader left empty that the task's own text names (src/extract/confidence/named-in-text.ts),
// closing sentences taken into a task (content-shape.ts), and agencies cut short or not printed on their
// row (agency-printed.ts). Texts here are written for the test.
import { describe, expect, it } from 'vitest';
import { bindsDeadline, namesPartner, opensOnAgency } from '../../src/extract/confidence/named-in-text.js';
import { closingInside } from '../../src/extract/confidence/content-shape.js';
import { cutName, unprintedShare } from '../../src/extract/confidence/agency-printed.js';
import { fieldFeatures } from '../../src/extract/confidence/features.js';
import type { Agency, Task } from '../../src/schema/document.js';

describe('opensOnAgency: the sentence opens on its agency as the subject', () => {
  it.each([
    'Bộ Y tế, Bộ Công Thương rà soát dự trữ thuốc, vật tư y tế cho vùng bị ngập.',
    'Giao Công an tỉnh chủ trì kiểm tra các điểm cấp phát.',
    'Thành phố Cần Thơ và các tỉnh Vĩnh Long, Hậu Giang đẩy nhanh giải phóng mặt bằng.',
    'Các sở, ngành, địa phương có trách nhiệm bố trí kinh phí thực hiện.',
  ])('%s', (text) => expect(opensOnAgency(text)).toBe(true));
  it.each([
    'Rà soát dự trữ thuốc, vật tư y tế cho vùng bị ngập.',
    'Ban hành quy chế phối hợp giữa các sở.',
    'Báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.',
    'khẩn trương hoàn thiện hồ sơ dự án.',
  ])('not: %s', (text) => expect(opensOnAgency(text)).toBe(false));
});

describe('namesPartner: a cooperation cue anywhere, and a partner after it', () => {
  it.each([
    'Khẩn trương tổng hợp đề xuất, chủ động, phối hợp Bộ Nội vụ trình khen thưởng.',
    'Bộ Tài chính chủ trì cùng Bộ Xây dựng rà soát định mức chi phí.',
    'Vụ Tổ chức cán bộ cùng với các đơn vị chức năng kiểm tra kết quả đào tạo.',
    'Sở Khoa học và Công nghệ có trách nhiệm phối hợp với chủ đầu tư hạ tầng cung cấp thông tin.',
  ])('%s', (text) => expect(namesPartner(text)).toBe(true));
  it.each([
    'Phối hợp thực hiện các nhiệm vụ được giao.',
    'Tăng cường công tác phối hợp trong quản lý thị trường.',
    'Rà soát, báo cáo kết quả thực hiện.',
  ])('not: %s', (text) => expect(namesPartner(text)).toBe(false));
});

describe('bindsDeadline: a deadline bound to the duty in the text', () => {
  it.each([
    'Hoàn thiện báo cáo nghiên cứu khả thi, hoàn thành trong năm 2026.',
    'Khởi công dự án cầu Rạch Miễu 3 vào ngày 20 tháng 3 năm 2026.',
    'Thường xuyên kiểm tra chất lượng nước sinh hoạt trên địa bàn.',
    'Gửi kế hoạch về Ủy ban nhân dân tỉnh trong thời hạn 15 ngày kể từ ngày nhận.',
    'Định kỳ báo cáo kết quả về Sở Tài chính.',
  ])('%s', (text) => expect(bindsDeadline(text)).toBe(true));
  it.each([
    'Thực hiện Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ.',
    'Đánh giá kết quả giai đoạn 2021-2025 và đề xuất nhiệm vụ giai đoạn tiếp theo.',
    'Tăng cường công tác kiểm tra, giám sát thường xuyên của các cơ quan.',
  ])('not: %s', (text) => expect(bindsDeadline(text)).toBe(false));
});

describe("closingInside: a closing sentence taken into a task's text", () => {
  it.each([
    'Tổ chức tổng kết, khen thưởng theo quy định. Trên đây là Kế hoạch triển khai của Ủy ban nhân dân huyện.',
    'Kiểm tra các công trình đang thi công. Yêu cầu Giám đốc các sở, ban, ngành triển khai nghiêm túc Chỉ thị này.',
  ])('%s', (text) => expect(closingInside(text)).toBe(true));
  it.each([
    'Trên đây là nhiệm vụ trọng tâm, các đơn vị chủ động triển khai.',
    'Kiểm tra các công trình. Yêu cầu nhà thầu khắc phục ngay các tồn tại.',
  ])('not: %s', (text) => expect(closingInside(text)).toBe(false));
});

describe('cutName: an agency name stopped before its end', () => {
  it.each(['Văn phòng Ban', 'Các Bộ', 'Ủy ban nhân dân các tỉnh, thành'])('%s', (name) => expect(cutName(name)).toBe(true));
  it.each(['Văn phòng Bộ', 'Các đơn vị thuộc Bộ', 'Sở Tài chính', 'Ban Dân tộc tỉnh', 'Các sở, ngành'])('not: %s', (name) =>
    expect(cutName(name)).toBe(false),
  );
});

const agency = (name: string, canonical: string | null = name): Agency => ({ name, canonical, id: canonical ? 'x' : null, level: null });
const row = (lines: string[], lead: Agency[], reader = 'ocr-interleaved', content = 'Kiểm tra an toàn công trình xây dựng'): Task => ({
  id: 'PL/1',
  appendix: '',
  ordinal: '1',
  content,
  target: null,
  products: [],
  lead,
  cooperating: [],
  deadline: null,
  confidence: 1,
  reader,
  source: { startLine: 1, endLine: lines.length },
});

describe("unprintedShare: an OCR'd row's agency printed nowhere on the row", () => {
  it('is 0 for a name printed on the row, in either tone style or abbreviated', () => {
    const lines = ['3 Kiểm tra an toàn công trình xây dựng  Sở Xây dựng  Quý III', 'UBND cấp xã'];
    const t = row(lines, [agency('Sở Xây dựng'), agency('Ủy ban nhân dân cấp xã')]);
    expect(unprintedShare(t.lead, t, lines)).toBe(0);
  });
  it('reads an unrestored row without its marks alike', () => {
    const lines = ['3 Thuc hien ra soat van ban  So Tu phap  Truoc ngay 30/6/2026'];
    const t = row(lines, [agency('Sở Tư pháp')]);
    expect(unprintedShare(t.lead, t, lines)).toBe(0);
  });
  it('is the share of names resolved from words the row does not print', () => {
    const lines = ['3 Kiểm tra an toàn công trình xây dựng  36 Xav dun  Quý III', 'Sở Nội vụ'];
    const t = row(lines, [agency('Văn phòng Ủy ban nhân dân tỉnh'), agency('Sở Nội vụ')]);
    expect(unprintedShare(t.lead, t, lines)).toBe(0.5);
  });
  it("weighs in a table row's lead only", () => {
    const lines = ['3 Kiểm tra an toàn công trình xây dựng  36 Xav dun  Quý III'];
    const ocr = row(lines, [agency('Văn phòng Ủy ban nhân dân tỉnh')]);
    const prose = row(lines, [agency('Văn phòng Ủy ban nhân dân tỉnh')], 'agency-headings');
    const unprinted = (t: Task) => fieldFeatures(t, { restored: [], lines, tasks: [t] }).lead['agency:unprinted'];
    expect([unprinted(ocr), unprinted(prose)]).toEqual([1, 0]);
  });
});

describe('fields named in the text, as features of the empty field', () => {
  const lines = ['a) Bộ Tài chính chủ trì cùng Bộ Xây dựng rà soát định mức, hoàn thành trong năm 2026.'];
  const content = lines[0]!.slice(3);
  const features = (t: Task) => fieldFeatures(t, { restored: [], lines, tasks: [t] });
  it('fires where the field is empty', () => {
    const f = features(row(lines, [], 'bare-bullets', content));
    expect([
      f.lead['lead:subject-in-content'],
      f.cooperating['cooperating:partner-in-content'],
      f.deadline['deadline:bound-in-content'],
    ]).toEqual([1, 1, 1]);
  });
  it('stays 0 where the field was read', () => {
    const t = { ...row(lines, [agency('Bộ Tài chính')], 'bare-bullets', content), cooperating: [agency('Bộ Xây dựng')] };
    const f = features(t);
    expect([f.lead['lead:subject-in-content'], f.cooperating['cooperating:partner-in-content']]).toEqual([0, 0]);
  });
});
