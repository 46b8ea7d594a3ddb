// Ongoing work with no end: "Thường xuyên".
import { anyOf, ONGOING } from '../words.js';

// Thường xuyên  |  thường xuyên theo Kế hoạch của UBND tỉnh  |  Thường xuyên, từ năm 2012  |  liên tục
const PATTERN = new RegExp(`^(?:${anyOf(ONGOING)})(?![\\p{L}])`, 'iu');

export function isOngoing(text: string): boolean {
  return PATTERN.test(text);
}
