// The page as a string: escaping, self-containment, the restored text rebuilt
// from the input and the changes, the timeline's periods, the archive index.
import { describe, expect, it } from 'vitest';
import { renderArchiveIndex, renderReport, summarizeDocument } from '../../src/report/index.js';
import { restoredText } from '../../src/report/text-view.js';
import { periodsBetween } from '../../src/report/timeline.js';
import { dueDate } from '../../src/report/schedule.js';
import { formatMetric } from '../../src/report/targets.js';
import { planFixture } from './plan-fixture.js';

/** The visible text of an HTML fragment (tags dropped, entities decoded). */
const visibleText = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('renderReport', () => {
  const { doc, input } = planFixture();
  const html = renderReport(doc, input);

  it('is one UTF-8 page with nothing to fetch', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("default-src 'none'");
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(link|img|iframe)\b/);
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    expect(html).not.toMatch(/url\(/);
  });

  it('escapes the document text', () => {
    const hostile = structuredClone(doc);
    hostile.tasks[0]!.content = '<script>alert("x")</script> & "quotes"';
    hostile.tasks[0]!.lead[0]!.canonical = 'Sở "Tư" pháp <b>';
    const page = renderReport(hostile, `${input}\n</div><script>alert(1)</script>`);
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; "quotes"');
    expect(page).toContain('data-lead="[&quot;Sở \\&quot;Tư\\&quot; pháp &lt;b&gt;&quot;]"');
  });

  it('shows every task once, with its filter keys', () => {
    const rows = html.match(/<tr id="task-\d+"[^>]*>/g) ?? [];
    expect(rows).toHaveLength(doc.tasks.length);
    expect(html).toContain(`<strong data-count="tasks">${doc.tasks.length}</strong>`);
    expect(rows[1]).toContain('data-kind="before"');
    expect(rows[1]).toContain('data-due="2024-06-30"');
    expect(rows.filter((r) => r.includes('data-appendix="02"'))).toHaveLength(doc.tasks.filter((t) => t.appendix === '02').length);
  });

  it('links each located diagnostic to its line, and the line back to it', () => {
    for (const [i, d] of doc.diagnostics.entries()) {
      if (!d.line) continue;
      expect(html).toMatch(new RegExp(`<li id="diag-${i + 1}">[^\\n]*href="#L${d.line}"`));
      expect(html).toContain(`<div class="line" id="L${d.line}"><a class="ln has-diagnostic"`);
    }
  });
});

describe('renderReport on a thin document', () => {
  it('says what is missing instead of failing', () => {
    const { doc } = planFixture();
    const thin = {
      ...doc,
      targets: [],
      tasks: [],
      citations: [],
      diagnostics: [],
      restoration: { ...doc.restoration, changes: [] },
      decision: { ...doc.decision, number: null, date: null, title: null, articles: [], legalBases: [] },
    };
    const html = renderReport(thin, 'Một dòng\nHai dòng');
    expect(html).toContain('<strong data-count="tasks">0</strong>');
    expect(html).toContain('Không tìm thấy mục tiêu nào.');
    expect(html).toContain('Không nhiệm vụ nào có mốc thời gian cụ thể.');
    expect(html).toContain('<div class="line" id="L2"><a class="ln" href="#L2">2</a><span class="tx">Hai dòng</span></div>');
    expect(html).toContain('<title>ninh-binh-2024.txt</title>');
  });
});

