// Each OCR'd word's confidence (read/token-confidences.ts) where the restorer reads it: at an offset
// of the text the decoder reads (the input after the clean-up, same lines), the confidence of the
// written token of the input that holds it. The clean-up changes tokens only within their line; a
// line whose tokens it left as many keeps them one for one, any other finds each token's place in
// the input line as the change log does (columns.ts).
//
// What the confidence tells the restorer, in bands of tesseract's 0–100 (see ocrBand):
//   sure       the engine read this syllable (an engine that knows the marks, tesseract vie): a
//              candidate that reads the token otherwise loses SURE_PENALTY of ln odds, so the word
//              is kept unless the language model strongly disagrees;
//   doubtful   the engine itself doubts it: a candidate that reads it otherwise (other letters, or
//              another syllable where the engine kept the marks) gains DOUBT_BONUS, a lower prior
//              for the form as printed;
//   illegible  so low that a token the channel cannot read either is no word at all: unreadable
//              (unreadable.ts), kept as printed and out of the fields, not made a plausible word.
import { writtenTokens, type TokenConfidences } from '../read/token-confidences.js';
import { ColumnFinder, firstAfter } from './columns.js';

/**
 * At or above: sure. Set with npm run bench scan-restore on the dev scans (the fixture plan and
 * seed 001, at 300 and 200 dpi): from 90 the penalty cost tesseract vie's corrections of words it
 * misread with confidence (5 syllables of seed 001's 200 dpi scan); from 95 it cost none.
 */
export const SURE_AT_LEAST = 95;
/** Below: doubtful. */
export const DOUBTFUL_BELOW = 50;
/**
 * Below: illegible, when the channel cannot read the token either. At 25 the unreadable runs
 * took in words the restoration had right (3 syllables of seed 001's 300 dpi eng scan); at 15
 * none, and seed 001's 200 dpi vie scan gets 34 runs (1 without confidences).
 */
export const ILLEGIBLE_BELOW = 15;
/**
 * ln odds a sure token's other readings lose, by what the engine vouches for. Nothing for
 * letters: tesseract eng is as sure of "tir" (từ), "S6" (Số) or "cdi" (cải) as of any word, its
 * letters being how it reads Vietnamese (seed 001's eng scan: 90 of 98 letter changes to words
 * read at 90 or more were right); e^4 for tesseract vie's syllables, so a sure word changes
 * only at odds of e^16 (correct.ts asks e^12 of others).
 */
export const SURE_PENALTY = { letters: 0, syllable: 4 } as const;
/** ln odds a doubtful token's other readings gain, by what the engine vouches for. */
export const DOUBT_BONUS = { letters: 2, syllable: 6 } as const;

export type OcrBand = 'sure' | 'doubtful' | null;

/** The band of a confidence; null (no change) between the two, and where none is known (NaN). */
export const ocrBand = (confidence: number): OcrBand =>
  confidence >= SURE_AT_LEAST ? 'sure' : confidence < DOUBTFUL_BELOW ? 'doubtful' : null;

/** What the restorer asks of a text's OCR confidences (offsets of the text the decoder reads). */
export interface OcrConfidenceAt {
  /** The confidence of the token holding `offset`; NaN where none is known. */
  at(offset: number): number;
  /** Whether a token starting in [from, to) was read below ILLEGIBLE_BELOW. */
  illegibleIn(from: number, to: number): boolean;
}

/** The OCR confidence at each token of the text the decoder reads. */
export class OcrConfidenceMap implements OcrConfidenceAt {
  /** Start and end offsets of the cleaned text's written tokens, in order, and their confidences. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly values: number[] = [];

  /** `input`: the text as given (NFC), whose lines `confidences` describes; `cleaned`: it after the clean-up (same lines). */
  constructor(input: string, cleaned: string, confidences: TokenConfidences) {
    const inputLines = input.split('\n');
    const cleanedLines = cleaned.split('\n');
    let lineStart = 0;
    for (let line = 0; line < cleanedLines.length; line++) {
      const text = cleanedLines[line]!;
      const given = confidences[line];
      if (given) this.addLine(inputLines[line] ?? '', text, given, lineStart);
      lineStart += text.length + 1;
    }
  }

  private addLine(inputLine: string, cleanedLine: string, given: readonly number[], lineStart: number): void {
    const inputTokens = writtenTokens(inputLine);
    if (inputTokens.length !== given.length) return; // not the line the confidences were written for
    const tokens = writtenTokens(cleanedLine);
    const columns = tokens.length === inputTokens.length ? null : new ColumnFinder(inputLine, cleanedLine);
    for (let i = 0; i < tokens.length; i++) {
      const [start, end] = tokens[i]!;
      const index = columns ? tokenAt(inputTokens, columns.columnOf(start, cleanedLine.slice(start, end)) - 1) : i;
      this.starts.push(lineStart + start);
      this.ends.push(lineStart + end);
      this.values.push(given[index]!);
    }
  }

  /** The confidence of the token holding `offset` of the cleaned text; NaN where none is known. */
  at(offset: number): number {
    const i = firstAfter(this.starts, offset) - 1;
    return i >= 0 && offset < this.ends[i]! ? this.values[i]! : NaN;
  }

  illegibleIn(from: number, to: number): boolean {
    this.illegible ??= this.starts.filter((_, i) => this.values[i]! < ILLEGIBLE_BELOW);
    const i = firstAfter(this.illegible, from - 1);
    return i < this.illegible.length && this.illegible[i]! < to;
  }
  /** Starts of the tokens read below ILLEGIBLE_BELOW, in order. */
  private illegible: number[] | undefined;
}

/** The index of the token holding `column` (0-based), or of the last one starting before it. */
function tokenAt(tokens: Array<[number, number]>, column: number): number {
  let index = 0;
  for (let i = 0; i < tokens.length && tokens[i]![0] <= column; i++) index = i;
  return index;
}
