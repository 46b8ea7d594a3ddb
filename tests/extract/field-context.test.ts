// Field confidence from a task's row and document (issue 16 §5): the outline numbering around a task,
// its span beside its siblings', the columns its table prints, and doubt in the row's other cells.
// Tasks here are written for the test.
import { describe, expect, it } from 'vitest';
import { captionedFields, hasChildren, isOdd, outOfSequence, spanOutlier, stepOf } from '../../src/extract/confidence/context.js';
import { secondPhrase, wordsBeyondDeadline } from '../../src/extract/confidence/deadline-shape.js';
import { rowReadingFeatures, unreadRuns } from '../../src/extract/confidence/row-reading.js';
import { fieldFeatures } from '../../src/extract/confidence/features.js';
import type { Task } from '../../src/schema/document.js';

function task(ordinal: string, startLine: number, endLine: number, fields: Partial<Task> = {}, reader = 'flat-table'): Task {
  return {
    id: `PL-01/${ordinal}`,
    appendix: '01',
    ordinal,
    content: 'Rà soát thủ tục hành chính.',
    target: null,
    products: [],
    lead: [],
    cooperating: [],
    deadline: null,
    confidence: 1,
    reader,
    source: { startLine, endLine },
    ...fields,
  };
}

describe('stepOf: the last step of an outline number', () => {
  it.each([
    ['3', 3],
    ['II.4', 4],
    ['1.c', 3],
    ['1.đ', 4.5],
    ['IV', 4],
    ['IX', 9],
    ['2.1.-1', null],
    ['¶3', null],
  ])('%s → %s', (ordinal, step) => expect(stepOf(ordinal)).toBe(step));
});

describe('outOfSequence: a number that does not follow its sibling', () => {
  it('accepts 1, 2, 3 and a, b, c under each parent, and d → đ → e', () => {
    const tasks = ['1', '2', '3', '3.a', '3.b', '3.c', '3.d', '3.đ', '3.e', '4'].map((o, i) => task(o, i + 1, i + 1));
    expect(tasks.filter((t) => outOfSequence(t, tasks)).map((t) => t.ordinal)).toEqual([]);
  });
  it('marks a gap, a repeat and a first item past 1', () => {
    const tasks = ['2', '3', '5', '5', '5.b'].map((o, i) => task(o, i + 1, i + 1));
    expect(tasks.filter((t) => outOfSequence(t, tasks)).map((t) => t.ordinal)).toEqual(['2', '5', '5', '5.b']);
  });
  it('counts a group heading printed only through its children: 2 after 1.a, 1.b follows 1', () => {
    const tasks = ['1.a', '1.b', '2', '3.a', '3.b', '4'].map((o, i) => task(o, i + 1, i + 1));
    expect(tasks.filter((t) => outOfSequence(t, tasks)).map((t) => t.ordinal)).toEqual([]);
    const gap = ['1.a', '1.b', '3'].map((o, i) => task(o, i + 1, i + 1));
    expect(gap.filter((t) => outOfSequence(t, gap)).map((t) => t.ordinal)).toEqual(['3']);
  });
  it('compares only tasks of the same reader', () => {
    const tasks = [task('1', 1, 1), task('7', 2, 2, {}, 'agency-headings'), task('2', 3, 3)];
    expect(outOfSequence(tasks[2]!, tasks)).toBe(false);
  });
});

describe('spanOutlier: a task far longer than its siblings', () => {
  it('marks a task of 20 lines among tasks of 3, not one of 5', () => {
    const tasks = [task('1', 1, 3), task('2', 4, 6), task('3', 7, 9), task('4', 10, 29), task('5', 30, 34)];
    expect(tasks.map((t) => spanOutlier(t, tasks))).toEqual([0, 0, 0, 1, 0]);
  });
});

