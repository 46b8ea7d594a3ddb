// openRestorer(): a Restorer whose model files were read on libuv's thread pool while the restoration's
// code loaded. Only the file reading is imported here (small modules); the engine is imported once
// the reads have started, so a cold command spends the reading time loading code instead of waiting.
import { ModelFiles } from './model-files.js';
import { modelPathsOf, type RestorerOptions } from './model-path.js';
import { placeInWasmMemory } from './wasm/memory.js';
import type { Restorer } from './index.js';

/** A restorer over the models in `modelDir` (default: the package's), its files read on a background thread meanwhile. */
export async function openRestorer(options: RestorerOptions = {}): Promise<Restorer> {
  const paths = modelPathsOf(options);
  const files = new ModelFiles();
  files.readAhead(paths.languageModel, placeInWasmMemory);
  files.readAhead(paths.candidates);
  const [{ Restorer }] = await Promise.all([import('./index.js'), files.settled()]);
  return new Restorer(options, files);
}
