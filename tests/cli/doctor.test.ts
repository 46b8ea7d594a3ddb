// cchc doctor names the optional engines it finds and what is missing, with the Debian packages
// to install; and the text commands work whether they are there or not.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetEngines } from '../../src/read/ocr/engines.js';
import { runCli } from '../helpers/run-cli.js';
import { fixturePath } from '../helpers/shared.js';

// The engines' paths are stubbed, not deleted: a machine that sets them keeps them for later tests.
afterEach(() => {
  vi.unstubAllEnvs();
  resetEngines();
});

describe('cchc doctor', () => {
  it('says what is missing and how to install it, and exits 1', async () => {
    vi.stubEnv('CCHC_TESSERACT', '/nonexistent/tesseract');
    vi.stubEnv('CCHC_PDFTOPPM', '/nonexistent/pdftoppm');
    resetEngines();
    const r = await runCli(['doctor']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^missing tesseract\nmissing pdftoppm\n/);
    expect(r.stdout).toContain('scanned PDF: no');
    expect(r.stdout).toContain('install: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils');
  });

  it('still parses text, Markdown and text-layer PDFs without them', async () => {
    vi.stubEnv('CCHC_TESSERACT', '/nonexistent/tesseract');
    vi.stubEnv('CCHC_PDFTOPPM', '/nonexistent/pdftoppm');
    resetEngines();
    for (const file of ['clean-plan.md', 'clean-plan.txt', 'pdf/clean-plan.pdf']) {
      const r = await runCli(['parse', fixturePath(file)]);
      expect(r.code, file).toBe(0);
      expect(JSON.parse(r.stdout).tasks.length, file).toBeGreaterThan(0);
    }
  });

  it('lists the engines it finds with their versions', async () => {
    const r = await runCli(['doctor']);
    const found = !r.stdout.includes('missing');
    expect(r.code).toBe(found ? 0 : 1);
    expect(r.stdout).toMatch(/^(ok {5}|missing) tesseract/m);
    expect(r.stdout).toContain('text, Markdown, .docx, .doc, PDF with a text layer: always');
  });
});
