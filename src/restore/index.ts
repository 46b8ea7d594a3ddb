// restore: OCR clean-up and diacritic restoration, line-preserving: tokens are
// replaced inside their line, so the output has exactly the input's lines and
// every position still points at the input. Each change is recorded; uncertain ones also
// come back as diagnostics for the pipeline to report.
import type { Restoration, RestoredWord } from '../schema/document.js';
import { diacriticShare } from './diacritic-share.js';
import { Decoder, type TokenChange } from './decoder.js';
import { candidates, DEFAULT_MAX, learnedKeys, profileForShare, type Profile } from './channel/index.js';
import { ChannelSource } from './channel/model.js';
import { CandidateTableSource } from './channel/table.js';
import { unaccentedCandidates } from './unaccented.js';
import { hasDiacritics, isValidSyllable, tokenCount, type Lexicon } from '../vietnamese/index.js';
import { loadModelFrom, type LoadedModel } from './lm/load.js';
import { canonicalWord } from './lm/canonical.js';
import { cleanupOcr, type NumberFollows } from './cleanup.js';
import { ColumnFinder } from './columns.js';
import { corrections, withMended } from './correct.js';
import { ellNumerals } from './ell-numerals.js';
import { labelGlyphs } from './label-glyphs.js';
import { showsOcr, signsPerThousand } from './ocr-signs.js';
import { numberFollowsIn } from './number-follows.js';
import { modelPathsOf, type ModelPaths, type RestorerOptions } from './model-path.js';
import { markUnreadable } from './unreadable-marks.js';
import { fusedWordSplit, type FusedWordSplit } from './fused-words.js';
import type { WordKnowledge } from './unreadable.js';
import { wordKnowledge } from './word-knowledge.js';
import { lostMarksByOcr } from './unmarked-ocr.js';
import { readNames, restoreName, type NamesFile, type NameSyllable } from './names.js';
import { OcrConfidenceMap } from './ocr-confidence.js';
import { writtenTokens, type TokenConfidences } from '../read/token-confidences.js';

export type { RestorerOptions };
export { correctionsShowOcr } from './ocr-evidence.js';

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

/**
 * Decoder's unknownCost for OCR that lost its marks: ln P(this spelling | a word the model left
 * out). Leave-one-kind-out on the generated eng scans (scripts/learn-channel.ts), SER at cost
 * 0 / 3 / 6 / 10 / 16: speckle 11.13 / 10.26 / 9.71 / 9.43 / 9.16%, thin 13.14 / 12.98 / 12.93 /
 * 12.86 / 12.86%, lowres 29.84 / 28.97 / 28.65 / 28.27 / 28.15%. 3, not more: at 6 seed 001
 * printed, scanned at 300 dpi and read by cchc with tesseract eng (the formats bench) loses 4 of
 * its 36 task rows, at 10 seed 000's task table (a real scanner) a row start to a line end read
 * as a word ("guan." → quận.); a token the model does not know may be a name or a foreign word.
 */
const UNKNOWN_COST = 3;

export interface RestoreCallOptions {
  /**
   * auto (default): restores text that lost its marks; corrects text that kept them word by word
   * (correct.ts) where it shows signs of OCR (ocr-signs.ts), and leaves any other as never does;
   * always; never.
   */
  mode?: RestoreMode;
  /** The text is an OCR's reading of a page (a scan read by cchc): auto corrects it without looking for signs of OCR. */
  readByOcr?: boolean;
  /**
   * Each line's tokens' OCR confidences (read/token-confidences.ts; a scan read by cchc): they weigh
   * each token's candidates and find unreadable words (ocr-confidence.ts), and the change log
   * shows them. Without them (any text given as text) restoration is as it always was.
   */
  ocrConfidence?: TokenConfidences;
}

/**
 * The restoration engine over one set of model files. The models are read when first needed (a
 * parse of clean text that needs no restoration reads none); openRestorer() starts reading them on
 * the thread pool. Restorers share nothing: two over different models work side by side.
 */
export class Restorer {
  readonly paths: ModelPaths;
  private readonly channel: ChannelSource;
  private readonly candidateTables: CandidateTableSource;
  private loaded: LoadedModel | undefined;
  private readonly decoders: Partial<Record<Source, Decoder>> = {};

  /** The model files are read when first needed. */
  constructor(options: RestorerOptions = {}) {
    this.paths = modelPathsOf(options);
    this.channel = new ChannelSource(this.paths.channel);
    this.candidateTables = new CandidateTableSource(this.paths);
  }

