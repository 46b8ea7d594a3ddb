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
    expect(withFamilies('deadline', { 'content:seam': 1 })).toEqual({ 'content:seam': 1 });
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