describe('captionedFields: the columns a table prints above its first row', () => {
  const lines = [
    'PHỤ LỤC',
    'STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành',
    '1 | Rà soát thủ tục | Sở Tư pháp | | Quý II/2026',
  ];
  it('finds the captions of lead, cooperating and deadline, not products', () => {
    const t = task('1', 3, 3);
    expect([...captionedFields(t, [t], lines, true)].sort()).toEqual(['cooperating', 'deadline', 'lead']);
  });
  it('does not take prose above a list for captions', () => {
    const prose = ['Sở Tư pháp chủ trì, phối hợp với các sở trong thời gian tới để rà soát các thủ tục', '1. Rà soát thủ tục'];
    const t = task('1', 2, 2, {}, 'agency-headings');
    expect([...captionedFields(t, [t], prose, false)]).toEqual([]);
    expect([...captionedFields(t, [t], prose, true)]).toEqual([]);
  });
  it('makes an empty cell under a printed column evidence against it, and a filled one not', () => {
    const empty = task('1', 3, 3);
    const filled = task('1', 3, 3, {
      deadline: {
        text: 'Quý II/2026',
        kind: 'quarter',
        start: '2026-04-01',
        end: '2026-06-30',
        recurrence: null,
        condition: null,
        parts: [],
      },
    });
    expect(fieldFeatures(empty, { restored: [], lines, tasks: [empty] }).cooperating['cooperating:empty-with-caption']).toBe(1);
    expect(fieldFeatures(empty, { restored: [], lines, tasks: [empty] }).products['products:empty-with-caption']).toBe(0);
    expect(fieldFeatures(filled, { restored: [], lines, tasks: [filled] }).deadline['deadline:empty-with-caption']).toBe(0);
  });
  it('reads an empty field the header prints no column for as the plan saying nothing (header:no-column)', () => {
    const empty = task('1', 3, 3);
    const features = fieldFeatures(empty, { restored: [], lines, tasks: [empty] });
    expect(features.products['header:no-column']).toBe(1);
    expect(features.cooperating['header:no-column']).toBe(0);
    // A base rate, not a doubt: it is not weighed again as a table feature.
    expect(features.products['header:no-column@table']).toBeUndefined();
    const withProduct = task('1', 3, 3, { products: ['Báo cáo'] });
    expect(fieldFeatures(withProduct, { restored: [], lines, tasks: [withProduct] }).products['header:no-column']).toBe(0);
  });
  it('does not when an agency on the row went unread: a column the captions do not name may hold it', () => {
    const header = [
      'STT | Tên văn bản | Đơn vị chủ trì soạn thảo | Đơn vị cho ý kiến | Thời gian trình',
      '1 | Luật Địa chất | Cục Địa chất | Vụ Pháp chế | Tháng 02/2024',
    ];
    const row = task('1', 2, 2, { content: 'Luật Địa chất', lead: [{ name: 'Cục Địa chất', canonical: null, id: null, level: null }] });
    const features = fieldFeatures(row, { restored: [], lines: header, tasks: [row] });
    expect(features.cooperating['row:unread-agency']).toBe(1);
    expect(features.cooperating['header:no-column']).toBe(0);
    expect(features.products['header:no-column']).toBe(1);
  });
});

describe("secondPhrase: new text after a deadline's date", () => {
  it.each([
    ['31/10/2025 Đã hoàn thành', true],
    ['30/11/2025 Bộ Công an đang dự thảo cẩm nang', true],
    ['Nhiệm vụ thường xuyên Đang thực hiện', true],
    ['Năm 2025-2030 III.2 Nhóm ứng dụng, nền tảng số', true],
    ['Thực hiện thường xuyên. PCPNN', true],
    ['Quý IV/2025', false],
    ['Tháng 6/2024 - Tháng 12/2024', false],
    ['Năm 2026 (sau khi Chính phủ ban hành Nghị định)', false],
    ['Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê', false],
    ['Trước ngày 15/12 hằng năm', false],
  ])('%s → %s', (text, expected) => expect(secondPhrase(text)).toBe(expected));
});

describe('row and document context', () => {
  const lines = Array.from({ length: 12 }, () => 'dòng');
  it("a deadline missing while a product opens with a time phrase is odd, and the row's other fields hear of it", () => {
    const shifted = task('1', 1, 3, { products: ['Quý IV/2026 Báo cáo kết quả'] });
    const features = fieldFeatures(shifted, { restored: [], lines, tasks: [shifted] });
    expect(features.deadline['deadline:time-elsewhere']).toBe(1);
    expect(isOdd('deadline', features.deadline)).toBe(true);
    expect(isOdd('products', features.products)).toBe(true);
    expect(features.content['row:odd-elsewhere']).toBe(1);
  });
  it("doc:odd-field is the share of the reader's other rows where the same field looks misread", () => {
    const rows = [1, 2, 3, 4].map((n) => task(String(n), n * 3 - 2, n * 3, { products: n <= 2 ? ['Quý I/2026 Kế hoạch'] : ['Kế hoạch'] }));
    expect(fieldFeatures(rows[3]!, { restored: [], lines, tasks: rows }).products['doc:odd-field']).toBeCloseTo(2 / 3);
  });
});

describe('every feature says what it means', () => {
  it('has words for the review for each feature a task can raise', async () => {
    const { reasonOf } = await import('../../src/extract/confidence/features.js');
    const lines = ['STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn | Sản phẩm', 'dòng', 'dòng', 'dòng'];
    const rows = [task('2', 2, 2), task('4', 3, 3, { products: ['Quý I/2026 Kế hoạch'] }), task('5', 4, 4)];
    for (const t of rows) {
      for (const features of Object.values(fieldFeatures(t, { restored: [], lines, tasks: rows }))) {
        for (const name of Object.keys(features)) expect(reasonOf(name), name).not.toBe(name);
      }
    }
  });
});

