import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv-reader.js';
import { runCli } from '../helpers/run-cli.js';
import { fixturePath } from '../helpers/shared.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-parse-'));

describe('cchc parse', () => {
  it('prints the document as JSON, validated, with its source', async () => {
    const r = await runCli(['parse', fixturePath('clean-plan.md')]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(doc.source.format).toBe('markdown');
    expect(doc.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.source.bytes).toBe(readFileSync(fixturePath('clean-plan.md')).length);
    expect(doc.decision.number).toBe('218/QĐ-UBND');
    expect(doc.tasks).toHaveLength(4);
  });

  it('writes the task table as CSV, one row a task, lists joined with "; "', async () => {
    const r = await runCli(['parse', fixturePath('clean-plan.txt'), '--format', 'csv']);
    expect(r.code).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toContain('lead');
    expect(rows).toHaveLength(5);
    const row = Object.fromEntries(header!.map((h, i) => [h, rows[2]![i]]));
    expect(row.id).toBe('PL-I/2');
    expect(row.lead).toBe('Các Sở, ban, ngành cấp tỉnh; UBND cấp huyện');
    expect(row.products).toBe('Kế hoạch rà soát hàng năm; Báo cáo kết quả rà soát');
  });

  it('starts CSV with a BOM on request, and writes to --out', async () => {
    const out = join(dir, 'tasks.csv');
    const r = await runCli(['parse', fixturePath('clean-plan.txt'), '--format', 'csv', '--bom', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8').charCodeAt(0)).toBe(0xfeff);
  });

  it('reads standard input for "-", detecting Markdown from content', async () => {
    const r = await runCli(['parse', '-'], readFileSync(fixturePath('clean-plan.md'), 'utf8'));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source.path).toBeNull();
    expect(doc.source.format).toBe('markdown');
    expect(doc.tasks).toHaveLength(4);
  });

  it('converts the good files of a batch and names the bad ones, exit 1', async () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, '');
    const r = await runCli(['parse', fixturePath('clean-plan.md'), bad, fixturePath('clean-plan.txt'), '--format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt: the file is empty/);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((d) => d.tasks.length)).toEqual([4, 5]);
  });

  it('still yields header, articles and targets for a plan without appendices, with a diagnostic', async () => {
    const text = readFileSync(fixturePath('clean-plan.txt'), 'utf8');
    const path = join(dir, 'no-appendix.txt');
    writeFileSync(path, text.slice(0, text.indexOf('Phụ lục số I.')));
    const r = await runCli(['parse', path]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.decision.number).toBe('1042/QĐ-UBND');
    expect(doc.decision.articles).toHaveLength(3);
    expect(doc.targets).toHaveLength(2);
    expect(doc.tasks).toHaveLength(0);
    expect(doc.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain('cchc-segment:no-appendix');
    expect(r.stderr).toMatch(/no-appendix\.txt:\d+:\d+: warning: no appendix/);
  });

  it('lets --input force the layout reader', async () => {
    const r = await runCli(['parse', '--input', 'text', fixturePath('clean-plan.txt')]);
    expect(JSON.parse(r.stdout).source.format).toBe('text');
  });
});
