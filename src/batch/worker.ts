// One worker thread of the pool: converts one input and writes its JSON
// (atomically). The pipeline and its model are module state, so each worker
// loads them once and keeps them for every document it converts.
import { toJson } from '../emit/json.js';
import type { ParseOptions } from '../pipeline.js';
import { writeFileAtomic } from './atomic.js';
import { convert, type ConvertOptions } from '../convert.js';
import { failureOf, outcomeOf, type Outcome } from './outcome.js';

export interface WorkerTask {
  bytes: Uint8Array;
  /** Relative input path: recorded as `source.path`. */
  file: string;
  /** Absolute path of the output JSON. */
  outputPath: string;
  /** Output path relative to --out, for the report. */
  output: string;
  options: Pick<ParseOptions, 'input' | 'encoding' | 'restore'>;
  /** OCR settings for scans (the page cache lives in the output folder). */
  ocr?: Omit<NonNullable<ConvertOptions['ocr']>, 'onPage' | 'signal'>;
}

export default async function convertOne(task: WorkerTask): Promise<Outcome> {
  let doc;
  try {
    doc = await convert(task.bytes, { ...task.options, path: task.file, ocr: task.ocr });
  } catch (error) {
    return failureOf(task.file, error, task.file);
  }
  await writeFileAtomic(task.outputPath, toJson(doc));
  return outcomeOf(task.file, task.output, doc);
}
