// The JSON Schema an exporter codes against, generated from the zod schemas.
// A namespace import, so that bundles keep only the zod functions used (`import { z }` keeps all its locales).
import * as z from 'zod';
import { CchcDocument, SCHEMA_VERSION } from './document.js';

export function jsonSchema(): Record<string, unknown> {
  return {
    $id: `https://cchc.invalid/schema/${SCHEMA_VERSION}/document.json`,
    title: `cchc document ${SCHEMA_VERSION}`,
    ...z.toJSONSchema(CchcDocument, { io: 'output' }),
  };
}