describe('restoredText', () => {
  const { doc, input, restored } = planFixture();
  const changes = doc.restoration.changes;

  it('rebuilds the restored text from the input and the changes', () => {
    const { lines, unplaced } = restoredText(input, changes);
    expect(unplaced).toEqual([]);
    expect(lines.map((l) => visibleText(l.html)).join('\n')).toBe(restored);
    expect(lines.reduce((n, l) => n + l.marked, 0)).toBe(changes.length);
  });

  it('marks an already restored text the same way', () => {
    const { lines, unplaced } = restoredText(restored, changes);
    expect(unplaced).toEqual([]);
    expect(lines.map((l) => visibleText(l.html)).join('\n')).toBe(restored);
  });

  it('carries the original and flags low confidence', () => {
    const { lines } = restoredText('Ke hoach cai cach', [
      { line: 1, column: 1, original: 'Ke', restored: 'Kế', confidence: 0.95 },
      { line: 1, column: 13, original: 'cach', restored: 'cách', confidence: 0.4 },
    ]);
    expect(lines[0]!.html).toContain('<mark class="restored" data-original="Ke" data-confidence="95%">Kế</mark>');
    expect(lines[0]!.html).toMatch(/<mark class="restored review"[^>]*data-original="cach"[^>]*>cách<\/mark>$/);
  });

  it('marks a word restored on top of a letter fix once, with the input as its original', () => {
    const { lines, unplaced } = restoredText('phap luat hi¢n hanh', [
      { line: 1, column: 11, original: 'hien', restored: 'hiện', confidence: 0.9 },
      { line: 1, column: 13, original: '¢', restored: 'e', confidence: 0.5 },
      { line: 1, column: 16, original: 'hanh', restored: 'hành', confidence: 1 },
    ]);
    expect(unplaced).toEqual([]);
    expect(visibleText(lines[0]!.html)).toBe('phap luat hiện hành');
    expect(lines[0]!.html).toContain(
      '<mark class="restored review" tabindex="0" data-original="hi¢n" data-confidence="50%" data-changes="2">hiện</mark>',
    );
    expect(lines[0]!.marked).toBe(3);
  });

  it('finds a token whose column drifted, and reports what it cannot find', () => {
    const { lines, unplaced } = restoredText('Can cu Nghi quyet', [
      { line: 1, column: 3, original: 'Nghi', restored: 'Nghị', confidence: 0.9 },
      { line: 1, column: 1, original: 'zzz', restored: 'ưưư', confidence: 0.9 },
      { line: 7, column: 1, original: 'a', restored: 'á', confidence: 0.9 },
    ]);
    expect(visibleText(lines[0]!.html)).toBe('Can cu Nghị quyet');
    expect(unplaced.map((c) => c.original)).toEqual(['zzz', 'a']);
  });
});

describe('the timeline and dates', () => {
  it('uses months for a one-year plan and quarters for a five-year one', () => {
    expect(periodsBetween(['2024-03-31', '2024-12-31']).periods.map((p) => p.label)).toEqual([
      'T3/2024',
      'T4/2024',
      'T5/2024',
      'T6/2024',
      'T7/2024',
      'T8/2024',
      'T9/2024',
      'T10/2024',
      'T11/2024',
      'T12/2024',
    ]);
    const five = periodsBetween(['2011-06-30', '2015-12-31']);
    expect(five.granularity).toBe('quarter');
    expect(five.periods[0]!.label).toBe('Quý II/2011');
    expect(five.periods.at(-1)!.label).toBe('Quý IV/2015');
    expect(five.periods).toHaveLength(19);
  });

  it("takes a multi-part deadline's latest part when it has no interval of its own", () => {
    const part = (end: string | null) => ({
      label: 'x',
      text: 'x',
      kind: 'before' as const,
      start: null,
      end,
      recurrence: null,
      condition: null,
    });
    expect(
      dueDate({
        text: '',
        kind: 'unknown',
        start: null,
        end: null,
        recurrence: null,
        condition: null,
        parts: [part('2023-03-31'), part('2023-11-15'), part(null)],
      }),
    ).toBe('2023-11-15');
    expect(dueDate(null)).toBeNull();
  });

  it('writes metrics the way the plans do', () => {
    expect(formatMetric({ value: 4.2, unit: 'điểm', comparator: '>=', subject: null, outOf: 5 })).toBe('≥ 4,2/5 điểm');
    expect(formatMetric({ value: 98, unit: '%', comparator: '>=', subject: null, outOf: null })).toBe('≥ 98%');
  });
});

describe('renderArchiveIndex', () => {
  it('counts documents, failures and tasks, and links each page', () => {
    const { doc } = planFixture();
    const html = renderArchiveIndex([
      { source: 'a/ninh-binh-2024.txt', report: 'ninh-binh-2024.html', document: doc },
      { source: 'b/second.txt', report: 'second.html', document: summarizeDocument(doc) },
      { source: 'c/<broken>.pdf', error: 'not a text document: PDF' },
    ]);
    expect(html).toContain('<strong data-count="documents">3</strong>');
    expect(html).toContain('<strong data-count="converted">2</strong>');
    expect(html).toContain('<strong data-count="failed">1</strong>');
    expect(html).toContain(`<strong data-count="tasks">${2 * doc.tasks.length}</strong>`);
    expect(html).toContain('<a href="ninh-binh-2024.html">a/ninh-binh-2024.txt</a>');
    expect(html).toContain('<td>c/&lt;broken&gt;.pdf</td><td>not a text document: PDF</td>');
    expect(html).not.toMatch(/<script\b/);
  });
});

describe('renderReport from bytes', () => {
  it('decodes the bytes as parse() did (here UTF-16 with a BOM)', () => {
    const { doc, input } = planFixture();
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(input, 'utf16le')]);
    const fromBytes = renderReport({ ...doc, source: { ...doc.source, encoding: 'utf-16le' } }, bytes);
    expect(fromBytes).toContain('<mark class="restored" data-original="PINH" data-confidence="95%">ĐỊNH</mark>');
    expect(fromBytes.match(/<div class="line"/g)).toHaveLength(input.split('\n').length);
  });
});
