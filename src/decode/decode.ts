// Bytes → NFC text, and the name of the encoding found. Order of questions:
// empty? → forced encoding? → UTF-16 (BOM or NUL pattern)? → binary? → UTF-8
// (with or without BOM; a cut-off last character; lines in another encoding)?
// → legacy Vietnamese (TCVN3, VNI, VISCII, Windows-1258) by byte statistics.
// Unicode text that was mis-decoded once is repaired (repair.ts).
import { CchcError } from '../errors.js';
import { iconv } from './iconv.js';
import { sniffBinary, sniffSignature } from './binary.js';
import { CONFIDENT_SCORE, detectLegacy, rankLegacy } from './detect.js';
import { canonicalEncoding, decodeLegacy, isLegacy, type LegacyEncoding } from './legacy/index.js';
import { repairMisdecoded } from './repair.js';
import { vietnameseScore } from './score.js';
import { decodeUtf16, utf16ByBom, utf16ByNulPattern } from './utf16.js';
import { incompleteTail, isAscii, splitLines, tryUtf8 } from './utf8.js';

export interface DecodeOptions {
  /** Force an encoding instead of detecting it. */
  encoding?: string;
}

/** Something the user should know about the decoding (becomes a vfile message). */
export interface DecodeMessage {
  reason: string;
  ruleId: 'truncated' | 'mixed-encoding' | 'uncertain-encoding' | 'repaired' | 'invalid-bytes';
  severity: 'warning' | 'info';
}

export interface Decoded {
  text: string;
  encoding: string;
  messages: DecodeMessage[];
}

export class DecodeError extends CchcError {
  declare readonly code: 'binary' | 'empty' | 'encoding';

  constructor(message: string, code: 'binary' | 'empty' | 'encoding', options: { path?: string | null; cause?: unknown } = {}) {
    super(message, { ...options, code });
    this.name = 'DecodeError';
  }
}

export function decode(input: Uint8Array | string, options: DecodeOptions = {}): Decoded {
  if (typeof input === 'string') return finish({ text: input, encoding: 'utf-8', messages: [] });
  if (input.length === 0) throw new DecodeError('the file is empty', 'empty');
  if (options.encoding) return finish(decodeForced(input, canonicalEncoding(options.encoding)), false);

  const utf16 = utf16ByBom(input) ?? utf16ByNulPattern(input);
  if (utf16) {
    const body = utf16ByBom(input) ? input.subarray(2) : input;
    const { text, truncated } = decodeUtf16(body, utf16);
    return finish({ text, encoding: utf16, messages: truncated ? [truncatedMessage(1)] : [] });
  }
  const binary = sniffBinary(input);
  if (binary) throw new DecodeError(`not a text document: ${binary}`, 'binary');

  const hasBom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const bytes = hasBom ? input.subarray(3) : input;
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return finish({ text: utf8, encoding: 'utf-8', messages: [] });
  const tail = incompleteTail(bytes);
  const cut = tail ? tryUtf8(bytes.subarray(0, bytes.length - tail)) : null;
  if (cut !== null) return finish({ text: cut, encoding: 'utf-8', messages: [truncatedMessage(tail)] });
  return finish(decodeLegacyOrMixed(bytes));
}

/**
 * The canonical name of an encoding `decode` can be forced to ("TCVN" → "tcvn3", "cp1258" →
 * "windows-1258"); a DecodeError (code "encoding") for one it does not know.
 */
export function knownEncoding(name: string): string {
  const encoding = canonicalEncoding(name);
  if (isLegacy(encoding) || /^utf-(8|16le|16be)$/.test(encoding) || iconv().encodingExists(encoding)) return encoding;
  throw new DecodeError(`unknown encoding "${name}"`, 'encoding');
}

function decodeForced(bytes: Uint8Array, encoding: string): Decoded {
  const signature = sniffSignature(bytes);
  if (signature) throw new DecodeError(`not a text document: ${signature}`, 'binary');
  if (isLegacy(encoding)) return { text: decodeLegacy(bytes, encoding), encoding, messages: [] };
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const body = utf16ByBom(bytes) ? bytes.subarray(2) : bytes;
    return { text: decodeUtf16(body, encoding).text, encoding, messages: [] };
  }
  if (encoding === 'utf-8') {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.match(/\uFFFD/g)?.length ?? 0;
    const messages: DecodeMessage[] = bad
      ? [{ reason: `${bad} invalid UTF-8 sequence(s) replaced by U+FFFD`, ruleId: 'invalid-bytes', severity: 'warning' }]
      : [];
    return { text, encoding, messages };
  }
  if (!iconv().encodingExists(encoding)) throw new DecodeError(`unknown encoding "${encoding}"`, 'encoding');
  return { text: iconv().decode(Buffer.from(bytes), encoding), encoding, messages: [] };
}

