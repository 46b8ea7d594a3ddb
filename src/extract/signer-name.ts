// The signer's name of a text that lost its marks, restored again as a name (restore/names.ts)
// rather than as the running text the restorer took it for. The name's syllables are found in the
// printed input at the same places as in the restored text (restoration keeps lines, and on a
// name's lines the same words), so every syllable keeps what it was printed as, and the change log
// says what each became.
import type { Restorer } from '../restore/index.js';
import type { Restoration, RestoredWord } from '../schema/document.js';

export interface SignerName {
  signer: string;
  changes: RestoredWord[];
}

interface Located {
  line: number;
  column: number;
  printed: string;
  restored: string;
}

/** Lines a wrapped name may run over ("Phan" ⏎ "Thị Thắng"). */
const NAME_LINES = 2;

/**
 * The signer as a name, and the restoration's change log with its syllables; null where nothing
 * changes: no name, a text corrected word by word (its names kept their marks), or a name whose
 * syllables cannot be paired with the printed ones.
 */
export function restoreSignerName(
  signer: string | null,
  line: number | null,
  printed: readonly string[],
  restored: readonly string[],
  restoration: Restoration,
  restorer: Restorer,
): SignerName | null {
  if (!signer || line === null || !restoration.applied || restoration.scope !== 'document') return null;
  const syllables = locate(signer, line, printed, restored);
  if (!syllables) return null;
  const named = restorer.restoreName(
    syllables.map((s) => s.printed),
    syllables.map((s) => s.restored),
    restoration.diacriticShare,
  );
  if (!named || named.every((n, i) => n.restored === syllables[i]!.restored)) return null;
  let changes = restoration.changes;
  named.forEach((n, i) => {
    const at = syllables[i]!;
    if (n.restored === at.restored) return;
    const change: RestoredWord = { line: at.line, column: at.column, original: at.printed, restored: n.restored, confidence: n.confidence };
    const same = changes.findIndex((c) => c.line === at.line && c.column === at.column);
    changes = same >= 0 ? changes.with(same, change) : [...changes, change].sort((a, b) => a.line - b.line || a.column - b.column);
  });
  return { signer: named.map((n) => n.restored).join(' '), changes };
}

/** The name's syllables with their printed forms and places; null unless every one pairs up. */
function locate(signer: string, line: number, printed: readonly string[], restored: readonly string[]): Located[] | null {
  const wanted = signer.split(/\s+/u);
  const words: Located[] = [];
  for (let l = line; l < line + NAME_LINES && l <= restored.length; l++) {
    const restoredWords = wordsOf(restored[l - 1] ?? '');
    const printedWords = wordsOf(printed[l - 1] ?? '');
    if (restoredWords.length !== printedWords.length) return null;
    restoredWords.forEach((w, i) =>
      words.push({ line: l, column: printedWords[i]!.column, printed: printedWords[i]!.text, restored: w.text }),
    );
  }
  for (let start = 0; start + wanted.length <= words.length; start++) {
    if (wanted.every((w, i) => words[start + i]!.restored === w)) return words.slice(start, start + wanted.length);
  }
  return null;
}

function wordsOf(text: string): Array<{ text: string; column: number }> {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ text: m[0], column: m.index + 1 }));
}
