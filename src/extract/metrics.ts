// Target metrics ("đạt tối thiểu 92%", "tối đa 0.5 điểm"). (Interface.)
import type { Metric } from '../schema/document.js';

export function extractMetrics(_text: string): Metric[] {
  return [];
}
