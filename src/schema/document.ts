// The output contract. These zod schemas are the single source of the output
// types (z.infer below); `cchc schema` prints them as JSON Schema for exporters.
// Bump SCHEMA_VERSION on any change a consumer could notice.
// A namespace import, so that bundles keep only the zod functions used (`import { z }` keeps all its locales).
import * as z from 'zod';

export const SCHEMA_VERSION = '1.5.0';

/** A line on a page of a PDF or scan: 1-based page, 1-based line counted down the page. */
export const PagePlace = z.object({ page: z.number().int().positive(), line: z.number().int().positive() });

/** Where in the input a value came from: 1-based inclusive line range. */
export const SourceSpan = z
  .object({
    startLine: z.number().int().positive(),
    endLine: z.number().int().positive(),
    pages: z
      .object({ start: PagePlace, end: PagePlace })
      .optional()
      .describe(
        'For PDFs and scans: the page and line on it where the span starts and ends (startLine/endLine count lines of the text read from it)',
      ),
  })
  .describe('Line range in the input file (1-based, inclusive)');

export const AgencyLevel = z.enum(['trung-uong', 'tinh', 'huyen', 'xa']);

export const Agency = z.object({
  name: z.string().describe('The agency as printed (restored), one agency per entry'),
  canonical: z.string().nullable().describe('Canonical name from the gazetteer, null when unknown'),
  id: z.string().nullable().describe('Stable gazetteer id, null when unknown'),
  level: AgencyLevel.nullable(),
});

export const DeadlineKind = z.enum([
  'date',
  'month',
  'quarter',
  'year',
  'range',
  'before',
  'recurring',
  'ongoing',
  'conditional',
  'unknown',
]);

const deadlineFields = {
  text: z.string().describe('The deadline as printed (restored)'),
  kind: DeadlineKind,
  start: z.string().nullable().describe('ISO date: first day of the interval meant'),
  end: z.string().nullable().describe('ISO date: last day of the interval meant'),
  recurrence: z.string().nullable().describe('e.g. "quarterly", "yearly", "every 6 months"'),
  condition: z.string().nullable().describe('For conditional deadlines: the event it waits on'),
};

export const DeadlinePart = z.object({ label: z.string(), ...deadlineFields });

export const Deadline = z.object({
  ...deadlineFields,
  parts: z.array(DeadlinePart).describe('Labelled parts of a multi-part cell ("- Kế hoạch: Quý I/2023; - Báo cáo: …")'),
});

export const Metric = z.object({
  value: z.number(),
  unit: z.string().describe('"%", "điểm", "đơn vị" …'),
  comparator: z.enum(['>=', '<=', '=', '>', '<']),
  subject: z.string().nullable(),
  /** For scores out of a maximum: "4.2 điểm trên tổng 5 điểm". */
  outOf: z.number().nullable(),
});

export const Target = z.object({
  id: z.string(),
  text: z.string(),
  metrics: z.array(Metric),
  source: SourceSpan,
});

export const FieldReview = z.object({
  confidence: z
    .number()
    .min(0)
    .max(1)
    .describe("Estimated chance the field is right, from the evidence: the reader, gazetteer match, restoration doubt, the text's shape"),
  flagged: z.boolean().describe('Below the review threshold: worth a second look'),
  reasons: z.array(z.string()).describe('What lowered the confidence most ("agency not in the gazetteer", "text stops mid-phrase" …)'),
});

export const TaskFields = z.object({
  content: FieldReview,
  lead: FieldReview,
  cooperating: FieldReview,
  deadline: FieldReview,
  products: FieldReview,
});

export const Task = z.object({
  id: z
    .string()
    .describe(
      'Stable within the document: "PL-<appendix>/<ordinal>" for a row of an appendix table ("PL-01/1.a"), "KH/<ordinal>" for a task listed in the plan body ("KH/II.2.a"); never a form a spreadsheet reads as a date or a number',
    ),
  appendix: z.string().describe('Appendix label as printed: "01", "I"'),
  ordinal: z.string().describe('Row number as printed, sub-item joined with ".": "1.a"'),
  content: z.string(),
  target: z.string().nullable().describe('The row\'s objective where the table has one ("Mục tiêu")'),
  products: z.array(z.string()),
  lead: z.array(Agency),
  cooperating: z.array(Agency),
  deadline: Deadline.nullable(),
  confidence: z
    .number()
    .min(0)
    .max(1)
    .describe(
      'The least sure of its fields (`fields`), never above what its reader said of the row (lower where a row was rebuilt from OCR)',
    ),
  fields: TaskFields.optional().describe('Per-field confidence and review flags (every task the pipeline emits has them)'),
  reader: z.string().describe('The layout reader that read the task: "agency-headings", "labelled-fields", "flat-table", "tab-cells" …'),
  source: SourceSpan,
});

