// Field confidence (issue 16 §5): the evidence features read what a reader gave a task field, and the
// rating flags a field whose evidence is plainly against it. Tasks here are written for the test.
import { describe, expect, it } from 'vitest';
import { fieldFeatures, holdsSecondName } from '../../src/extract/confidence/features.js';
import { FIELD_MODEL, rateTasks } from '../../src/extract/confidence/index.js';
import { OCR_FIELD_MODEL } from '../../src/extract/confidence/ocr-weights.js';
import { lookupAgency } from '../../src/extract/agencies/index.js';
import type { Agency, Task } from '../../src/schema/document.js';

const agency = (name: string): Agency => {
  const entry = lookupAgency(name);
  return { name, canonical: entry?.name ?? null, id: entry?.id ?? null, level: null };
};

function task(
  lines: string[],
  fields: { content: string; lead: string[]; cooperating?: string[]; deadline?: string; products?: string[] },
  reader = 'flat-table',
): Task {
  return {
    id: 'PL-01/1',
    appendix: '01',
    ordinal: '1',
    content: fields.content,
    target: null,
    products: fields.products ?? [],
    lead: fields.lead.map(agency),
    cooperating: (fields.cooperating ?? []).map(agency),
    deadline: fields.deadline
      ? { text: fields.deadline, kind: 'quarter', start: '2026-10-01', end: '2026-12-31', recurrence: null, condition: null, parts: [] }
      : null,
    confidence: 1,
    reader,
    source: { startLine: 1, endLine: lines.length },
  };
}

describe('holdsSecondName: two agency cells run together into one name', () => {
  it.each([
    ['Trung tâm Công nghệ thông tin Thành phố Sở Tài chính', true],
    ['Văn phòng Ủy ban nhân dân tỉnh Sở Tư pháp', true],
  ])('%s → %s', (name, expected) => expect(holdsSecondName(name)).toBe(expected));

  it.each(['Sở Tài chính', 'Sở Văn hóa, Thể thao và Du lịch', 'Các đơn vị thuộc Bộ', 'Ủy ban nhân dân cấp xã'])(
    'a single name stays whole: %s',
    (name) => expect(holdsSecondName(name)).toBe(false),
  );
});

describe('cooperating:named-in-content: partners the sentence names and no list was read from', () => {
  const lines = ['- Phối hợp các lực lượng chức năng và chính quyền cơ sở kiểm tra các điểm cấp phát.'];
  const content = lines[0]!.slice(2);
  it('fires on an empty cooperating list only', () => {
    const empty = task(lines, { content, lead: ['Sở Công Thương'] }, 'agency-headings');
    const read = task(lines, { content, lead: ['Sở Công Thương'], cooperating: ['Công an tỉnh'] }, 'agency-headings');
    const features = (t: Task) => fieldFeatures(t, { restored: [], lines, tasks: [t] }).cooperating['cooperating:named-in-content'];
    expect([features(empty), features(read)]).toEqual([1, 0]);
  });
});

describe("row evidence: the words of a task's own lines that went into no field", () => {
  const lines = ['1', 'Xây dựng cơ sở dữ liệu cán bộ, công chức', 'Sở Nội vụ', 'Quý IV/2026', 'Cơ sở dữ liệu'];
  it('is zero when every word on the lines is in a field', () => {
    const t = task(lines, {
      content: 'Xây dựng cơ sở dữ liệu cán bộ, công chức',
      lead: ['Sở Nội vụ'],
      deadline: 'Quý IV/2026',
      products: ['Cơ sở dữ liệu'],
    });
    expect(fieldFeatures(t, { restored: [], lines, tasks: [t] }).products['row:unexplained']).toBe(0);
  });
  it('counts the words of a cell the reader dropped', () => {
    const t = task(lines, { content: 'Xây dựng cơ sở dữ liệu cán bộ, công chức', lead: ['Sở Nội vụ'], deadline: 'Quý IV/2026' });
    const unexplained = fieldFeatures(t, { restored: [], lines, tasks: [t] }).products['row:unexplained']!;
    expect(unexplained).toBeGreaterThan(0.1);
  });
});

describe('rateTasks', () => {
  const lines = ['1', 'Rà soát thủ tục hành chính thuộc phạm vi quản lý.', 'Sở Tư pháp', 'Quý II/2026'];
  const clean = task(
    lines,
    { content: 'Rà soát thủ tục hành chính thuộc phạm vi quản lý.', lead: ['Sở Tư pháp'], deadline: 'Quý II/2026' },
    'agency-headings',
  );
  it('rates every field, and a task no higher than its least sure field', () => {
    const [rated] = rateTasks([clean], { restored: [], lines });
    for (const f of ['content', 'lead', 'cooperating', 'deadline', 'products'] as const)
      expect(rated!.fields![f].confidence).toBeGreaterThan(0);
    expect(rated!.confidence).toBe(Math.min(...Object.values(rated!.fields!).map((f) => f.confidence)));
  });
  it('flags an agency with OCR debris in its name, and says why', () => {
    const debris = { ...clean, lead: [agency('Sở¢ Tư pháp')] };
    const [plain, misread] = rateTasks([clean, debris], { restored: [], lines });
    expect(misread!.fields!.lead.flagged).toBe(true);
    expect(misread!.fields!.lead.confidence).toBeLessThan(plain!.fields!.lead.confidence);
    expect(misread!.fields!.lead.reasons).toContain('OCR debris in the agency');
  });
  it('never rates a field certainly wrong, however many doubts it has', () => {
    const doubtful = { ...clean, products: ['chính quyền địa phương', 'Các sở, ngành'], reader: 'ocr-ruled-table', confidence: 0.3 };
    const heavy = {
      ...OCR_FIELD_MODEL,
      fields: { ...OCR_FIELD_MODEL.fields, products: { bias: -20, weights: OCR_FIELD_MODEL.fields.products.weights } },
    };
    const [rated] = rateTasks([doubtful], { restored: [], lines }, heavy);
    expect(rated!.fields!.products).toMatchObject({ confidence: 0.001, flagged: true });
    expect(rated!.confidence).toBe(0.001);
  });
  it("rates a row rebuilt from an OCR'd table by the model fitted on OCR'd tables, every other row by the typed one", () => {
    const ocrRow = { ...clean, reader: 'ocr-ruled-table' };
    const [typed, scanned] = rateTasks([clean, ocrRow], { restored: [], lines });
    const [, byOcrModel] = rateTasks([clean, ocrRow], { restored: [], lines }, OCR_FIELD_MODEL);
    const [byTypedModel] = rateTasks([clean, ocrRow], { restored: [], lines }, FIELD_MODEL);
    expect(scanned!.fields).toEqual(byOcrModel!.fields);
    expect(typed!.fields).toEqual(byTypedModel!.fields);
    // The OCR model knows OCR'd rows go wrong more often: the same lead is less sure there.
    expect(scanned!.fields!.lead.confidence).toBeLessThan(typed!.fields!.lead.confidence);
  });
});
