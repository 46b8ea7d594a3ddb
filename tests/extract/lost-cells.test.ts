// Signs from a table row's other cells that its task text is not one cell's text
// (src/extract/confidence/lost-cells.ts), and the text shapes beside them (content-shape.ts). Tasks and
// texts here are written for the test.
import { describe, expect, it } from 'vitest';
import { cellLost, textOnlyRow } from '../../src/extract/confidence/lost-cells.js';
import { endsPlan, unbalancedMarks } from '../../src/extract/confidence/content-shape.js';
import { fieldFeatures } from '../../src/extract/confidence/features.js';
import type { Task } from '../../src/schema/document.js';

const deadline = { text: 'Năm 2026', kind: 'year', start: '2026-01-01', end: '2026-12-31', recurrence: null, condition: null, parts: [] };
const lead = [{ name: 'Sở Tư pháp', id: null, canonical: null, level: null }];

function row(ordinal: string, fields: Partial<Task> = {}, reader = 'flat-table'): Task {
  return {
    id: `PL-01/${ordinal}`,
    appendix: '01',
    ordinal,
    content: 'Rà soát thủ tục hành chính',
    target: null,
    products: ['Báo cáo'],
    lead,
    cooperating: [],
    deadline: deadline as Task['deadline'],
    confidence: 1,
    reader,
    source: { startLine: 1, endLine: 1 },
    ...fields,
  };
}
const bare = { products: [], lead: [], deadline: null };

describe('textOnlyRow: a row with nothing but its text among filled rows', () => {
  it('marks a group heading over filled rows', () => {
    const tasks = [row('I', { content: 'Nhóm nhiệm vụ về cải cách thể chế', ...bare }), row('1'), row('2'), row('3')];
    expect(tasks.map((t) => textOnlyRow(t, tasks))).toEqual([true, false, false, false]);
  });
  it('leaves a list whose items all print only their text', () => {
    const tasks = ['1', '2', '3', '4'].map((o) => row(o, bare, 'bare-bullets'));
    expect(tasks.some((t) => textOnlyRow(t, tasks))).toBe(false);
  });
});

describe("cellLost: a cell empty where the table's other rows fill it", () => {
  it('marks a row whose products went missing, not one whose cooperating list is empty', () => {
    const tasks = [row('1', { products: [] }), row('2'), row('3'), row('4')];
    expect(cellLost(tasks[0]!, tasks)).toBe(true);
    expect(cellLost(tasks[1]!, tasks)).toBe(false);
  });
  it('needs three other rows to say what the table fills', () => {
    const tasks = [row('1', { products: [] }), row('2')];
    expect(cellLost(tasks[0]!, tasks)).toBe(false);
  });
  it('is table evidence only: a body task leaves cells empty by right', () => {
    const tasks = [row('1', { products: [] }, 'agency-headings'), ...['2', '3', '4'].map((o) => row(o, {}, 'agency-headings'))];
    const lines = ['dòng'];
    expect(fieldFeatures(tasks[0]!, { restored: [], lines, tasks }).content['content:cell-lost']).toBe(0);
  });
});

describe("endsPlan: the plan's closing mark at the end of a task", () => {
  it('finds ./. at the end', () => expect(endsPlan('Các sở, ngành báo cáo kết quả về Sở Nội vụ./.')).toBe(true));
  it.each(['Tổ chức thực hiện đúng quy định.', 'Theo Quyết định số 12/QĐ-UBND'])('not: %s', (text) => expect(endsPlan(text)).toBe(false));
});

describe('unbalancedMarks: brackets and quotation marks that do not pair', () => {
  it.each(['hướng dẫn thi hành Luật Thống kê)', 'cập nhật dữ liệu (Sở Tài chính đã hoàn thành phần mềm', 'Đề án “Đô thị thông minh'])(
    '%s',
    (text) => expect(unbalancedMarks(text)).toBe(true),
  );
  it.each(['Triển khai Đề án “Đô thị thông minh” (giai đoạn 2026-2030)', 'Rà soát thủ tục hành chính'])('not: %s', (text) =>
    expect(unbalancedMarks(text)).toBe(false),
  );
});

describe('products:trailing-time: the deadline column at the end of a product', () => {
  it('marks a product ending on a period of years, not one closed by its stop', () => {
    const lines = ['dòng'];
    const late = row('1', { products: ['Cổng dữ liệu được vận hành thông suốt Năm 2026-2030'] });
    const closed = row('2', { products: ['Báo cáo kết quả năm 2025.'] });
    expect(fieldFeatures(late, { restored: [], lines, tasks: [late] }).products['products:trailing-time']).toBe(1);
    expect(fieldFeatures(closed, { restored: [], lines, tasks: [closed] }).products['products:trailing-time']).toBe(0);
  });
});
