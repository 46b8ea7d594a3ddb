// restore: OCR clean-up and diacritic restoration, line-preserving: tokens are
// replaced inside their line, so the output has exactly the input's lines and
// every position still points at the input. Each change is recorded; uncertain ones also
// come back as diagnostics for the pipeline to report.
import type { Restoration, RestoredWord } from '../schema/document.js';
import { diacriticShare } from './diacritic-share.js';
import { Decoder, type TokenChange } from './decoder.js';
import { candidates, DEFAULT_MAX, profileForShare, type Profile } from './channel/index.js';
import { candidateTable } from './channel/table.js';
import { unaccentedCandidates } from './unaccented.js';
import type { Lexicon } from '../vietnamese/index.js';
import { loadModel } from './lm/load.js';
import { cleanupOcr } from './cleanup.js';

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

/** Below this share the text carries no diacritics at all: typed unaccented or stripped, not OCR'd. */
export const UNACCENTED_BELOW = 0.02;

type Source = Profile | 'unaccented';
const decoders: Partial<Record<Source, Decoder>> = {};

/**
 * One decoder per kind of input: 'unaccented' (no marks at all: every same-key syllable equally likely),
 * the channel's 'heavy' profile for OCR that lost most marks, 'light' for text that kept them.
 */
function getDecoder(share: number): Decoder {
  const source: Source = share < UNACCENTED_BELOW ? 'unaccented' : profileForShare(share);
  let decoder = decoders[source];
  if (!decoder) {
    const { lm, lexicon } = loadModel();
    // Most words' lists come precomputed from model/candidates.bin (when it matches the models).
    const profile: Profile = source === 'unaccented' ? 'heavy' : source;
    const options = { profile, table: candidateTable(profile, lexicon, lexicon.fingerprint) };
    const channel = (token: string, lex: Lexicon) => candidates(token, lex, options);
    if (source === 'unaccented') {
      decoder = decoders[source] = new Decoder(lm, lexicon, (token, lex) => unaccentedCandidates(token, lex, channel));
    } else {
      // The table's lists straight into the decoder's arrays; the channel for the forms it misses.
      const idOf = (word: string) => lm.id(word);
      const storedLists = (token: string) => options.table?.lookupIds(token, lexicon, DEFAULT_MAX, idOf);
      decoder = decoders[source] = new Decoder(lm, lexicon, channel, { storedLists });
    }
  }
  return decoder;
}

export function restore(text: string, mode: RestoreMode = 'auto'): RestoreResult {
  const share = diacriticShare(text);
  if (!applies(mode, share)) return { text, restoration: { mode, applied: false, diacriticShare: share, changes: [] }, diagnostics: [] };
  const input = text.normalize('NFC');
  // OCR clean-up first (stray marks, ¢ for c, hyphenated line ends): same lines, logged at input columns.
  const cleaned = cleanupOcr(input);
  const inputLines = input.split('\n');
  const cleanedLines = cleaned.text.split('\n');
  const cleanupChanges: RestoredWord[] = cleaned.changes.map((c) => ({ ...c, confidence: 1 }));
  const tokenChangesAt: RestoredWord[] = [];
  const diagnostics: RestoreDiagnostic[] = [];
  const tokenChanges = getDecoder(share).decode(cleaned.text);
  const lineStarts = [0];
  for (let i = cleaned.text.indexOf('\n'); i >= 0; i = cleaned.text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let line = 0;
  for (const change of tokenChanges) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= change.start) line++;
    const column = inputColumn(inputLines[line]!, cleanedLines[line]!, change.start - lineStarts[line]!, change.original);
    const confidence = Math.round(change.confidence * 1000) / 1000;
    tokenChangesAt.push({ line: line + 1, column, original: change.original, restored: change.restored, confidence });
    if (confidence < UNCERTAIN_BELOW) {
      diagnostics.push({
        line: line + 1,
        column,
        ruleId: 'uncertain-restoration',
        message: `restored "${change.original}" as "${change.restored}" with low confidence (${confidence})`,
      });
    }
  }
  const changes = inPositionOrder(cleanupChanges, tokenChangesAt);
  return { text: withChanges(cleaned.text, tokenChanges), restoration: { mode, applied: true, diacriticShare: share, changes }, diagnostics };
}

/**
 * restore()'s text alone (what `cchc normalize` prints): the same words, without the change log,
 * which spares the decoder its confidences and the log its columns (~8% of a cold start on 40 KB).
 */
export function restoreText(text: string, mode: RestoreMode = 'auto'): string {
  const share = diacriticShare(text);
  if (!applies(mode, share)) return text;
  const cleaned = cleanupOcr(text.normalize('NFC')).text;
  return withChanges(cleaned, getDecoder(share).decode(cleaned, { confidence: false }));
}

function applies(mode: RestoreMode, share: number): boolean {
  return mode === 'always' || (mode === 'auto' && share < AUTO_THRESHOLD);
}

/** `text` with the decoder's changes (in text order) made. */
function withChanges(text: string, changes: TokenChange[]): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    out += text.slice(last, change.start) + change.restored;
    last = change.start + change.original.length;
  }
  return out + text.slice(last);
}

const byPosition = (a: RestoredWord, b: RestoredWord) => a.line - b.line || a.column - b.column;

/**
 * The clean-up's changes and the decoder's, by line and column, the clean-up's first where both
 * name one place: what a stable sort of the two lists one after the other gives. Both are in that
 * order already (nearly always: a decoder change's column is searched for in a line the clean-up
 * edited), so they are merged; a sort when not.
 */
function inPositionOrder(first: RestoredWord[], second: RestoredWord[]): RestoredWord[] {
  const sorted = (list: RestoredWord[]) => list.every((c, i) => i === 0 || byPosition(list[i - 1]!, c) <= 0);
  if (!sorted(first) || !sorted(second)) return [...first, ...second].sort(byPosition);
  const merged: RestoredWord[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) merged.push(byPosition(first[i]!, second[j]!) <= 0 ? first[i++]! : second[j++]!);
  while (i < first.length) merged.push(first[i++]!);
  while (j < second.length) merged.push(second[j++]!);
  return merged;
}

/**
 * 1-based column in the input line of a token found at `offset` of the cleaned line. Lines the
 * clean-up did not touch are the same; otherwise the nearest occurrence of the token in the input line.
 */
function inputColumn(inputLine: string, cleanedLine: string, offset: number, token: string): number {
  if (inputLine === cleanedLine) return offset + 1;
  let best = -1;
  for (let at = inputLine.indexOf(token); at >= 0; at = inputLine.indexOf(token, at + 1)) {
    if (best < 0 || Math.abs(at - offset) < Math.abs(best - offset)) best = at;
  }
  return (best >= 0 ? best : Math.min(offset, Math.max(0, inputLine.length - 1))) + 1;
}

export { diacriticShare };
