import { jsonSchema } from '../../index.js';
import type { Io } from '../io.js';

export async function schemaCommand(io: Io): Promise<number> {
  io.stdout(JSON.stringify(jsonSchema(), null, 2) + '\n');
  return 0;
}
