// The JSON Schema an exporter codes against, generated from the zod schemas.
import { z } from 'zod';
import { CchcDocument, SCHEMA_VERSION } from './document.js';

export function jsonSchema(): Record<string, unknown> {
  return {
    $id: `https://cchc.invalid/schema/${SCHEMA_VERSION}/document.json`,
    title: `cchc document ${SCHEMA_VERSION}`,
    ...z.toJSONSchema(CchcDocument, { io: 'output' }),
  };
}
