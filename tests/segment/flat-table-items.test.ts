// Flat task tables (LAYOUTS.md §4) printed one cell a line whose cells hold list items ("- Vụ Pháp
// chế" ⏎ "- Văn phòng Bộ": plans:lvn-07, lvn-120; "- Sản phẩm: …" inside the task text), with an
// elision line after which the numbering restarts (LAYOUTS.md §0; corpus:tnt/c5d930a5fc8373cd), and
// task texts opening "Ban hành …" (19 dev task texts, tnt and p8 plans) under an agencies-first header.
// Invented tables in those shapes.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { deputySignature, provincialHeading } from '../helpers/invented-plan.js';

const HEADER = `${provincialHeading({ place: 'Quảng Trị', number: '211/KH-UBND', dated: 'ngày 14 tháng 10 năm 2025' })}
KẾ HOẠCH
PHỔ BIẾN CÁC VĂN BẢN MỚI

I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm các nhiệm vụ được triển khai đồng bộ.

${deputySignature('Hồ Văn Nam')}

PHỤ LỤC`;

const tasksOf = (text: string) => parse(text, { path: 'plan.txt', restore: 'never' }).tasks;
const names = (agencies: Array<{ name: string }>) => agencies.map((a) => a.name);

describe('flat table cells of list items', () => {
  const tasks = () =>
    tasksOf(`${HEADER}
STT
Nội dung thực hiện
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
1
Tổ chức phổ biến Luật Quy hoạch đô thị và nông thôn cho cán bộ, công chức
Sở Xây dựng lập kế hoạch phổ biến trình Ủy ban
- Sở Tư pháp
- Báo Quảng Trị
- Đài Phát thanh và Truyền hình tỉnh
- cơ quan, địa phương liên quan
Quý II/2026
2
Xây dựng tài liệu hướng dẫn thi hành Luật Quy hoạch đô thị và nông thôn
- Sản phẩm: Tài liệu hướng dẫn được phát hành
Sở Xây dựng
Sở Tư pháp
Quý III/2026
`);

  it('reads each item of an agency cell as a name, whatever the line above ends with', () => {
    expect(names(tasks()[0]!.cooperating)).toEqual([
      'Sở Tư pháp',
      'Báo Quảng Trị',
      'Đài Phát thanh và Truyền hình tỉnh',
      'cơ quan, địa phương liên quan',
    ]);
    expect(tasks()[0]!.deadline?.text).toBe('Quý II/2026');
  });

  it('keeps a "- Sản phẩm:" item with its task as its product', () => {
    expect(tasks()[1]!.content).toBe('Xây dựng tài liệu hướng dẫn thi hành Luật Quy hoạch đô thị và nông thôn');
    expect(tasks()[1]!.products).toEqual(['Tài liệu hướng dẫn được phát hành']);
    expect(names(tasks()[1]!.lead)).toEqual(['Sở Xây dựng']);
  });
});

describe('flat table rows after an elision, agencies first', () => {
  const tasks = () =>
    tasksOf(`${HEADER}
STT
Cơ quan chủ trì
Nội dung thực hiện
Cơ quan phối hợp
Thời gian hoàn thành
1
Sở Tài chính
Ban hành quy định về quản lý quỹ phòng thủ dân sự của tỉnh
Các sở, ban, ngành
2025
2
Sở Nội vụ
Ban hành quy chế phối hợp giữa các cơ quan trong công tác thi đua
Các cơ quan liên quan
2026
….......................
1
Công an tỉnh
Tổ chức diễn tập phòng cháy, chữa cháy tại các khu dân cư trên địa bàn tỉnh
UBND các xã, phường
Thường xuyên
`);

  it('reads a task text opening "Ban hành" as the task, not as an agency', () => {
    expect(tasks().map((t) => names(t.lead))).toEqual([['Sở Tài chính'], ['Sở Nội vụ'], ['Công an tỉnh']]);
    expect(tasks()[0]!.content).toMatch(/^Ban hành quy định/u);
  });

  it('opens a row at the number that restarts below the elision', () => {
    expect(tasks()).toHaveLength(3);
    expect(tasks()[2]!.deadline?.text).toBe('Thường xuyên');
  });
});
