// restore: OCR clean-up and diacritic restoration, line by line so that line
// numbers keep pointing at the input. (Interface; the model-backed restorer
// replaces the body of `restore`.)
import type { Restoration } from '../schema/document.js';
import { diacriticShare } from './diacritic-share.js';

export type RestoreMode = 'auto' | 'always' | 'never';

export interface RestoreResult {
  text: string;
  restoration: Restoration;
}

/** Below this share of syllables with diacritics, `auto` restores. */
export const AUTO_THRESHOLD = 0.5;

export function restore(text: string, mode: RestoreMode = 'auto'): RestoreResult {
  const share = diacriticShare(text);
  return { text, restoration: { mode, applied: false, diacriticShare: share, changes: [] } };
}

export { diacriticShare };
