// LibreOffice headless for the spreadsheet round trip (Debian: libreoffice-calc). Each run gets a
// profile of its own, so it neither waits for nor disturbs a LibreOffice already open.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function find(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

export const soffice = find();

export const sofficeMissingNote = (what: string) =>
  `${what}: LibreOffice (soffice) not found — skipped (Debian: apt-get install libreoffice-calc; .ci/run installs it)`;

/** CSV import as a user does it: UTF-8, comma, first line 1, in this locale (LCID), dates and numbers detected. */
export const csvImport = (lcid: number) => `CSV:44,34,76,1,,${lcid},false,true`;

/** CSV export, UTF-8, every sheet to a file of its own (<name>-<sheet>.csv). */
const CSV_EXPORT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Converts the files to CSV in outDir (with an import filter for CSV inputs); one soffice run for all. */
export function convertToCsv(files: string[], outDir: string, infilter?: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'cchc-soffice-'));
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      CSV_EXPORT,
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 240_000 },
  );
}