  /**
   * The text with OCR clean-up and diacritics restored, line for line, with the change log and
   * doubts. `auto` on text that kept its marks corrects instead (correct.ts): no clean-up, and only
   * the changes with strong evidence.
   */
  restore(text: string, options: RestoreCallOptions = {}): RestoreResult {
    const mode = options.mode ?? 'auto';
    const share = diacriticShare(text);
    if (corrects(mode, share)) {
      if (options.readByOcr || showsOcr(text.normalize('NFC'))) return this.correct(text, mode, share, options.ocrConfidence);
      return {
        text,
        restoration: { mode, applied: false, skipped: 'no-ocr-evidence', diacriticShare: share, changes: [] },
        diagnostics: [],
      };
    }
    if (!applies(mode, share)) return { text, restoration: { mode, applied: false, diacriticShare: share, changes: [] }, diagnostics: [] };
    const input = text.normalize('NFC');
    // OCR clean-up first (stray marks, ¢ for c, hyphenated line ends): same lines, logged at input columns.
    const cleaned = cleanupOcr(input, { numberFollows: this.numberFollows(), fusedWords: this.fusedWords() });
    const cleanupChanges: RestoredWord[] = cleaned.changes.map((c) => ({ ...c, confidence: 1 }));
    const ocr = ocrOf(input, cleaned.text, options.ocrConfidence);
    // Unreadable runs keep their tokens as the clean-up left them (unreadable-marks.ts).
    const marks = markUnreadable(
      input,
      cleaned.text,
      this.decoder(this.sourceFor(input, share)).decode(cleaned.text, { ocrConfidence: ocr && ((offset) => ocr.at(offset)) }),
      this.words(),
      ocr,
    );
    const tokenChanges = marks.changes;
    const { changes: tokenChangesAt, diagnostics } = changesAt(input, cleaned.text, tokenChanges);
    const changes = withOcrConfidence(inPositionOrder(cleanupChanges, tokenChangesAt), input, options.ocrConfidence);
    const restoration = {
      mode,
      applied: true,
      scope: 'document' as const,
      diacriticShare: share,
      changes,
      ...unreadableOf(marks.unreadable),
    };
    return { text: withChanges(cleaned.text, tokenChanges), restoration, diagnostics: [...diagnostics, ...marks.diagnostics] };
  }

  /**
   * restore()'s text alone (what `cchc normalize` prints): the same words, without the change log,
   * which spares the decoder its confidences and the log its columns.
   */
  restoreText(text: string, options: RestoreCallOptions = {}): string {
    const mode = options.mode ?? 'auto';
    const share = diacriticShare(text);
    if (corrects(mode, share)) {
      const input = text.normalize('NFC');
      if (!options.readByOcr && !showsOcr(input)) return text;
      const changes = markUnreadable(
        input,
        input,
        this.strongIn(input, this.decoder(profileForShare(share)).decode(input, { confidence: false, margins: true })),
        this.words(),
      ).changes;
      return changes.length === 0 ? text : withChanges(input, changes);
    }
    if (!applies(mode, share)) return text;
    const input = text.normalize('NFC');
    const cleaned = cleanupOcr(input, { numberFollows: this.numberFollows(), fusedWords: this.fusedWords() }).text;
    return withChanges(
      cleaned,
      markUnreadable(input, cleaned, this.decoder(this.sourceFor(input, share)).decode(cleaned, { confidence: false }), this.words())
        .changes,
    );
  }

  /**
   * Correction of a text that kept its marks: the decoder's changes with strong evidence, made in
   * place (no clean-up: clean text has no stray marks to take away). The text comes back as it was,
   * byte for byte, when none is kept.
   */
  private correct(text: string, mode: RestoreMode, share: number, confidences: TokenConfidences | undefined): RestoreResult {
    const input = text.normalize('NFC');
    const ocr = ocrOf(input, input, confidences);
    const marks = markUnreadable(
      input,
      input,
      this.strongIn(
        input,
        this.decoder(profileForShare(share)).decode(input, { margins: true, ocrConfidence: ocr && ((offset) => ocr.at(offset)) }),
      ),
      this.words(),
      ocr,
    );
    const tokenChanges = marks.changes;
    const { changes: changesFound, diagnostics } = changesAt(input, input, tokenChanges);
    const changes = withOcrConfidence(changesFound, input, confidences);
    const restoration = { mode, applied: true, scope: 'words' as const, diacriticShare: share, changes, ...unreadableOf(marks.unreadable) };
    return {
      text: changes.length === 0 ? text : withChanges(input, tokenChanges),
      restoration,
      diagnostics: [...diagnostics, ...marks.diagnostics],
    };
  }

