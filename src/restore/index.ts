// restore: diacritic restoration, line-preserving: tokens are replaced inside
// their line, so the output has exactly the input's lines and every position
// still points at the input. Each change is recorded; uncertain ones also
// come back as diagnostics for the pipeline to report.
import type { Restoration, RestoredWord } from '../schema/document.js';
import { diacriticShare } from './diacritic-share.js';
import { Decoder } from './decoder.js';
import { candidates } from './channel/index.js';
import { loadModel } from './lm/load.js';

export type RestoreMode = 'auto' | 'always' | 'never';

export interface RestoreDiagnostic {
  line: number;
  column: number;
  message: string;
  ruleId: string;
}

export interface RestoreResult {
  text: string;
  restoration: Restoration;
  diagnostics: RestoreDiagnostic[];
}

/** Below this share of syllables with diacritics, `auto` restores (clean prose ≈ 0.8, OCR without a Vietnamese model ≈ 0.15–0.3). */
export const AUTO_THRESHOLD = 0.5;
/** Changes the decoder is less sure of than this become diagnostics. */
export const UNCERTAIN_BELOW = 0.5;

let decoder: Decoder | undefined;

function getDecoder(): Decoder {
  if (!decoder) {
    const { lm, lexicon } = loadModel();
    decoder = new Decoder(lm, lexicon, candidates);
  }
  return decoder;
}

export function restore(text: string, mode: RestoreMode = 'auto'): RestoreResult {
  const share = diacriticShare(text);
  const apply = mode === 'always' || (mode === 'auto' && share < AUTO_THRESHOLD);
  if (!apply) return { text, restoration: { mode, applied: false, diacriticShare: share, changes: [] }, diagnostics: [] };
  const input = text.normalize('NFC');
  const tokenChanges = getDecoder().decode(input);
  const lineStarts = [0];
  for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const changes: RestoredWord[] = [];
  const diagnostics: RestoreDiagnostic[] = [];
  let out = '';
  let last = 0;
  let line = 0;
  for (const change of tokenChanges) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= change.start) line++;
    const column = change.start - lineStarts[line]! + 1;
    const confidence = Math.round(change.confidence * 1000) / 1000;
    changes.push({ line: line + 1, column, original: change.original, restored: change.restored, confidence });
    if (confidence < UNCERTAIN_BELOW) {
      diagnostics.push({
        line: line + 1,
        column,
        ruleId: 'uncertain-restoration',
        message: `restored "${change.original}" as "${change.restored}" with low confidence (${confidence})`,
      });
    }
    out += input.slice(last, change.start) + change.restored;
    last = change.start + change.original.length;
  }
  out += input.slice(last);
  return { text: out, restoration: { mode, applied: true, diacriticShare: share, changes }, diagnostics };
}

export { diacriticShare };
