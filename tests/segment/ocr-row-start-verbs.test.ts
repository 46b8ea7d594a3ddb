// The first line of a task's text opens its row (src/segment/ocr/row-starts.ts), for the commonest
// openings of real plans too ("Phối hợp", "Chủ trì", "Chỉ đạo", "Tăng cường", "Hướng dẫn", "Nghiên cứu"), but
// not where the same words head the agency columns, nor a title that shares the first word.
import { describe, expect, it } from 'vitest';
import { opensTask } from '../../src/segment/ocr/row-starts.js';

describe('a task opening', () => {
  it('is found for the agency verbs that open tasks', () => {
    expect(opensTask('Phối hợp với Sở Tư pháp rà soát văn bản')).toBe(true);
    expect(opensTask('3 |Chủ trì, phối hợp với các sở, ngành liên quan')).toBe(true);
    expect(opensTask('Chỉ đạo các đơn vị trực thuộc thực hiện')).toBe(true);
    expect(opensTask('5_ |Tăng cường công tác kiểm tra')).toBe(true);
    expect(opensTask('Hướng dẫn các xã triển khai')).toBe(true);
    expect(opensTask('Nghiên cứu, đề xuất phương án sắp xếp')).toBe(true);
  });

  it('is not a header printed again, nor a title with the same first word', () => {
    expect(opensTask('Chủ trì Phối hợp')).toBe(false);
    expect(opensTask('Phối hợp thực hiện')).toBe(false);
    expect(opensTask('Chủ tịch Ủy ban nhân dân xã')).toBe(false);
    expect(opensTask('Chi đoàn thanh niên')).toBe(false);
    expect(opensTask('phối hợp với Sở Y tế')).toBe(false);
    expect(opensTask('Nghiêm túc thực hiện')).toBe(false);
  });
});
