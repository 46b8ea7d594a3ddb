// The restorer a command restores with: the package's, opened the moment the command is known
// (main.ts, normalize-main.ts).
import { openRestorer, type Restorer } from '../index.js';

/** The package's restorer, opening; a failure is the command's to report, when it awaits it. */
export function opened(): Promise<Restorer> {
  const opening = openRestorer();
  opening.catch(() => undefined);
  return opening;
}
