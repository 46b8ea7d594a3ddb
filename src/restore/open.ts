// openRestorer(): the library's way to a Restorer over a model directory. The engine's code is
// imported when a restorer is first opened, so a caller that never restores never loads it. Its
// model files are read when first needed (a text that needs no model reads none).
import type { RestorerOptions } from './model-path.js';
import type { Restorer } from './index.js';

/** A restorer over the models in `modelDir` (default: the package's). */
export async function openRestorer(options: RestorerOptions = {}): Promise<Restorer> {
  const { Restorer } = await import('./index.js');
  return new Restorer(options);
}