  /**
   * The corrections of `input`, a text that kept its marks (NFC): the decoder's changes strong enough
   * (correct.ts: the more signs of OCR and strong corrections, the lower the bars; lower again for a slip the text made, word for word or tone for tone),
   * roman numerals read with l for I (ell-numerals.ts) and list labels read as a sign (label-glyphs.ts).
   */
  private strongIn(input: string, changes: TokenChange[]): TokenChange[] {
    const strong = corrections(changes, this.isWord, signsPerThousand(input), tokenCount(input));
    const mended = [...ellNumerals(input), ...labelGlyphs(input)].sort((a, b) => a.start - b.start);
    return withMended(strong, mended);
  }

  /**
   * A Vietnamese syllable the model knows, or an unmarked word it knows (a code, a foreign word:
   * "hd", "vnd"). A marked token that spells no syllable is no word, though the training text printed
   * it ("nươc"); nor is a syllable the model never saw ("nãm", "phãm", "thõng", "nuồi"): the
   * letters of one, with a mark a Vietnamese-aware OCR misread, which text hardly prints.
   */
  private readonly isWord = (lower: string): boolean =>
    (isValidSyllable(lower) && this.model().lm.has(canonicalWord(lower))) || (!hasDiacritics(lower) && this.model().lm.has(lower));

  /** What the unreadable-OCR test asks of the models (word-knowledge.ts): the heavy profile's readings. */
  private words(): WordKnowledge {
    if (!this.knowledge) {
      const { lm, lexicon, id } = this.model();
      const options = { profile: 'heavy' as const, table: this.candidateTables.table('heavy', lexicon, id), channel: this.channel };
      this.knowledge = wordKnowledge(lm, (token) => candidates(token, lexicon, options));
    }
    return this.knowledge;
  }
  private knowledge: WordKnowledge | undefined;

  /** Whether numbers follow a key's syllables, by this restorer's model (the clean-up splits "thang12" by it). */
  private numberFollows(): NumberFollows {
    return (this.follows ??= numberFollowsIn(this.model().lm, this.model().lexicon));
  }
  private follows: NumberFollows | undefined;

  /** Where a fused word splits, by this restorer's model (the clean-up splits "quanly" by it). */
  private fusedWords(): FusedWordSplit {
    if (!this.fusedSplit) {
      const { lm, lexicon, id } = this.model();
      const options = { profile: 'heavy' as const, table: this.candidateTables.table('heavy', lexicon, id), channel: this.channel };
      this.fusedSplit = fusedWordSplit(lm, lexicon, (piece) => learnedKeys(piece, lexicon, options, 2));
    }
    return this.fusedSplit;
  }
  private fusedSplit: FusedWordSplit | undefined;

  private model(): LoadedModel {
    this.loaded ??= loadModelFrom(this.paths.languageModel);
    return this.loaded;
  }

  /**
   * Which decoder restores `input` (NFC), whose share of marked syllables is `share`: a text without
   * marks is read as typed unaccented unless its words show OCR (unmarked-ocr.ts).
   */
  private sourceFor(input: string, share: number): Source {
    const source = sourceOf(share);
    return source === 'unaccented' && lostMarksByOcr(input, this.knowsWord) ? 'heavy' : source;
  }
  private readonly knowsWord = (lower: string): boolean => this.model().lm.has(lower);

  /**
   * One decoder per kind of input: 'unaccented' (no marks at all: every same-key syllable equally likely),
   * the channel's 'heavy' profile for OCR that lost most marks, 'light' for text that kept them.
   */
  private decoder(source: Source): Decoder {
    let decoder = this.decoders[source];
    if (!decoder) {
      const { lm, lexicon } = this.model();
      const { options, channel } = this.channelFor(source);
      if (source === 'unaccented') {
        decoder = new Decoder(lm, lexicon, (token, lex) => unaccentedCandidates(token, lex, channel));
      } else {
        // The table's lists straight into the decoder's arrays; the channel for the forms it misses.
        const idOf = (word: string) => lm.id(word);
        const storedLists = (token: string) => options.table?.lookupIds(token, lexicon, DEFAULT_MAX, idOf);
        // An OCR that kept the marks vouches for the syllable; one that lost them, for its letters.
        decoder = new Decoder(lm, lexicon, channel, {
          storedLists,
          vouches: source === 'light' ? 'syllable' : 'letters',
          ...(source === 'heavy' ? { unknownCost: UNKNOWN_COST, straySpeckStops: true } : {}),
        });
      }
      this.decoders[source] = decoder;
    }
    return decoder;
  }

