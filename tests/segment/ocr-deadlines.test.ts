// Deadline cells ("Thời gian hoàn thành") read out of OCR'd side text.
import { describe, expect, it } from 'vitest';
import { findDeadline, findDeadlines } from '../../src/knowledge/deadlines/index.js';

describe('OCR deadline shapes', () => {
  it('reads "Trước 30/9/2023" without its "ngày", the date right after', () => {
    expect(findDeadline('| - Ke hoach: Trudc 30/9/2023;')).toBe('Trước 30/9/2023');
    expect(findDeadline('| trinh UBND tinh 30/9/2023')).toBeNull();
  });

  it('keeps both deadlines of a cell that sets one for the work and one for its report', () => {
    expect(findDeadlines('- T6 chirc thuc | hién: thuong xuyén. | - Bao cao két | qua: dinh ky hang | quy.')).toEqual([
      'Thường xuyên',
      'Định kỳ hằng quý',
    ]);
    expect(findDeadlines('| kiém tra: Quy 11/2023. | - Bao cao: Trudc 15/12/2023;')).toEqual(['Quý II/2023', 'Trước 15/12/2023']);
  });

  it('gives one deadline once, and none where the cell has none', () => {
    expect(findDeadlines('| Thang 04/2023 | Thang 04/2023')).toEqual(['Tháng 04/2023']);
    expect(findDeadlines('| S6 Noi vu | - Cac co quan lién quan')).toEqual([]);
  });
});
