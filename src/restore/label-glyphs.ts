// A list label's c read as a sign by an OCR: "¢) Kiểm tra", "©) Có ý kiến" → "c) …". The sign stands
// at a line's start or after white space, right before ")"; Vietnamese prints neither there.
// Seen in tesseract -l vie (ocr-pairs p12, a DejaVu Serif print) and -l eng (the scans of
// corpus text the channel learns from: thin strokes, blur, skew, low resolution); cleanup.ts mends it
// for restoration, this file's labelGlyphs when correcting (correct.ts's mode).
import type { TokenChange } from './decoder.js';

/** "¢)" or "©)" after a line's start or white space (group 1). */
export const C_LABEL_GLYPH = /(^|\s)[¢©](?=\))/gu;

/** The labels of `text` whose c was read as ¢ or ©, as changes (in text order) that mend them. */
export function labelGlyphs(text: string): TokenChange[] {
  const changes: TokenChange[] = [];
  for (const match of text.matchAll(C_LABEL_GLYPH)) {
    const start = match.index + match[1]!.length;
    changes.push({ start, original: text[start]!, restored: 'c', confidence: 1, margin: Infinity });
  }
  return changes;
}
