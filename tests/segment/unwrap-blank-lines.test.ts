// OCR puts a blank line after a short line, inside a sentence (tesseract reads the short first line
// of a paragraph as a paragraph of its own): the unwrapping pass drops it, and only it.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import type { LayoutLine } from '../../src/read/layout-line.js';
import { unwrap } from '../../src/segment/unwrap.js';

const layout = (text: string): LayoutLine[] =>
  text.split('\n').map((t, i) => ({ line: i + 1, text: t.trim(), tabLed: false, emphasis: false }));

describe('blank lines inside a sentence', () => {
  it('drops a blank line between a line that ends no sentence and one that goes on in lower case', () => {
    const lines = unwrap(layout('- Chủ trì rà soát\n\ncác thủ tục hành chính của tỉnh.\n\nTổng hợp kết quả.'));
    expect(lines.map((l) => l.text)).toEqual(['- Chủ trì rà soát', 'các thủ tục hành chính của tỉnh.', '', 'Tổng hợp kết quả.']);
  });

  it('keeps it after a sentence, before a capital, and before a lettered item', () => {
    const text = 'Mục tiêu chung.\n\ncác mục tiêu cụ thể\n\nSở Nội vụ chủ trì\n\nb) bảo đảm tiến độ';
    expect(unwrap(layout(text)).map((l) => l.text)).toEqual(text.split('\n'));
  });

  it('reads numbered tasks whose lines the OCR set apart as whole tasks', () => {
    const plan = `ỦY BAN NHÂN DÂN TỈNH AN BÌNH
Số: 12/KH-UBND
An Bình, ngày 05 tháng 3 năm 2024
KẾ HOẠCH
Cải cách hành chính năm 2024
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng phục vụ người dân và doanh nghiệp.
II. NHIỆM VỤ, GIẢI PHÁP
1. Tăng cường sự lãnh đạo của cấp ủy, chỉ đạo

điều hành của chính quyền các cấp đối với công tác cải cách hành chính.

2. Đẩy mạnh công tác tuyên truyền nâng cao nhận thức

của cán bộ, công chức về cải cách hành chính

trên địa bàn tỉnh.
III. TỔ CHỨC THỰC HIỆN
Sở Nội vụ theo dõi, tổng hợp kết quả thực hiện Kế hoạch này.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An`;
    const doc = parse(plan, { path: 'plan.txt', restore: 'never' });
    expect(doc.tasks.map((t) => t.content)).toEqual([
      'Tăng cường sự lãnh đạo của cấp ủy, chỉ đạo điều hành của chính quyền các cấp đối với công tác cải cách hành chính.',
      'Đẩy mạnh công tác tuyên truyền nâng cao nhận thức của cán bộ, công chức về cải cách hành chính trên địa bàn tỉnh.',
    ]);
  });
});
