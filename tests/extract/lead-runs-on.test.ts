// A lead read short of the name its task's lines print (runsOnPast in src/extract/confidence/agency-printed.ts,
// lead:runs-on in features.ts). Lines and tasks here are written for the test, shaped like a body plan's
// numbered items that open on the body they charge.
import { describe, expect, it } from 'vitest';
import { runsOnPast } from '../../src/extract/confidence/agency-printed.js';
import { fieldFeatures } from '../../src/extract/confidence/features.js';
import type { Task } from '../../src/schema/document.js';

function item(lead: string, lines: string[]): { task: Task; lines: string[] } {
  const task: Task = {
    id: 'II/5',
    appendix: '',
    ordinal: '5',
    content: lines.join(' ').replace(/^\d+\.\s*/u, ''),
    target: null,
    products: [],
    lead: [{ name: lead, id: null, canonical: null, level: null }],
    cooperating: [],
    deadline: null,
    confidence: 1,
    reader: 'agency-headings',
    source: { startLine: 1, endLine: lines.length },
  };
  return { task, lines };
}

describe('runsOnPast: the printed name goes on past what was read', () => {
  it.each([
    ['Các Bộ', ['5. Các Bộ: Quốc phòng, Công an chủ động chỉ đạo các', 'đơn vị đóng trên địa bàn rà soát phương án.']],
    ['Doanh nghiệp, cộng đồng', ['14.', 'Doanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan tâm, đăng ký hỗ trợ nhu yếu phẩm.']],
    ['Các đơn vị', ['3. Các đơn vị được Tổng cục giao nhiệm vụ tổ chức đào tạo thực hiện theo kế hoạch.']],
  ])('%s', (lead, lines) => {
    const { task } = item(lead, lines);
    expect(runsOnPast(lead, task, lines)).toBe(true);
  });
  it.each([
    ['Sở Tư pháp', ['2. Sở Tư pháp chủ trì, phối hợp với các sở, ngành rà soát văn bản.']],
    ['Các sở, ngành', ['4. Các sở, ngành: triển khai thực hiện kế hoạch này.']],
    ['Bộ Tài chính', ['b) Bộ Tài chính, Bộ Công an chỉ đạo các tổng công ty thực hiện.']],
    ['Sở Nội vụ', ['1. Tổ chức hội nghị sơ kết.']],
  ])('not: %s', (lead, lines) => {
    const { task } = item(lead, lines);
    expect(runsOnPast(lead, task, lines)).toBe(false);
  });
  it('reaches the lead field as lead:runs-on', () => {
    const { task, lines } = item('Các Bộ', ['5. Các Bộ: Quốc phòng, Công an chủ động chỉ đạo các đơn vị.']);
    expect(fieldFeatures(task, { restored: [], lines, tasks: [task] }).lead['lead:runs-on']).toBe(1);
  });
});
