// The table-scan simulator's OCR'd appendices (scripts/simulate-table-scans.ts): where they are and
// which prints a split holds, each with its gold. Outside the repository (corpus text): $CCHC_SIM_DIR,
// default /work/data-ocrtables, a folder per split (dev; test, made from the held-out gold).
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const SIM_DIR = process.env.CCHC_SIM_DIR ?? '/work/data-ocrtables';

/**
 * Other draws of the simulator (SIM_SEED=N, from the dev gold only), to measure on layouts the readers
 * were not tuned on: $CCHC_SIM_DRAWS (folders, comma-separated), default every `<SIM_DIR>-s<N>` beside it.
 */
export function otherDraws(): string[] {
  if (process.env.CCHC_SIM_DRAWS !== undefined) return process.env.CCHC_SIM_DRAWS.split(',').filter(Boolean);
  const parent = dirname(SIM_DIR);
  const prefix = `${basename(SIM_DIR)}-s`;
  const draw = (name: string) => name.startsWith(prefix) && /^\d+$/u.test(name.slice(prefix.length));
  return existsSync(parent)
    ? readdirSync(parent)
        .filter(draw)
        .sort()
        .map((name) => join(parent, name))
    : [];
}

export type OcrLanguage = 'eng' | 'vie';

export interface SimulatedPrint {
  /** The appendix ("dev-04"), shared by its prints in each OCR language. */
  name: string;
  lang: OcrLanguage;
  /** File name of the OCR'd text ("dev-04.vie.txt"). */
  file: string;
  textPath: string;
  goldPath: string;
}

/** The split's folder, or null when the simulator has not built it. */
export function simulatedSplitDir(split: string, root = SIM_DIR): string | null {
  const dir = join(root, split);
  return existsSync(dir) ? dir : null;
}

/** The split's OCR'd prints in the languages asked for, language by language, each in name order. */
export function simulatedPrints(split: string, langs: readonly OcrLanguage[] = ['eng', 'vie'], root = SIM_DIR): SimulatedPrint[] {
  const dir = simulatedSplitDir(split, root);
  if (!dir) return [];
  const files = readdirSync(dir).sort();
  return langs.flatMap((lang) =>
    files
      .filter((f) => f.endsWith(`.${lang}.txt`))
      .map((file) => {
        const name = file.slice(0, -`.${lang}.txt`.length);
        return { name, lang, file, textPath: join(dir, file), goldPath: join(dir, `${name}.tasks.json`) };
      }),
  );
}
