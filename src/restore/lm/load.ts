// Loads model/lm.bin once, on first use. A missing or damaged file is a clear
// error that says how to rebuild it.
import { CchcError, messageOf, systemCodeOf } from '../../errors.js';
import { CorruptModelError, readModel } from './format.js';
import { NgramModel } from './model.js';
import { VocabularyLexicon } from './lexicon.js';
import { languageModelPath } from '../model-path.js';
import type { ModelId } from '../model-ids.js';
import { readModelFile, type Placement } from '../model-files.js';
import { placeInWasmMemory, wasmMemoryOf } from '../wasm/memory.js';

export class ModelError extends CchcError {
  constructor(path: string, why: string, cause?: unknown) {
    super(`language model missing or corrupt (${path}: ${why}) — run npm run build:model`, { code: 'model', cause });
    this.name = 'ModelError';
  }
}

export interface LoadedModel {
  lm: NgramModel;
  lexicon: VocabularyLexicon;
  path: string;
  /** lm.bin's id, written when it was built (undefined for a file built before ids). */
  id: ModelId | undefined;
}

/** model/lm.bin of the package, found by walking up from this file (works from src/ and dist/). */
export function defaultModelPath(): string {
  return languageModelPath();
}

/** The model in `path`; `read` gives the file's bytes. */
export function loadModelFrom(path: string, read: (path: string, place: Placement) => Buffer = readModelFile): LoadedModel {
  let bytes: Buffer;
  try {
    bytes = read(path, placeInWasmMemory);
  } catch (error) {
    throw new ModelError(path, systemCodeOf(error) === 'ENOENT' ? 'not found' : messageOf(error), error);
  }
  try {
    const { header, arrays, best } = readModel(bytes);
    return {
      lm: new NgramModel(header, arrays, wasmMemoryOf(bytes), best),
      lexicon: new VocabularyLexicon(header.vocab, arrays.syllable),
      path,
      id: header.id,
    };
  } catch (error) {
    if (error instanceof CorruptModelError) throw new ModelError(path, error.message, error);
    throw error;
  }
}

/** The package's model, freshly loaded (a Restorer keeps the one it loaded). */
export function loadModel(): LoadedModel {
  return loadModelFrom(defaultModelPath());
}
