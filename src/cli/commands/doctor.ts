// cchc doctor: which optional engines are installed, and so which inputs can be read. Exit 0 when
// every engine is there, 1 when one is missing (text, Markdown, Word and text-layer PDFs need none).
import { engines } from '../../index.js';
import type { Io } from '../io.js';

export async function doctorCommand(io: Io): Promise<number> {
  const { tesseract, pdftoppm } = await engines();
  const mark = (present: boolean) => (present ? 'ok     ' : 'missing');
  const languages = tesseract.languages.filter((l) => l !== 'osd');
  const lines = [
    `${mark(tesseract.present)} tesseract ${tesseract.version ?? ''}${tesseract.present ? ` (languages: ${languages.join(', ') || 'none'})` : ''}`.trimEnd(),
    `${mark(pdftoppm.present)} pdftoppm ${pdftoppm.version ?? ''}`.trimEnd(),
    '',
    'text, Markdown, .docx, .doc, PDF with a text layer: always',
    `scanned PDF: ${tesseract.present && pdftoppm.present ? 'yes' : 'no'}`,
    `PNG, JPEG, TIFF images: ${tesseract.present ? 'yes' : 'no'}`,
  ];
  if (tesseract.present && !languages.includes('vie'))
    lines.push('note: tesseract has no Vietnamese (vie): scans are read as eng, diacritics then come from restoration');
  if (!tesseract.present || !pdftoppm.present) lines.push('install: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils');
  io.stdout(lines.join('\n') + '\n');
  return tesseract.present && pdftoppm.present ? 0 : 1;
}
