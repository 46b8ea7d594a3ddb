// `cchc report` end to end, in-process: the page it writes holds the tasks
// that `cchc parse` finds in the same file.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../scripts/docx-writer.js';
import { runCli } from '../helpers/run-cli.js';
import { planFixture } from './plan-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-report-cli-'));

describe('cchc report', () => {
  it('writes one page with the tasks parse finds', async () => {
    const file = join(dir, 'ninh-binh-2024.txt');
    writeFileSync(file, planFixture().input);
    const parsed = await runCli(['parse', file]);
    expect(parsed.code).toBe(0);
    const tasks = JSON.parse(parsed.stdout).tasks.length;

    const out = join(dir, 'plan.html');
    const r = await runCli(['report', file, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`wrote ${out} (${tasks} tasks`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(`<strong data-count="tasks">${tasks}</strong>`);
    expect(html.match(/<tr id="task-\d+"/g) ?? []).toHaveLength(tasks);
    expect(html).toContain('TỈNH NINH BÌNH');
  });

  it('writes to standard output without --out', async () => {
    const file = join(dir, 'stdout.txt');
    writeFileSync(file, planFixture().input);
    const r = await runCli(['report', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
  });

  it('reads a Word file, and shows the Markdown it was read as', async () => {
    const file = join(dir, 'quyet-dinh.docx');
    writeFileSync(
      file,
      makeDocx([
        { kind: 'p', text: 'QUYẾT ĐỊNH', bold: true },
        { kind: 'p', text: 'Ban hành Kế hoạch cải cách hành chính năm 2024', bold: true },
        { kind: 'p', text: 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2024.' },
        { kind: 'p', text: 'Phụ lục số 01: Các nhiệm vụ trọng tâm', bold: true },
        {
          kind: 'table',
          rows: [
            ['TT', 'Nội dung thực hiện', 'Sản phẩm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
            ['1.', 'Rà soát văn bản quy phạm pháp luật & thủ tục.', 'Báo cáo.', 'Sở Tư pháp', 'Sở Nội vụ', 'Quý II/2024'],
          ],
        },
      ]),
    );
    const out = join(dir, 'docx.html');
    const r = await runCli(['report', file, '--out', out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<dt>Định dạng</dt><dd>docx, docx,');
    expect(html).toContain('Rà soát văn bản quy phạm pháp luật &amp; thủ tục.');
    expect(html).toMatch(/<span class="tx">\*\*QUYẾT ĐỊNH\*\*<\/span>/);
  });

  it('batch --report writes a page per document and the index', async () => {
    const archive = join(dir, 'archive');
    mkdirSync(archive, { recursive: true });
    writeFileSync(join(archive, 'ninh-binh.txt'), planFixture().input);
    writeFileSync(join(archive, 'empty.txt'), '');
    const out = join(dir, 'archive-out');
    const r = await runCli(['batch', archive, '--out', out, '--jobs', '1', '--report']);
    expect(r.code).toBe(1); // the empty file failed
    expect(r.stdout).toContain('index.html');
    expect(existsSync(join(out, 'ninh-binh.txt.html'))).toBe(true);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<a href="ninh-binh.txt.html">ninh-binh.txt</a>');
    expect(index).toContain('<strong data-count="failed">1</strong>');
  });

  it('names a missing file and exits 1', async () => {
    const r = await runCli(['report', join(dir, 'absent.txt'), '--out', join(dir, 'x.html')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/absent\.txt: no such file/);
  });
});
