// Column roles follow the header wherever it puts them (issue 16 item 4): a header printed over two
// rows ("Trách nhiệm thực hiện" over "Chủ trì" / "Phối hợp", LAYOUTS.md §5; the pipe tables of
// corpus john-59), a row that leaves its cooperating cell empty under a header whose cooperating
// column comes first (every dev task row names a lead), and a task text printed after the agency
// cells (lvn-228's and p8-175's order). Invented tables in those shapes.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { readTabRows } from '../../src/segment/tables/tab-rows.js';
import type { LayoutLine } from '../../src/read/layout-line.js';
import { deputySignature, provincialHeading } from '../helpers/invented-plan.js';

const HEADER = `${provincialHeading({ place: 'Quảng Trị', number: '214/KH-UBND', dated: 'ngày 20 tháng 10 năm 2025' })}
KẾ HOẠCH
NÂNG CAO CHẤT LƯỢNG DỊCH VỤ CÔNG TRỰC TUYẾN

I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm các nhiệm vụ được triển khai đồng bộ.

${deputySignature('Hồ Văn Nam')}
PHỤ LỤC`;

const tasksOf = (text: string) => parse(text, { path: 'plan.txt', restore: 'never' }).tasks;
const roles = (text: string) =>
  tasksOf(text).map((t) => ({
    lead: t.lead.map((a) => a.name),
    cooperating: t.cooperating.map((a) => a.name),
    deadline: t.deadline?.text,
  }));

const ROWS = [
  {
    task: 'Rà soát, chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính trên môi trường điện tử',
    lead: 'Sở Nội vụ',
    cooperating: 'Văn phòng UBND tỉnh',
    deadline: 'Quý II/2026',
  },
  {
    task: 'Nâng cấp Cổng dịch vụ công của tỉnh bảo đảm kết nối với Cổng Dịch vụ công quốc gia',
    lead: 'Sở Khoa học và Công nghệ',
    cooperating: 'Công an tỉnh',
    deadline: 'Quý IV/2026',
  },
];
const EXPECTED = ROWS.map((r) => ({ lead: [r.lead], cooperating: [r.cooperating], deadline: r.deadline }));

describe('a flat table whose header is printed over two rows', () => {
  // Row by row: STT, the task column, the merged "Trách nhiệm thực hiện", the deadline; then "Chủ trì", "Phối hợp".
  const table = (parent: string) => `${HEADER}
STT
Nội dung thực hiện
${parent}
Thời gian hoàn thành
Chủ trì
Phối hợp
${ROWS.map((r, k) => `${k + 1}\n${r.task}\n${r.lead}\n${r.cooperating}\n${r.deadline}`).join('\n')}
`;

  it.each(['Trách nhiệm thực hiện', 'Cơ quan, đơn vị thực hiện'])('puts "Chủ trì" and "Phối hợp" where "%s" stands', (parent) => {
    expect(roles(table(parent))).toEqual(EXPECTED);
  });

  it('leaves a one-row header of bare words as printed', () => {
    const text = `${HEADER}
STT
NHIỆM VỤ
CHỦ TRÌ
PHỐI HỢP
THỜI GIAN
${ROWS.map((r, k) => `${k + 1}\n${r.task}\n${r.lead}\n${r.cooperating}\n${r.deadline}`).join('\n')}
`;
    expect(roles(text)).toEqual(EXPECTED);
  });
});

describe('a pipe table whose header is printed over two rows', () => {
  const line = (cells: string[], n: number): LayoutLine => ({
    line: n,
    text: cells.join(' | '),
    tabLed: false,
    emphasis: false,
    cells: cells.map((c) => (c ? [c] : [])),
  });
  const body = ROWS.map((r, k) => line([String(k + 1), r.task, r.lead, r.cooperating, r.deadline], k + 3));
  const cellsOf = (lines: LayoutLine[]) =>
    readTabRows(lines).map((row) => Object.fromEntries(row.cells.filter((c) => c.items.length).map((c) => [c.role, c.items.join(' ')])));

  it('reads the second row across the whole width', () => {
    const rows = cellsOf([
      line(['STT', 'Tên nhiệm vụ', 'Đơn vị thực hiện', '', 'Thời hạn'], 1),
      line(['', '', 'Chủ trì', 'Phối hợp', ''], 2),
      ...body,
    ]);
    expect(rows.map((r) => [r.lead, r.cooperating, r.deadline])).toEqual(ROWS.map((r) => [r.lead, r.cooperating, r.deadline]));
  });

  it('reads a second row that prints only the cells under the merged one where that cell stands', () => {
    const rows = cellsOf([
      line(['STT', 'Tên nhiệm vụ', 'Đơn vị thực hiện', '', 'Thời hạn'], 1),
      line(['Chủ trì', 'Phối hợp', ''], 2),
      ...body,
    ]);
    expect(rows.map((r) => [r.lead, r.cooperating])).toEqual(ROWS.map((r) => [r.lead, r.cooperating]));
  });
});

describe('a flat table whose cooperating column comes before the lead', () => {
  it('gives a row its one agency cell as the lead', () => {
    const text = `${HEADER}
STT
Nội dung thực hiện
Cơ quan phối hợp
Cơ quan chủ trì
Thời gian hoàn thành
1
${ROWS[0]!.task}
${ROWS[0]!.cooperating}
${ROWS[0]!.lead}
${ROWS[0]!.deadline}
2
${ROWS[1]!.task}
${ROWS[1]!.lead}
${ROWS[1]!.deadline}
`;
    expect(roles(text)).toEqual([EXPECTED[0], { lead: [ROWS[1]!.lead], cooperating: [], deadline: ROWS[1]!.deadline }]);
  });
});

describe('a web-wrapped flat table whose agency columns come first', () => {
  it('starts the task text after the lead cell and ends it where the cooperating cell opens', () => {
    const text = `${HEADER}
STT
Cơ quan chủ trì
Nội dung thực hiện
Cơ quan phối hợp
Thời gian hoàn thành
1
Vụ Tổ chức cán bộ
Kiểm tra tình hình tổ chức và hoạt động của các
đơn vị sự nghiệp trực thuộc, báo cáo kết quả kiểm tra theo quy định hiện hành
Văn phòng Bộ, các đơn vị có liên quan
Năm 2026
2
Vụ Kế hoạch - Tài chính
Xây dựng dự toán thu, chi ngân sách nhà nước và kế
hoạch tài chính của các đơn vị thuộc Bộ giai đoạn 2026 - 2028 theo hướng dẫn
Các đơn vị thuộc Bộ
Năm 2026
`;
    const tasks = tasksOf(text);
    expect(tasks.map((t) => t.lead.map((a) => a.name))).toEqual([['Vụ Tổ chức cán bộ'], ['Vụ Kế hoạch - Tài chính']]);
    expect(tasks.map((t) => t.content.split(' ').slice(0, 3).join(' '))).toEqual(['Kiểm tra tình', 'Xây dựng dự']);
    expect(tasks[0]!.cooperating.map((a) => a.name)).toContain('Văn phòng Bộ');
  });
});
