// JSON (one document, or an array) and NDJSON (one document a line, for archives).
import type { CchcDocument } from '../schema/document.js';

export function toJson(docs: CchcDocument | CchcDocument[]): string {
  return JSON.stringify(docs, null, 2) + '\n';
}

export function toNdjson(docs: CchcDocument[]): string {
  return docs.map((doc) => JSON.stringify(doc)).join('\n') + (docs.length ? '\n' : '');
}
