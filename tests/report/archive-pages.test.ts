// Review pages for a whole archive (`cchc batch … --report`): one page per
// converted document beside its JSON, index.html with counts and failures.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch, type BatchResult } from '../../src/batch/index.js';
import { writeArchivePages } from '../../src/report/index.js';
import { planFixture } from './plan-fixture.js';

const root = mkdtempSync(join(tmpdir(), 'cchc-report-archive-'));
const archive = join(root, 'archive');
const out = join(root, 'out');

describe('writeArchivePages', () => {
  let batch: BatchResult;
  beforeAll(async () => {
    const { input } = planFixture();
    for (const dir of ['2024', 'scans', 'notes']) mkdirSync(join(archive, dir), { recursive: true });
    writeFileSync(join(archive, '2024', 'ninh-binh.txt'), input);
    writeFileSync(join(archive, 'notes', 'bản #2.txt'), input);
    writeFileSync(join(archive, 'scans', 'empty.txt'), '');
    batch = await runBatch({ inputs: [archive], out, jobs: 1, inProcess: true });
  });

  it('writes a page per converted document and an index with counts, links and failures', async () => {
    const result = await writeArchivePages(out, [archive], batch.report.inputs);
    expect(result).toMatchObject({ written: 2, kept: 0, problems: [], index: 'index.html' });

    const json = JSON.parse(readFileSync(join(out, '2024', 'ninh-binh.txt.json'), 'utf8'));
    const page = readFileSync(join(out, '2024', 'ninh-binh.txt.html'), 'utf8');
    expect(page).toContain(`<strong data-count="tasks">${json.tasks.length}</strong>`);
    expect(existsSync(join(out, 'notes', 'bản #2.txt.html'))).toBe(true);

    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<strong data-count="documents">3</strong>');
    expect(index).toContain('<strong data-count="converted">2</strong>');
    expect(index).toContain('<strong data-count="failed">1</strong>');
    expect(index).toContain(`<strong data-count="tasks">${2 * json.tasks.length}</strong>`);
    expect(index).toContain('<a href="2024/ninh-binh.txt.html">2024/ninh-binh.txt</a>');
    expect(index).toContain(`<a href="notes/${encodeURIComponent('bản #2.txt')}.html">notes/bản #2.txt</a>`);
    expect(index).toMatch(/<td>scans\/empty\.txt<\/td><td>[^<]*empty[^<]*<\/td>/);
  });

  it('keeps pages newer than their JSON on a second run', async () => {
    const again = await writeArchivePages(out, [archive], batch.report.inputs);
    expect(again).toMatchObject({ written: 0, kept: 2, problems: [] });
  });
});
