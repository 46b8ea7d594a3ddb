// Products that read as agency names (src/extract/confidence/agency-as-product.ts), and a deadline cut
// mid-phrase (deadline:open-end in features.ts). Rows here are written for the test, shaped like an
// OCR'd task table whose cooperating column was read as its products column.
import { describe, expect, it } from 'vitest';
import { agencyProductShare, readsAsAgency } from '../../src/extract/confidence/agency-as-product.js';
import { fieldFeatures } from '../../src/extract/confidence/features.js';
import type { Task } from '../../src/schema/document.js';

const deadline = (text: string) =>
  ({ text, kind: 'year', start: '2026-01-01', end: '2026-12-31', recurrence: null, condition: null, parts: [] }) as Task['deadline'];

function row(fields: Partial<Task> = {}): Task {
  return {
    id: 'PL-02/3',
    appendix: '02',
    ordinal: '3',
    content: 'Xây dựng hạ tầng kỹ thuật dự phòng phục vụ cơ sở dữ liệu quốc gia về quy hoạch.',
    target: null,
    products: ['Báo cáo kết quả thực hiện'],
    lead: [{ name: 'Sở Tài chính', id: null, canonical: null, level: null }],
    cooperating: [],
    deadline: deadline('Quý IV/2026'),
    confidence: 0.8,
    reader: 'ocr-ruled-table',
    source: { startLine: 1, endLine: 2 },
    ...fields,
  };
}
const lines = ['3 Xây dựng hạ tầng kỹ thuật dự phòng phục vụ cơ sở dữ liệu Sở Tài chính Quý IV/2026', 'quốc gia về quy hoạch.'];
const features = (task: Task) => fieldFeatures(task, { restored: [], lines, tasks: [task] });

describe('readsAsAgency: a product that names a body', () => {
  it.each(['Các sở, ngành', '- UBND xã, phường, đặc khu', 'Sở Tư pháp', 'Và các cơ quan, tổ chức, doanh nghiệp liên quan'])(
    '%s',
    (product) => expect(readsAsAgency(product)).toBe(true),
  );
  it.each([
    'Báo cáo kết quả thực hiện',
    'Quyết định của Thủ tướng Chính phủ',
    'Cổng Thông tin điện tử tỉnh được nâng cấp',
    'Hội nghị tổng kết',
    'Cơ sở dữ liệu hồ sơ quy hoạch',
  ])('not: %s', (product) => expect(readsAsAgency(product)).toBe(false));
  it('counts the share of a row’s products', () => {
    expect(agencyProductShare(['Các sở, ngành', 'Báo cáo'])).toBe(0.5);
    expect(agencyProductShare([])).toBe(0);
  });
});

describe('row:agency-as-product: every field of a row whose products are agencies is in doubt', () => {
  it('fires on the cooperating, lead and products fields of a row with agency products', () => {
    const f = features(row({ products: ['Các sở, ngành', 'UBND xã, phường, đặc khu'] }));
    expect([f.cooperating, f.lead, f.products].map((x) => x['row:agency-as-product'])).toEqual([1, 1, 1]);
  });
  it('stays silent on a row whose product is a report', () => {
    expect(features(row()).cooperating['row:agency-as-product']).toBe(0);
  });
});

describe('deadline:open-end: a deadline cut mid-phrase', () => {
  it.each(['Thường xuyên, theo', 'Năm 2025-'])('%s', (text) =>
    expect(features(row({ deadline: deadline(text) })).deadline['deadline:open-end']).toBe(1),
  );
  it.each(['Quý IV/2026', 'Thường xuyên, theo yêu cầu nhiệm vụ'])('not: %s', (text) =>
    expect(features(row({ deadline: deadline(text) })).deadline['deadline:open-end']).toBe(0),
  );
});

describe("products:lowercase-start: a product that opens on another cell's wrapped words", () => {
  it('marks "chính quyền địa phương" read as a product', () =>
    expect(features(row({ products: ['chính quyền địa phương'] })).products['products:lowercase-start']).toBe(1));
  it('leaves a product that opens on a capital', () => expect(features(row()).products['products:lowercase-start']).toBe(0));
});
