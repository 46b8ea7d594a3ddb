// Broader signs (src/extract/confidence/sign-families.ts). Tasks here are written for the test, shaped
// like a body plan's items.
import { describe, expect, it } from 'vitest';
import { fieldFeatures } from '../../src/extract/confidence/features.js';
import { withFamilies } from '../../src/extract/confidence/sign-families.js';
import type { Agency, Task } from '../../src/schema/document.js';

const agency = (name: string): Agency => ({ name, id: null, canonical: null, level: null });

function task(content: string, lead: string[] = ['Sở Nội vụ'], cooperating: string[] = []): Task {
  return {
    id: 'II/3',
    appendix: '',
    ordinal: '3',
    content,
    target: null,
    products: [],
    lead: lead.map(agency),
    cooperating: cooperating.map(agency),
    deadline: null,
    confidence: 1,
    reader: 'agency-headings',
    source: { startLine: 1, endLine: 1 },
  };
}
const deadlineOf = (text: string): Task['deadline'] => ({
  text,
  kind: 'before',
  start: null,
  end: '2025-10-31',
  recurrence: null,
  condition: null,
  parts: [],
});
const features = (t: Task) => fieldFeatures(t, { restored: [], lines: [t.content], tasks: [t] });

describe('content:run-in: any sign that another cell ran into the task text', () => {
  it.each([
    ['a status cell after the text', 'Hoàn thiện dự thảo Nghị định về vị trí việc làm, trình Chính phủ Chưa hoàn thành'],
    ['numbered items after the start', 'Rà soát các luật có liên quan (1) Bộ Tư pháp (2) Văn phòng Chính phủ'],
    ["the plan's closing mark", 'Các đơn vị tổ chức trực ban và thực hiện nghiêm chế độ báo cáo./.'],
  ])('fires on %s', (_, content) => {
    expect(features(task(content)).content['content:run-in']).toBe(1);
  });
  it('does not fire on one closed sentence', () => {
    expect(features(task('Tổ chức hội nghị sơ kết việc thực hiện kế hoạch trên địa bàn tỉnh.')).content['content:run-in']).toBe(0);
  });
  it('is a family of the content field only', () => {
    expect(withFamilies('products', { 'content:seam': 1 })).toEqual({ 'content:seam': 1 });
    expect(withFamilies('content', { 'content:seam': 1 })['content:run-in']).toBe(1);
  });
});

describe('agency:cut-short: an agency name that stops before its end', () => {
  it.each([
    ['a head word alone', ['Viện', 'Sở Tài chính']],
    ['a head word at its end', ['Văn phòng Ban']],
    ['half a pair at its end', ['Ủy ban nhân dân các tỉnh, thành']],
    ['a phrase left open', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các']],
  ])('fires on %s', (_, names) => {
    const t = task('Phối hợp triển khai các nhiệm vụ được giao.', ['Sở Tư pháp'], names);
    expect(features(t).cooperating['agency:cut-short']).toBe(1);
    expect(features(task('Rà soát thủ tục hành chính.', names)).lead['agency:cut-short']).toBe(1);
  });
  it('does not fire on whole names', () => {
    const t = task(
      'Rà soát thủ tục hành chính.',
      ['Ban Chỉ đạo phòng thủ dân sự tỉnh'],
      ['Sở Tài chính', 'Ủy ban nhân dân các xã, phường'],
    );
    expect(features(t).lead['agency:cut-short']).toBe(0);
    expect(features(t).cooperating['agency:cut-short']).toBe(0);
  });
});

describe('lead:more-printed: the page prints more of the lead than was read', () => {
  it('fires where the text opens on the agency no lead was read from', () => {
    const t = task('Bộ Tài chính, Bộ Công an chỉ đạo các tổng công ty rà soát phương án.', []);
    expect(features(t).lead['lead:more-printed']).toBe(1);
  });
  it('fires on a name cut after its head word', () => {
    expect(features(task('Theo dõi sát diễn biến tình hình.', ['Văn phòng Ban'])).lead['lead:more-printed']).toBe(1);
  });
  it('does not fire on a whole lead the text does not name', () => {
    expect(features(task('Tổ chức hội nghị sơ kết.', ['Sở Nội vụ'])).lead['lead:more-printed']).toBe(0);
  });
});

describe('deadline:more-printed: the page says more of the deadline than was read', () => {
  it('fires where the text binds the duty to a deadline none was read from', () => {
    expect(features(task('Hoàn thiện hồ sơ, hoàn thành trong năm 2025.')).deadline['deadline:more-printed']).toBe(1);
  });
  it('fires on new text after the date', () => {
    const t = { ...task('Rà soát thủ tục hành chính.'), deadline: deadlineOf('31/10/2025 Đã hoàn thành') };
    expect(features(t).deadline['deadline:more-printed']).toBe(1);
  });
  it('does not fire on a deadline read whole', () => {
    const t = { ...task('Rà soát thủ tục hành chính.'), deadline: deadlineOf('Trước ngày 31/10/2025') };
    expect(features(t).deadline['deadline:more-printed']).toBe(0);
  });
});
