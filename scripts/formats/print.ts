// An HTML page → PDF through Debian's chromium, headless (--print-to-pdf): real fonts, a real text
// layer and ruled tables, as a portal's "print to PDF" makes them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function printToPdf(html: string, out: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-print-'));
  try {
    const page = join(dir, 'page.html');
    writeFileSync(page, html);
    execFileSync(
      process.env.CCHC_CHROMIUM ?? 'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-pdf-header-footer',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--print-to-pdf=${out}`,
        `file://${page}`,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
