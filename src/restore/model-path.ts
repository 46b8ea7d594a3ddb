// Where a restorer's models live. The package's own are model/<name> beside package.json, found by
// walking up from this file (so it works from src/ and from dist/); environment variables may point
// the default restorer's files elsewhere. A library user passes a folder of their own instead.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RestorerOptions {
  /**
   * A folder holding lm.bin, channel.json and (optionally) candidates.bin and names.json, as the package's model/
   * does. Default: the package's model/ (each file unless $CCHC_MODEL, $CCHC_CHANNEL or
   * $CCHC_CANDIDATES names another).
   */
  modelDir?: string;
}

/** The files a restorer over `options` reads. */
export function modelPathsOf(options: RestorerOptions): ModelPaths {
  return options.modelDir === undefined ? defaultModelPaths() : modelPathsIn(options.modelDir);
}

/** The files a restorer reads. */
export interface ModelPaths {
  /** lm.bin: the syllable n-gram model. */
  languageModel: string;
  /** candidates.bin: precomputed candidate lists (optional: computed when missing or stale). */
  candidates: string;
  /** channel.json: the learned OCR channel. */
  channel: string;
  /** names.json: how names are made (optional: names are restored as running text without it). */
  names: string;
}

/** The package's model/ folder. */
export function packageModelDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'model');
    dir = dirname(dir);
  }
  return join(process.cwd(), 'model');
}

/** The model files in a folder laid out as model/ is. */
export function modelPathsIn(dir: string): ModelPaths {
  return {
    languageModel: join(dir, 'lm.bin'),
    candidates: join(dir, 'candidates.bin'),
    channel: join(dir, 'channel.json'),
    names: join(dir, 'names.json'),
  };
}

/** The package's model files, each unless its environment variable ($CCHC_MODEL, $CCHC_CANDIDATES, $CCHC_CHANNEL) names another. */
export function defaultModelPaths(): ModelPaths {
  const inPackage = modelPathsIn(packageModelDir());
  return {
    languageModel: process.env.CCHC_MODEL || inPackage.languageModel,
    candidates: process.env.CCHC_CANDIDATES || inPackage.candidates,
    channel: process.env.CCHC_CHANNEL || inPackage.channel,
    names: inPackage.names,
  };
}

/** model/lm.bin (the language model), or $CCHC_MODEL. */
export const languageModelPath = (): string => defaultModelPaths().languageModel;

/** model/candidates.bin (the precomputed candidate lists), or $CCHC_CANDIDATES. */
export const candidateTablePath = (): string => defaultModelPaths().candidates;

/** model/channel.json (the OCR channel), or $CCHC_CHANNEL. */
export const channelPath = (): string => defaultModelPaths().channel;
