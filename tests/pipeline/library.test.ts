// The library API: what `import { … } from 'cchc'` offers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CchcDocument, ParseError, jsonSchema, parse, toCsv, toNdjson } from '../../src/index.js';
import { fixturePath } from '../helpers/shared.js';

describe('library API', () => {
  const text = readFileSync(fixturePath('clean-plan.txt'), 'utf8');

  it('parses a string the same as its bytes', () => {
    const fromString = parse(text, { path: 'a.txt' });
    const fromBytes = parse(Buffer.from(text, 'utf8'), { path: 'a.txt' });
    expect(fromString).toEqual(fromBytes);
    expect(CchcDocument.safeParse(fromString).success).toBe(true);
  });

  it('corrects a text it is told an OCR read, and leaves clean typed text that shows no OCR as never does', () => {
    const typed = parse(text, { path: 'a.txt' });
    expect(typed.restoration).toMatchObject({ mode: 'auto', applied: false, skipped: 'no-ocr-evidence', changes: [] });
    const read = parse(text, { path: 'a.txt', readByOcr: true });
    expect(read.restoration).toMatchObject({ mode: 'auto', applied: true, scope: 'words' });
    expect(read.restoration.skipped).toBeUndefined();
    expect(read.tasks).toEqual(typed.tasks);
  });

  it('throws a ParseError naming the file for text with no decision in it', () => {
    expect(() => parse('Một bài thơ.\nKhông có quyết định nào.', { path: 'poem.txt' })).toThrow(ParseError);
    expect(() => parse('Một bài thơ.', { path: 'poem.txt' })).toThrow(/^poem\.txt: no decision structure/);
  });

  it('emits CSV and NDJSON from parsed documents', async () => {
    const doc = parse(text, { path: 'a.txt' });
    const csv = await toCsv(doc, { table: 'targets' });
    expect(csv.split('\n')[0]).toMatch(/^id,text/);
    expect(csv.trim().split('\n')).toHaveLength(3);
    expect(toNdjson([doc, doc]).trim().split('\n')).toHaveLength(2);
  });

  it('describes its output as JSON Schema', () => {
    const schema = jsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'source', 'decision', 'targets', 'tasks', 'diagnostics']),
    );
  });
});
