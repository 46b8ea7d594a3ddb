// One worker thread of the pool: converts one input and writes its JSON
// (atomically). The pipeline and its model are module state, so each worker
// loads them once and keeps them for every document it converts.
import type { MessagePort } from 'node:worker_threads';
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
  /** Where each OCR'd page is told, as a PageMessage (a worker thread cannot call the batch back). */
  pages?: MessagePort;
}

/** One page of a scan OCR'd, or read back from the OCR cache. */
export interface PageMessage {
  done: number;
  total: number;
  cached: boolean;
}

export type OnPage = (done: number, total: number, cached: boolean) => void;

export default function convertOne(task: WorkerTask): Promise<Outcome> {
  const port = task.pages;
  return convertWith(task, port ? (done, total, cached) => port.postMessage({ done, total, cached } satisfies PageMessage) : undefined);
}

/** The conversion itself, each OCR'd page told to `onPage` (the in-process pool passes its own). */
export async function convertWith(task: WorkerTask, onPage?: OnPage): Promise<Outcome> {
  let doc;
  try {
    doc = await convert(task.bytes, { ...task.options, path: task.file, ocr: { ...task.ocr, onPage } });
  } catch (error) {
    return failureOf(task.file, error, task.file);
  }
  await writeFileAtomic(task.outputPath, toJson(doc));
  return outcomeOf(task.file, task.output, doc);
}
