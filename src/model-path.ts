// Where the package's built models live: model/<name> beside package.json, found
// by walking up from this file (so it works from src/ and from dist/), unless
// the named environment variable points elsewhere.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function modelFile(name: string, envVariable: string): string {
  const override = process.env[envVariable];
  if (override) return override;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'model', name);
    dir = dirname(dir);
  }
  return join(process.cwd(), 'model', name);
}

/** model/lm.bin (the language model), or $CCHC_MODEL. */
export const languageModelPath = (): string => modelFile('lm.bin', 'CCHC_MODEL');

/** model/candidates.bin (the precomputed candidate lists), or $CCHC_CANDIDATES. */
export const candidateTablePath = (): string => modelFile('candidates.bin', 'CCHC_CANDIDATES');
