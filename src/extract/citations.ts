// Citations of other documents ("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ"). (Interface.)
import type { Citation } from '../schema/document.js';

export interface TextSpan { text: string; startLine: number; endLine: number }

export function extractCitations(_spans: TextSpan[]): Citation[] {
  return [];
}