/**
 * Not UTF-8. Either a legacy encoding throughout, or UTF-8 lines mixed with
 * lines in one legacy encoding (pasted together from several files).
 */
function decodeLegacyOrMixed(bytes: Uint8Array): Decoded {
  const lines = splitLines(bytes);
  const utf8Lines = lines.map((line) => (isAscii(line) ? null : tryUtf8(line)));
  if (!utf8Lines.some((line) => line !== null)) {
    const best = detectLegacy(bytes);
    return { text: best.text, encoding: best.encoding, messages: uncertain(best.score, best.encoding) };
  }
  const foreign = lines.filter((line, i) => !isAscii(line) && utf8Lines[i] === null);
  const ranked = rankLegacy(Buffer.concat(foreign));
  const legacy = ranked[0]!.encoding;
  const legacyLines: number[] = [];
  const text = lines
    .map((line, i) => {
      const asUtf8 = utf8Lines[i];
      if (asUtf8 === null || asUtf8 === undefined) {
        if (!isAscii(line)) legacyLines.push(i + 1);
        return decodeLegacy(line, legacy);
      }
      // A short legacy line can be valid UTF-8 by chance: keep the better reading.
      const asLegacy = decodeLegacy(line, legacy);
      if (vietnameseScore(asLegacy).value > vietnameseScore(asUtf8).value + 0.5) {
        legacyLines.push(i + 1);
        return asLegacy;
      }
      return asUtf8;
    })
    .join('');
  const legacySet = new Set(legacyLines);
  const utf8Count = lines.filter((l, i) => !isAscii(l) && !legacySet.has(i + 1)).length;
  if (utf8Count === 0) return { text, encoding: legacy, messages: uncertain(ranked[0]!.score, legacy) };
  return {
    text,
    encoding: `mixed (utf-8 + ${legacy})`,
    messages: [
      {
        reason: `mixed encodings: ${legacyLines.length} line(s) were not UTF-8 and were decoded as ${legacy} (${lineList(legacyLines)})`,
        ruleId: 'mixed-encoding',
        severity: 'warning',
      },
    ],
  };
}

function finish(decoded: Decoded, repair = true): Decoded {
  // A carriage return alone ends a line in old Mac files: read as one (CRLF stays as it is).
  const text = decoded.text
    .replace(/^\uFEFF/, '')
    .replace(/\r(?!\n)/gu, '\n')
    .normalize('NFC');
  if (text.trim() === '') throw new DecodeError('the file holds no text', 'empty');
  if (repair && /^utf-(8|16)/.test(decoded.encoding)) {
    const repaired = repairMisdecoded(text);
    if (repaired) {
      return {
        text: repaired.text,
        encoding: repaired.encoding,
        messages: [
          ...decoded.messages,
          {
            reason: `the text had been mis-decoded once; repaired as ${repaired.encoding}`,
            ruleId: 'repaired',
            severity: 'info',
          },
        ],
      };
    }
  }
  return { ...decoded, text };
}

function uncertain(score: number, encoding: LegacyEncoding): DecodeMessage[] {
  return score < CONFIDENT_SCORE
    ? [
        {
          reason: `the encoding could not be recognised with confidence; decoded as ${encoding}`,
          ruleId: 'uncertain-encoding',
          severity: 'warning',
        },
      ]
    : [];
}

const truncatedMessage = (bytes: number): DecodeMessage => ({
  reason: `the file ends in the middle of a character (truncated?); ${bytes} byte(s) dropped`,
  ruleId: 'truncated',
  severity: 'warning',
});

/** "3, 5–9, 12" (at most 10 ranges). */
function lineList(lines: number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j]! + 1) j++;
    ranges.push(i === j ? `line ${lines[i]}` : `lines ${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  return ranges.length > 10 ? `${ranges.slice(0, 10).join(', ')} …` : ranges.join(', ');
}
