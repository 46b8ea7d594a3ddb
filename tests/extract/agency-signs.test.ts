// Agency signs read from the name alone: a name read on into its sentence (endsOnForeignWord in
// agency-words.ts, agency:foreign-end) and a named body the gazetteer does not know (agency:unknown-named;
// a collective such as "các sở, ngành liên quan" is in no gazetteer and is not counted). Tasks here are
// written for the test, shaped like a body plan's items.
import { describe, expect, it } from 'vitest';
import { endsOnForeignWord } from '../../src/extract/confidence/agency-words.js';
import { fieldFeatures } from '../../src/extract/confidence/features.js';
import type { Agency, Task } from '../../src/schema/document.js';

const agency = (name: string, id: string | null = null): Agency => ({ name, id, canonical: id ? name : null, level: null });

function task(content: string, cooperating: Agency[]): Task {
  return {
    id: 'IV/2',
    appendix: '',
    ordinal: '2',
    content,
    target: null,
    products: [],
    lead: [agency('Sở Tư pháp', 'so-tu-phap')],
    cooperating,
    deadline: null,
    confidence: 1,
    reader: 'agency-headings',
    source: { startLine: 1, endLine: 1 },
  };
}
const cooperating = (t: Task) => fieldFeatures(t, { restored: [], lines: [t.content], tasks: [t] }).cooperating;

describe('agency:foreign-end: an agency name read on into its sentence', () => {
  it.each(['Sở Khoa học và Công nghệ đê', 'UBND các xã, phường dựng nhà bạt', 'Công an thành phố nâng cao hiệu quả'])('%s', (name) => {
    expect(endsOnForeignWord(name)).toBe(true);
  });
  it.each(['Sở Khoa học và Công nghệ', 'các đơn vị có liên quan', 'Ủy ban nhân dân tỉnh Lâm Đồng', 'Bộ Xây dựng'])('not: %s', (name) => {
    expect(endsOnForeignWord(name)).toBe(false);
  });
  it('reaches the cooperating field', () => {
    const t = task('Phối hợp với Công an thành phố nâng cao hiệu quả công tác.', [agency('Công an thành phố nâng cao hiệu quả')]);
    expect(cooperating(t)['agency:foreign-end']).toBe(1);
  });
});

describe('agency:unknown-named: a named body the gazetteer does not know', () => {
  it('counts named bodies unknown to the gazetteer', () => {
    const t = task('Phối hợp triển khai.', [agency('Cục Kinh tế - Quản lý đầu tư'), agency('Sở Tài chính', 'so-tai-chinh')]);
    expect(cooperating(t)['agency:unknown-named']).toBe(0.5);
  });
  it('does not count collectives, which no gazetteer lists', () => {
    const t = task('Phối hợp triển khai.', [agency('các sở, ban, ngành liên quan'), agency('cơ quan, đơn vị liên quan')]);
    expect(cooperating(t)['agency:unknown-named']).toBe(0);
    expect(cooperating(t)['agency:unknown']).toBe(1);
  });
});