export const Citation = z.object({
  type: z.string().describe('"Quyết định", "Nghị quyết", "Nghị định", "Kế hoạch", "Luật" …'),
  number: z.string().nullable(),
  date: z.string().nullable().describe('ISO date'),
  issuer: z.string().nullable(),
  text: z.string(),
  source: SourceSpan,
});

export const Article = z.object({
  number: z.number().int().nullable().describe('As printed; null when out of range (a diagnostic says so)'),
  text: z.string(),
  source: SourceSpan,
});

export const LegalBasis = z.object({ text: z.string(), source: SourceSpan });

export const Decision = z.object({
  number: z.string().nullable(),
  date: z.string().nullable().describe('ISO date of signing, null where the document leaves it blank'),
  place: z.string().nullable(),
  authority: z.string().nullable(),
  title: z.string().nullable(),
  signer: z.string().nullable(),
  legalBases: z.array(LegalBasis).describe('"Căn cứ …" paragraphs'),
  articles: z.array(Article),
  source: SourceSpan.nullable().describe('Lines of the header (number, place and date, title)'),
});

export const Diagnostic = z.object({
  message: z.string(),
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
  endLine: z
    .number()
    .int()
    .nullable()
    .optional()
    .describe('Last line of the range the diagnostic is about, where it is about several lines'),
});

export const RestoredWord = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive().describe('Column of the original token in the input line'),
  original: z.string(),
  restored: z.string(),
  confidence: z.number().min(0).max(1),
  ocrConfidence: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe(
      "For a scan cchc OCR'd: the OCR engine's confidence (0-100) in the word as it read it, which weighed the restoration (schema 1.5.0)",
    ),
});

export const UnreadableSpan = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive().describe("Column of the run's first token in the input line"),
  text: z.string().describe('The run as printed (after the OCR clean-up): kept in the text, left out of task fields'),
});

export const Restoration = z.object({
  mode: z.enum(['auto', 'always', 'never']),
  applied: z.boolean(),
  /**
   * document: every word was decoded and every change kept (text that lost its marks); words: the
   * text kept its marks, and only the changes with strong evidence were made (restore/correct.ts).
   */
  scope: z.enum(['document', 'words']).optional(),
  /**
   * no-ocr-evidence: auto on a text that kept its marks and shows no sign of OCR (restore/ocr-signs.ts):
   * left as --restore never leaves it, without reading the models (schema 1.4.0).
   */
  skipped: z
    .enum(['no-ocr-evidence'])
    .optional()
    .describe(
      'Why auto mode left the text as printed: no-ocr-evidence, a text that kept its marks and shows no sign of OCR (a sentence broken across a blank line, a marked token that spells no syllable, …), so it was not corrected',
    ),
  /** Share of alphabetic syllables that carried a Vietnamese diacritic before restoration. */
  diacriticShare: z.number().min(0).max(1),
  changes: z.array(RestoredWord),
  unreadable: z
    .array(UnreadableSpan)
    .optional()
    .describe(
      'OCR runs that are no words and no known shape, and that the restoration could not read (specks, stamps, table rules): kept as printed, not restored, and left out of task fields',
    ),
});

export const Source = z.object({
  path: z.string().nullable(),
  format: z.enum(['text', 'markdown', 'docx', 'doc', 'pdf', 'image']),
  encoding: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z.number().int().positive().optional().describe('Pages of a PDF or scan'),
});

export const CchcDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: Source,
  decision: Decision,
  targets: z.array(Target),
  tasks: z.array(Task),
  citations: z.array(Citation),
  restoration: Restoration,
  diagnostics: z.array(Diagnostic),
});

export type SourceSpan = z.infer<typeof SourceSpan>;
export type PagePlace = z.infer<typeof PagePlace>;
export type Agency = z.infer<typeof Agency>;
export type AgencyLevel = z.infer<typeof AgencyLevel>;
export type DeadlineKind = z.infer<typeof DeadlineKind>;
export type Deadline = z.infer<typeof Deadline>;
export type DeadlinePart = z.infer<typeof DeadlinePart>;
export type Metric = z.infer<typeof Metric>;
export type Target = z.infer<typeof Target>;
export type Task = z.infer<typeof Task>;
export type FieldReview = z.infer<typeof FieldReview>;
export type TaskFields = z.infer<typeof TaskFields>;
export type Citation = z.infer<typeof Citation>;
export type Decision = z.infer<typeof Decision>;
export type LegalBasis = z.infer<typeof LegalBasis>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type RestoredWord = z.infer<typeof RestoredWord>;
export type Restoration = z.infer<typeof Restoration>;
export type UnreadableSpan = z.infer<typeof UnreadableSpan>;
export type Source = z.infer<typeof Source>;
export type CchcDocument = z.infer<typeof CchcDocument>;
