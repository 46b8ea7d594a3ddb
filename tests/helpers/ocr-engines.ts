// Whether the OCR engines the scan tests need are installed (Debian: tesseract-ocr, tesseract-ocr-vie,
// poppler-utils; .ci/run installs them). Tests that need them skip, and say so, without them.
import { execFileSync } from 'node:child_process';

export const hasOcrEngines = (() => {
  try {
    execFileSync('tesseract', ['--version'], { stdio: 'pipe' });
    execFileSync('pdftoppm', ['-v'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();
