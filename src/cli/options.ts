// Every command-line option, kept as data: the CLI is built from it, the README's options table is
// generated from it (scripts/readme.ts), and the commands' option types come from its choices
// (each command reads its options with read-options.ts, checking every value, no cast).

export const RESTORE_MODES = ['auto', 'always', 'never'] as const;
export const INPUT_FORMATS = ['auto', 'text', 'markdown'] as const;
export const PARSE_FORMATS = ['json', 'ndjson', 'csv', 'xlsx'] as const;
export const CSV_TABLES = ['tasks', 'targets', 'agencies', 'citations'] as const;
export const BATCH_FORMATS = ['csv', 'xlsx'] as const;

export interface OptionSpec {
  flags: string;
  description: string;
  default?: string | boolean;
  choices?: readonly string[];
}

export interface CommandSpec {
  name: string;
  args: string;
  summary: string;
  options: OptionSpec[];
}

export const restoreOption: OptionSpec = {
  flags: '--restore <mode>',
  description:
    'restore Vietnamese diacritics: auto (restores text that lost its marks; text that kept them and shows signs of OCR, it corrects where the evidence is strong), always, never',
  default: 'auto',
  choices: RESTORE_MODES,
};

export const inputOption: OptionSpec = {
  flags: '--input <format>',
  description: 'input format (detected from the extension or content by default)',
  default: 'auto',
  choices: INPUT_FORMATS,
};

export const encodingOption: OptionSpec = {
  flags: '--encoding <name>',
  description: 'force the input encoding (utf-8, utf-16le, tcvn, vni, viscii, windows-1258); detected by default',
};

export const COMMANDS: CommandSpec[] = [
  {
    name: 'parse',
    args: '<file...>',
    summary:
      'parse decisions (text, OCR\'d text, Markdown, Word .docx/.doc, PDF, scanned PDF or page images; "-" for standard input) into a structured plan',
    options: [
      {
        flags: '-f, --format <format>',
        description: 'output format (xlsx: a workbook with sheets tasks, targets, documents; needs --out)',
        default: 'json',
        choices: PARSE_FORMATS,
      },
      { flags: '-t, --table <table>', description: 'table to write with --format csv', default: 'tasks', choices: CSV_TABLES },
      { flags: '-o, --out <file>', description: 'write to a file instead of standard output' },
      { flags: '--bom', description: 'start CSV output with a UTF-8 BOM (for Excel)', default: false },
      inputOption,
      encodingOption,
      restoreOption,
    ],
  },
  {
    name: 'report',
    args: '<file>',
    summary: 'write a review page of one decision: a single self-contained HTML file (tasks table, timeline, restored text, diagnostics)',
    options: [
      { flags: '-o, --out <file>', description: 'write the page to a file instead of standard output' },
      inputOption,
      encodingOption,
      restoreOption,
    ],
  },
  {
    name: 'normalize',
    args: '<file>',
    summary: 'print the text with Vietnamese diacritics restored, line for line ("-" for standard input)',
    options: [
      { flags: '--diff', description: 'print only the changed lines, before and after', default: false },
      { flags: '--json', description: 'print the change log (line, column, original, restored, confidence) as JSON', default: false },
      { flags: '-o, --out <file>', description: 'write to a file instead of standard output' },
      encodingOption,
      restoreOption,
    ],
  },
  {
    name: 'batch',
    args: '<inputs...>',
    summary:
      'convert a whole archive (folders walked recursively, or globs) on worker threads: one JSON per input, combined tables, report.json; resumable',
    options: [
      {
        flags: '-o, --out <dir>',
        description:
          'output folder (required): one JSON per input mirroring the folders, tasks.csv, targets.csv, documents.ndjson, report.json',
      },
      { flags: '-j, --jobs <n>', description: 'worker threads (default: the number of cores)' },
      { flags: '--force', description: 'convert every input again, even when its output is up to date', default: false },
      {
        flags: '--shard <k/n>',
        description: 'convert only the k-th of n deterministic shares of the inputs (by a hash of the relative path)',
      },
      {
        flags: '-f, --format <format>',
        description: 'combined tables as CSV files or one Excel workbook (tables.xlsx)',
        default: 'csv',
        choices: BATCH_FORMATS,
      },
      { flags: '--bom', description: 'start CSV files with a UTF-8 BOM (for Excel)', default: false },
      { flags: '-q, --quiet', description: 'no progress and no summary', default: false },
      { flags: '--timeout <seconds>', description: 'give up on a document that takes longer than this', default: '120' },
      {
        flags: '--report',
        description: 'also write a review page per document (<input>.html beside its JSON) and index.html with counts and failures',
        default: false,
      },
      inputOption,
      encodingOption,
      restoreOption,
    ],
  },
  {
    name: 'merge',
    args: '<dirs...>',
    summary:
      'put the --out folders of several batch runs (the shards of one archive) together: every JSON, one set of combined tables, one report.json',
    options: [
      { flags: '-o, --out <dir>', description: 'output folder (required); gets what one unsharded batch run would have written' },
      { flags: '-q, --quiet', description: 'no summary', default: false },
    ],
  },
  {
    name: 'schema',
    args: '',
    summary: 'print the JSON Schema of the output document',
    options: [],
  },
  {
    name: 'doctor',
    args: '',
    summary:
      'say which optional engines are installed (tesseract for scans and images, pdftoppm for scanned PDFs) and which input formats work',
    options: [],
  },
];
