// The one composition root of the restoration: the restorer over the package's models that parse(),
// restore() and restoreText() use when the caller gives none, made on first use. A caller with
// models of their own opens a restorer of their own (openRestorer({ modelDir })) and passes it.
import { Restorer, type RestoreMode, type RestoreResult } from './restore/index.js';

let fallback: Restorer | undefined;

/** The restorer over the package's model/ (or the files $CCHC_MODEL, $CCHC_CHANNEL, $CCHC_CANDIDATES name). */
export function defaultRestorer(): Restorer {
  fallback ??= new Restorer();
  return fallback;
}

/** The default restorer's restore(): the text restored line for line, with the change log. */
export function restore(text: string, mode: RestoreMode = 'auto'): RestoreResult {
  return defaultRestorer().restore(text, { mode });
}

/** The default restorer's restoreText(): the restored text alone. */
export function restoreText(text: string, mode: RestoreMode = 'auto'): string {
  return defaultRestorer().restoreText(text, { mode });
}
