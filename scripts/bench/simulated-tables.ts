// The table-scan simulator's OCR'd appendices (scripts/simulate-table-scans.ts): where they are and
// which prints a split holds, each with its gold. Outside the repository (corpus text): $CCHC_SIM_DIR,
// default /work/data-ocrtables, a folder per split (dev; test, made from the held-out gold).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SIM_DIR = process.env.CCHC_SIM_DIR ?? '/work/data-ocrtables';

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