  /** The channel a decoder for `source` asks; most words' lists come precomputed from candidates.bin (when it matches the models). */
  private channelFor(source: Source) {
    const { lexicon } = this.model();
    const profile: Profile = source === 'unaccented' ? 'heavy' : source;
    const options = { profile, table: this.candidateTables.table(profile, lexicon, this.model().id), channel: this.channel };
    return { options, channel: (token: string, lex: Lexicon) => candidates(token, lex, options) };
  }

  /**
   * A person's name restored as a name (names.ts), not as running text: `printed` is the name as
   * the input printed it and `restored` what restore() made of it, one entry a syllable in each;
   * `diacriticShare` is the text's (restore()'s `restoration.diacriticShare`). Null when this
   * restorer has no names.json.
   */
  restoreName(printed: readonly string[], restored: readonly string[], diacriticShare: number): NameSyllable[] | null {
    if (this.names === undefined) this.names = readNames(this.paths.names);
    if (!this.names) return null;
    const source = sourceOf(diacriticShare);
    const { channel } = this.channelFor(source);
    const { lexicon } = this.model();
    const candidatesOf = (lower: string) =>
      source === 'unaccented' ? unaccentedCandidates(lower, lexicon, channel) : channel(lower, lexicon);
    return restoreName(this.names, printed, restored, candidatesOf);
  }
  private names: NamesFile | null | undefined;
}

/** Which decoder a text with this share of marked syllables gets. */
const sourceOf = (share: number): Source => (share < UNACCENTED_BELOW ? 'unaccented' : profileForShare(share));

/**
 * The decoder's changes at their lines and 1-based columns in the input (`input`, before the
 * clean-up made `cleaned` of it), and those it was unsure of as diagnostics.
 */
function changesAt(
  input: string,
  cleaned: string,
  tokenChanges: TokenChange[],
): { changes: RestoredWord[]; diagnostics: RestoreDiagnostic[] } {
  const inputLines = input.split('\n');
  const cleanedLines = cleaned.split('\n');
  const changes: RestoredWord[] = [];
  const diagnostics: RestoreDiagnostic[] = [];
  const lineStarts = [0];
  for (let i = cleaned.indexOf('\n'); i >= 0; i = cleaned.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let line = 0;
  let columns: ColumnFinder | undefined;
  for (const change of tokenChanges) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= change.start) {
      line++;
      columns = undefined;
    }
    columns ??= new ColumnFinder(inputLines[line]!, cleanedLines[line]!);
    const column = columns.columnOf(change.start - lineStarts[line]!, change.original);
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
  }
  return { changes, diagnostics };
}

/** The OCR confidences at offsets of `cleaned` (`input` after the clean-up), when the text has them. */
function ocrOf(input: string, cleaned: string, confidences: TokenConfidences | undefined): OcrConfidenceMap | undefined {
  return confidences ? new OcrConfidenceMap(input, cleaned, confidences) : undefined;
}

/**
 * Each change with the OCR confidence of the input token it was made in (`ocrConfidence`, rounded),
 * where the text has confidences; the changes as they are where it has none. `input`: the text
 * restored (NFC), whose lines the changes' lines and columns count.
 */
export function withOcrConfidence(changes: RestoredWord[], input: string, confidences: TokenConfidences | undefined): RestoredWord[] {
  if (!confidences) return changes;
  const lines = input.split('\n');
  return changes.map((change) => {
    const given = confidences[change.line - 1];
    if (!given) return change;
    const tokens = writtenTokens(lines[change.line - 1] ?? '');
    if (tokens.length !== given.length) return change;
    const index = tokens.findIndex(([start, end]) => change.column - 1 >= start && change.column - 1 < end);
    return index < 0 ? change : { ...change, ocrConfidence: Math.round(given[index]!) };
  });
}

/** The restoration's `unreadable` field: absent when there is none, so outputs without any keep their shape. */
function unreadableOf(unreadable: Restoration['unreadable'] & object): Pick<Restoration, 'unreadable'> {
  return unreadable.length > 0 ? { unreadable } : {};
}

/** `auto` on a text that kept its marks: corrected word by word (correct.ts), not restored. */
function corrects(mode: RestoreMode, share: number): boolean {
  return mode === 'auto' && share >= AUTO_THRESHOLD;
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

export { diacriticShare };
