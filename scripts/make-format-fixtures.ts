// Makes the committed fixtures for the read stage, from the project's own plan (fixtures/clean-plan.md):
//   fixtures/pdf/clean-plan.pdf   printed by Debian's chromium (text layer, ruled tables), 2 pages
//   fixtures/pdf/made-*.pdf       the same plan printed in MADE_PRINTS' ways (formats/plan-html.ts):
//                                 rows cut by page breaks (two page sizes and column orders), no borders
//   fixtures/pdf/encrypted.pdf    a one-page PDF locked with a user password (qpdf)
//   fixtures/pdf/no-pages.pdf     a well-formed PDF whose page tree is empty (written by hand)
//   fixtures/doc/decision.doc     fixtures/encodings/decision.docx saved as Word 97 by LibreOffice
// Run once with the tools installed: npx tsx scripts/make-format-fixtures.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MADE_FIXTURES, MADE_PRINTS, planHtml } from './formats/plan-html.js';
import { printToPdf } from './formats/print.js';

const root = new URL('..', import.meta.url).pathname;
const fixtures = join(root, 'fixtures');
mkdirSync(join(fixtures, 'pdf'), { recursive: true });
mkdirSync(join(fixtures, 'doc'), { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'cchc-fixtures-'));

const plan = join(fixtures, 'pdf/clean-plan.pdf');
printToPdf(planHtml(readFileSync(join(fixtures, 'clean-plan.md'), 'utf8'), 'Kế hoạch cải cách hành chính năm 2024'), plan);
for (const [name, file] of Object.entries(MADE_FIXTURES)) {
  printToPdf(
    planHtml(readFileSync(join(fixtures, 'clean-plan.md'), 'utf8'), 'Kế hoạch cải cách hành chính năm 2024', MADE_PRINTS[name]),
    join(fixtures, 'pdf', file),
  );
}

execFileSync('qpdf', ['--empty', '--pages', plan, '1', '--', join(work, 'one.pdf')]);
execFileSync('qpdf', ['--encrypt', 'mật-khẩu', 'owner-secret', '256', '--', join(work, 'one.pdf'), join(fixtures, 'pdf/encrypted.pdf')]);

writeFileSync(
  join(fixtures, 'pdf/no-pages.pdf'),
  minimalPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']),
);

execFileSync('soffice', ['--headless', '--convert-to', 'doc:MS Word 97', '--outdir', work, join(fixtures, 'encodings/decision.docx')], {
  stdio: 'ignore',
});
copyFileSync(join(work, 'decision.doc'), join(fixtures, 'doc/decision.doc'));

/** A PDF of these objects (1 0 obj is the catalog), with a correct cross-reference table. */
function minimalPdf(objects: string[]): Buffer {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
