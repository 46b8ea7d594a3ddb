// Inputs for fuzzing parse and the CLI (tests/fuzz, npm run bench fuzz): random bytes, and real
// documents mutated the ways broken and hostile files are broken — bytes flipped, stretches cut,
// repeated or moved, line ends changed, and pieces known to have hurt before put in.
import fc from 'fast-check';
import { CchcDocument } from '../../src/schema/document.js';

/** Pieces that once crashed or stalled a stage (issue 19), put into documents at random. */
export const HOSTILE_PIECES = [
  'Điều 99999999999999999999. ',
  `đạt ${'9'.repeat(40)}% số hồ sơ`,
  '- '.repeat(200),
  '<table><tr><td>'.repeat(100),
  '\r',
  '\t',
  '\t\t',
  '| a | b |\n|---|---|\n| 1 | 2 |\n',
  '=HYPERLINK("http://x","y")',
  '\u0000',
  '\uFEFF',
  '```',
  '<!--',
  '**',
  'Phụ lục số 01\n',
  'STT\tNội dung\tChủ trì\tThời hạn\n1\t',
  'Quý 13/2023',
  'ngày 31/02/2023',
  '1.'.repeat(50),
  '\u001b[31m',
];

export type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'move'; at: number; length: number; to: number }
  | { kind: 'insert'; at: number; piece: number }
  | { kind: 'lineEnds'; to: '\r' | '\r\n' | '\n\n' }
  | { kind: 'truncate'; at: number };

/** Positions are fractions of the length (0..1), so a mutation fits any document. */
export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('cut' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 2000 }),
  }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 400 }),
    times: fc.integer({ min: 2, max: 30 }),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 2000 }),
    to: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    piece: fc.integer({ min: 0, max: HOSTILE_PIECES.length - 1 }),
  }),
  fc.record({ kind: fc.constant('lineEnds' as const), to: fc.constantFrom('\r' as const, '\r\n' as const, '\n\n' as const) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

export function mutate(input: Buffer, mutation: Mutation): Buffer {
  const at = (f: number) => Math.min(input.length, Math.floor(f * input.length));
  switch (mutation.kind) {
    case 'flip': {
      const out = Buffer.from(input);
      if (out.length) out[Math.min(out.length - 1, at(mutation.at))] = mutation.byte;
      return out;
    }
    case 'cut': {
      const from = at(mutation.at);
      return Buffer.concat([input.subarray(0, from), input.subarray(from + mutation.length)]);
    }
    case 'repeat': {
      const from = at(mutation.at);
      const piece = input.subarray(from, from + mutation.length);
      return Buffer.concat([input.subarray(0, from), ...Array<Buffer>(mutation.times).fill(piece), input.subarray(from + mutation.length)]);
    }
    case 'move': {
      const from = at(mutation.at);
      const piece = input.subarray(from, from + mutation.length);
      const rest = Buffer.concat([input.subarray(0, from), input.subarray(from + mutation.length)]);
      const to = Math.min(rest.length, Math.floor(mutation.to * rest.length));
      return Buffer.concat([rest.subarray(0, to), piece, rest.subarray(to)]);
    }
    case 'insert': {
      const to = at(mutation.at);
      return Buffer.concat([input.subarray(0, to), Buffer.from(HOSTILE_PIECES[mutation.piece]!, 'utf8'), input.subarray(to)]);
    }
    case 'lineEnds':
      return Buffer.from(input.toString('latin1').replace(/\r?\n/gu, mutation.to), 'latin1');
    case 'truncate':
      return input.subarray(0, at(mutation.at));
  }
}

/** A document and one to four mutations of it. */
export const mutatedArbitrary = (documents: Buffer[]): fc.Arbitrary<Buffer> =>
  fc
    .tuple(fc.integer({ min: 0, max: documents.length - 1 }), fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }))
    .map(([index, mutations]) => mutations.reduce(mutate, documents[index]!));

/** Random bytes, and random text that is nearly a decision (its words, digits, markup and line ends). */
export const randomArbitrary: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }).map((bytes) => Buffer.from(bytes)),
  fc
    .array(
      fc.constantFrom(
        'Điều ',
        '1. ',
        'Quyết định',
        'Số: ',
        '12/QĐ-UBND',
        'KẾ HOẠCH',
        'Phụ lục',
        'Sở Nội vụ',
        'UBND',
        '\t',
        '\n',
        '\r',
        ' ',
        '|',
        '- ',
        '**',
        '#',
        '%',
        '99999999999999999999',
        'Quý I/2023',
        'a)',
        'STT',
        '<td>',
        '<table>',
      ),
      { maxLength: 400 },
    )
    .map((parts) => Buffer.from(parts.join(''), 'utf8')),
);

export type FuzzVerdict = { ok: true } | { ok: false; problem: 'crash' | 'schema'; detail: string };

/** What parse may do with any input: return a valid document, or refuse it with a ParseError. */
export function judge(run: () => unknown): FuzzVerdict {
  let doc: unknown;
  try {
    doc = run();
  } catch (error) {
    if (error instanceof Error && error.name === 'ParseError') return { ok: true };
    return {
      ok: false,
      problem: 'crash',
      detail: error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error),
    };
  }
  const checked = CchcDocument.safeParse(doc);
  return checked.success ? { ok: true } : { ok: false, problem: 'schema', detail: checked.error.message.slice(0, 300) };
}