describe('deadline:beyond-shape: words beyond the shapes a deadline is printed in', () => {
  const withDeadline = (text: string) =>
    task('1', 1, 1, { deadline: { text, kind: 'quarter', start: null, end: null, recurrence: null, condition: null, parts: [] } });
  const rated = (text: string) => {
    const t = withDeadline(text);
    return fieldFeatures(t, { restored: [], lines: ['dòng'], tasks: [t] }).deadline['deadline:beyond-shape'];
  };
  it.each(['Quý IV/2026', 'Năm 2025 - 2030', 'Trước ngày 30 tháng 6 năm 2026', '15/4/2014', 'Hằng năm', 'Tháng 9/2024; Quý I/2025'])(
    '%s is a deadline shape',
    (text) => expect(rated(text)).toBe(0),
  );
  it("marks a deadline that took a neighbouring cell's words", () =>
    expect(rated('Quý IV/2026 Sở Tài chính và các đơn vị liên quan')).toBe(1));
});

describe('hasChildren: a heading read as a task', () => {
  it('is true for a number with tasks numbered under it, false for a leaf and for a sibling with a longer number', () => {
    const tasks = [task('2', 1, 1), task('2.1', 2, 2), task('2.2', 3, 3), task('21', 4, 4)];
    expect(hasChildren(tasks[0]!, tasks)).toBe(true);
    expect(hasChildren(tasks[1]!, tasks)).toBe(false);
    expect(hasChildren(tasks[3]!, tasks)).toBe(false);
  });
});

describe('unreadRuns and rowReadingFeatures: the row read again', () => {
  const lines = ['1 | Rà soát thủ tục hành chính | Sở Tư pháp | Quý IV/2026 | Báo cáo kết quả rà soát'];
  it('finds nothing when every word of the row is in a field', () => {
    const whole = task('1', 1, 1, {
      lead: [{ name: 'Sở Tư pháp', id: 'x', canonical: 'Sở Tư pháp', level: 'tinh' }],
      products: ['Báo cáo kết quả rà soát'],
      deadline: {
        text: 'Quý IV/2026',
        kind: 'quarter',
        start: '2026-10-01',
        end: '2026-12-31',
        recurrence: null,
        condition: null,
        parts: [],
      },
    });
    expect(unreadRuns(whole, lines)).toEqual([]);
    expect(rowReadingFeatures(whole, lines)).toEqual({ 'row:unread-agency': 0, 'row:unread-date': 0, 'row:unread-text': 0 });
  });
  it('names the agency and the date a reader left out of its fields', () => {
    const partial = task('1', 1, 1, { products: ['Báo cáo kết quả rà soát'] });
    expect(unreadRuns(partial, lines)).toEqual(['Sở Tư pháp Quý IV 2026']);
    const features = rowReadingFeatures(partial, lines);
    expect(features['row:unread-agency']).toBe(1);
    expect(features['row:unread-date']).toBe(1);
    expect(features['row:unread-text']).toBe(1);
  });
});

describe('wordsBeyondDeadline: what a deadline holds beyond its dates and wording', () => {
  it.each([
    ['Quý IV/2026', 0],
    ['Thường xuyên, định kỳ hằng năm', 0],
    ['Trước ngày 30 tháng 6 năm 2026', 0],
    ['Quý I/2024 Xây dựng, ban hành quy định về quy chuẩn', 4],
  ])('%s → %i', (text, beyond) => expect(wordsBeyondDeadline(text)).toBe(beyond));
});

describe('agency cells: task verbs and time words that are a name’s own words', () => {
  const lines = ['1 | Rà soát thủ tục | Bộ Xây dựng | Ngân hàng Nhà nước | Quý II/2026'];
  const features = (lead: string, cooperating: string) => {
    const t = task('1', 1, 1, {
      lead: [{ name: lead, canonical: null, id: null, level: null }],
      cooperating: [{ name: cooperating, canonical: null, id: null, level: null }],
    });
    return fieldFeatures(t, { restored: [], lines, tasks: [t] });
  };
  it('reads "Bộ Xây dựng" and "Ngân hàng Nhà nước" as names, not as task text or a time', () => {
    const f = features('Bộ Xây dựng', 'Ngân hàng Nhà nước');
    expect(f.lead['agency:task-verb']).toBe(0);
    expect(f.cooperating['agency:time-word']).toBe(0);
    expect(f.lead['row:agency-bleed']).toBe(0);
  });
  it("reads a capitalised verb after a name's end as the next cell's text", () => {
    expect(features('Sở Tư pháp Xây dựng kế hoạch', 'Sở Nội vụ').lead['agency:task-verb']).toBe(1);
  });
  it('still reads a lower-case verb or a recurrence run into the name', () => {
    const f = features('Sở Y tế xây dựng kế hoạch', 'Sở Tài chính hằng năm');
    expect(f.lead['agency:task-verb']).toBe(1);
    expect(f.cooperating['agency:time-word']).toBe(1);
    expect(f.lead['row:agency-bleed']).toBe(1);
  });
});
