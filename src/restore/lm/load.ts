// Loads model/lm.bin once, on first use. A missing or damaged file is a clear
// error that says how to rebuild it.
import { CorruptModelError, readModel } from './format.js';
import { NgramModel } from './model.js';
import { VocabularyLexicon } from './lexicon.js';
import { languageModelPath } from '../../model-path.js';
import { readModelFile } from '../../model-files.js';
import { placeInWasmMemory, wasmMemoryOf } from '../wasm/memory.js';

export class ModelError extends Error {
  constructor(path: string, why: string) {
    super(`language model missing or corrupt (${path}: ${why}) — run npm run build:model`);
    this.name = 'ModelError';
  }
}

export interface LoadedModel {
  lm: NgramModel;
  lexicon: VocabularyLexicon;
  path: string;
}

/** model/lm.bin of the package, found by walking up from this file (works from src/ and dist/). */
export function defaultModelPath(): string {
  return languageModelPath();
}

export function loadModelFrom(path: string): LoadedModel {
  let bytes: Buffer;
  try {
    bytes = readModelFile(path, placeInWasmMemory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ModelError(path, code === 'ENOENT' ? 'not found' : (error as Error).message);
  }
  try {
    const { header, arrays, best } = readModel(bytes);
    return { lm: new NgramModel(header, arrays, wasmMemoryOf(bytes), best), lexicon: new VocabularyLexicon(header.vocab, arrays.syllable), path };
  } catch (error) {
    if (error instanceof CorruptModelError) throw new ModelError(path, error.message);
    throw error;
  }
}

let cached: LoadedModel | undefined;

export function loadModel(): LoadedModel {
  cached ??= loadModelFrom(defaultModelPath());
  return cached;
}
