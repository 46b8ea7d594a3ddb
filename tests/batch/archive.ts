// A small archive of our own for the batch tests: the fixture decision in
// several encodings and folders, a Word file, and every kind of bad input.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { encodeLegacy } from '../../src/decode/index.js';
import { zip } from '../../scripts/docx-writer.js';
import { fixturePath } from '../helpers/shared.js';

export const decisionText = readFileSync(fixturePath('encodings/decision.txt'), 'utf8');

/** Expected status (and reason pattern for failures) of every input. */
export const EXPECTED: Record<string, { status: string; reason?: RegExp }> = {
  '2023/decision.txt': { status: 'converted' },
  '2023/decision-tcvn3.txt': { status: 'converted' },
  '2023/decision-vni.txt': { status: 'converted' },
  '2024/decision.docx': { status: 'converted' },
  '2024/decision-utf16.txt': { status: 'converted' },
  '2024/decision-garbled.txt': { status: 'converted' },
  'broken/truncated.txt': { status: 'converted-with-warnings' },
  'broken/mixed.txt': { status: 'converted-with-warnings' },
  'broken/empty.txt': { status: 'failed', reason: /^the file is empty$/ },
  'broken/scan.pdf': { status: 'failed', reason: /^a corrupt PDF \(/ },
  'broken/photo.jpg': { status: 'failed', reason: /^a corrupt image \(its size cannot be read/ },
  'broken/bundle.zip': { status: 'failed', reason: /zip archive/ },
  'broken/program.bin': { status: 'failed', reason: /not a text document: a binary file/ },
  'broken/recipe.txt': { status: 'failed', reason: /no decision structure found/ },
  'broken/dangling.txt': { status: 'failed', reason: /dangling symbolic link/ },
  'broken/pipe.txt': { status: 'failed', reason: /not a regular file \(a named pipe\)/ },
  'broken/locked.txt': { status: 'failed', reason: /permission denied/ },
};

export function makeArchive(): string {
  const root = mkdtempSync(join(tmpdir(), 'cchc-batch-'));
  const put = (file: string, data: string | Uint8Array) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), data);
  };
  put('2023/decision.txt', decisionText);
  put('2023/decision-tcvn3.txt', encodeLegacy(decisionText, 'tcvn3'));
  put('2023/decision-vni.txt', encodeLegacy(decisionText, 'vni'));
  put('2024/decision.docx', readFileSync(fixturePath('encodings/decision.docx')));
  put('2024/decision-utf16.txt', Buffer.from(decisionText, 'utf16le'));
  put('2024/decision-garbled.txt', readFileSync(fixturePath('encodings/decision.tcvn3-as-cp1252.txt')));
  put(
    'broken/truncated.txt',
    Buffer.concat([Buffer.from(decisionText.trimEnd() + '\nGhi chú: ', 'utf8'), Buffer.from('ư', 'utf8').subarray(0, 1)]),
  );
  const lines = decisionText.split('\n');
  put(
    'broken/mixed.txt',
    Buffer.concat([Buffer.from(lines.slice(0, 30).join('\n') + '\n', 'utf8'), encodeLegacy(lines.slice(30).join('\n'), 'tcvn3')]),
  );
  put('broken/empty.txt', '');
  put('broken/scan.pdf', Buffer.from('%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj\n<< /Type /Page >>\n', 'latin1'));
  put('broken/photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
  put('broken/bundle.zip', zip([['notes/readme.txt', 'không phải văn bản Word']]));
  put('broken/program.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x3e, 0x00]));
  put('broken/recipe.txt', 'Trứng gà luộc chín, bóc vỏ, cắt đôi.\nThêm muối, tiêu và hành phi.\n');
  put('broken/locked.txt', decisionText); // made unreadable by the injected reader
  symlinkSync(join(root, 'broken/gone.txt'), join(root, 'broken/dangling.txt'));
  execFileSync('mkfifo', [join(root, 'broken/pipe.txt')]);
  put('.hidden/secret.txt', decisionText);
  put('2023/.~lock.decision.txt#', 'lock');
  return root;
}

/** A reader that refuses files named "locked" the way a chmod 000 file would (tests run as root). */
export async function lockedReader(path: string): Promise<Uint8Array> {
  if (path.includes('locked')) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
  return readFileSync(path);
}
