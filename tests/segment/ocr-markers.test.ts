// Markers of a decision as the OCR reads them (fixtures/ocr/decision.txt, in the
// style of seed 000): "QUYET PINH", "S6: 812 /QP-UBND", "Piéu 1.", "|." and "I1."
// for Roman numerals, "11" for 1.1, "¢)" for c), a second "d)" for đ), stray marks.
import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { segment, textLayout } from '../../src/segment/index.js';
import type { Article, Header, Section, TaskItem, Target } from '../../src/tree/types.js';
import { fixturePath } from '../helpers/shared.js';

const text = readFileSync(fixturePath('ocr/decision.txt'), 'utf8');
const tree = segment(textLayout(text), new VFile({ value: text }));
const header = tree.children.find((n): n is Header => n.type === 'header')!;
const articles = tree.children.filter((n): n is Article => n.type === 'article');
const sections = tree.children.filter((n): n is Section => n.type === 'section');
const all = (s: Section): Array<Section | TaskItem | Target> =>
  s.children.flatMap((c) => (c.type === 'section' ? [c, ...all(c)] : c.type === 'paragraph' ? [] : [c]));

describe('OCR markers of a decision', () => {
  it('reads the number, date, title and signer', () => {
    expect(header.number).toBe('812/QĐ-UBND');
    expect(header.date).toBe('2024-01-05');
    expect(header.title).toMatch(/^Ban hanh Ké hoach/u);
    expect(header.signer).toBe('Tran Van Binh');
  });

  it('reads "~ Can cit …" as a legal basis', () => {
    const bases = tree.children.filter((n) => n.type === 'legalBasis');
    expect(bases).toHaveLength(1);
  });

  it('reads "Piéu 1." and "Picu 2." as articles and stops at "Noi nhdn"', () => {
    expect(articles.map((a) => a.number)).toEqual([1, 2]);
    expect(articles[0]!.text).toMatch(/nam 2024\.$/u);
    expect(articles[1]!.text).toBe('Quyét dinh nay c6 hiéu luc ké tir ngay ky.');
  });

  it('numbers Roman sections in sequence whatever the OCR made of them', () => {
    expect(sections.map((s) => s.label)).toEqual(['I', 'II', 'III']);
    expect(sections[2]!.title).toBe('KINH PHI');
  });

  it('reads targets 1.1–1.3, the first with its dot lost and the last behind a stray mark', () => {
    const targets = sections.flatMap(all).filter((n): n is Target => n.type === 'target');
    expect(targets.map((t) => t.id)).toEqual(['1.1', '1.2', '1.3']);
  });

  it('reads task bullets a)–đ), joining the piece the OCR split off with a blank line', () => {
    const items = sections.flatMap(all).filter((n): n is TaskItem => n.type === 'taskItem');
    expect(items.map((i) => i.label)).toEqual(['a', 'b', 'c', 'd', 'đ']);
    expect(items[0]!.text).toBe('Ra soat cac van ban quy pham phap luat cua tinh, bién ché, to chirc bo may.');
    expect(items[2]!.text).toBe('Thuc hién kiém tra viéc thi hanh phap luat.');
  });
});
