// Task tables in text laid out at character columns (`pdftotext -layout`): rows read around their
// numbers whether the cells sit at the top of their rows or in the middle, a row a page break cut
// joined to its first part; prose, indented text and a two-column header block stay text. The
// tables are invented; one real plan from ../shared is read by id.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnTables } from '../../src/segment/column-text.js';
import { parse } from '../../src/pipeline.js';
import { repoRoot, sharedDir, sharedMissingNote } from '../helpers/shared.js';

/** A line with each text at its column. */
function at(...cells: Array<[number, string]>): string {
  let line = '';
  for (const [column, text] of cells) line = line.padEnd(column) + text;
  return line;
}

const HEADER = [
  at([60, 'Thời gian']),
  at([0, 'TT'], [8, 'Nội dung công việc'], [40, 'Cơ quan chủ trì'], [60, 'hoàn thành'], [76, 'Cơ quan phối hợp']),
  '',
];

const texts = (rows: ReturnType<typeof columnTables>[number]['rows']) => rows.map((r) => r.cells.map((items) => items.join(' ')));

describe('column-aligned task tables', () => {
  it('reads rows whose cells stand at the top of their rows', () => {
    const lines = [
      ...HEADER,
      at([0, '1'], [8, 'Rà soát, đơn giản hóa thủ tục'], [40, 'Sở Tư pháp'], [60, 'Quý II/2025'], [76, 'Các sở, ngành']),
      at([8, 'hành chính nội bộ'], [76, 'liên quan']),
      at([0, '2'], [8, 'Số hóa hồ sơ, kết quả giải'], [40, 'Văn phòng UBND'], [60, 'Năm 2025'], [76, 'Sở Khoa học và']),
      at([8, 'quyết thủ tục hành chính'], [40, 'tỉnh'], [76, 'Công nghệ']),
    ];
    const [table] = columnTables(lines);
    expect(texts(table!.rows)).toEqual([
      ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Cơ quan phối hợp'],
      ['1', 'Rà soát, đơn giản hóa thủ tục hành chính nội bộ', 'Sở Tư pháp', 'Quý II/2025', 'Các sở, ngành liên quan'],
      ['2', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 'Văn phòng UBND tỉnh', 'Năm 2025', 'Sở Khoa học và Công nghệ'],
    ]);
  });

  it('reads rows centred on their numbers, the tallest cell cut where the next row begins', () => {
    const lines = [
      ...HEADER,
      at([8, 'Tổ chức tập huấn kỹ năng'], [76, 'Các phòng chuyên']),
      at([8, 'số cho cán bộ, công chức'], [40, 'Sở Nội vụ'], [76, 'môn thuộc Sở;']),
      at([0, '1'], [8, 'cấp xã trên địa bàn tỉnh.'], [60, 'Năm 2025'], [76, 'UBND các huyện,']),
      at([8, 'Đánh giá kết quả tập huấn'], [76, 'thị xã']),
      at([8, 'sau mỗi đợt.']),
      at([40, 'Sở Thông tin và'], [76, 'Sở Tài chính']),
      at([0, '2'], [8, 'Nâng cấp Cổng dịch vụ công']),
      at([40, 'Truyền thông'], [60, 'Quý IV/2025']),
      at([8, 'của tỉnh.']),
    ];
    const [table] = columnTables(lines);
    expect(texts(table!.rows).slice(1)).toEqual([
      [
        '1',
        'Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã trên địa bàn tỉnh.',
        'Sở Nội vụ',
        'Năm 2025',
        'Các phòng chuyên môn thuộc Sở; UBND các huyện, thị xã',
      ],
      [
        '2',
        'Đánh giá kết quả tập huấn sau mỗi đợt. Nâng cấp Cổng dịch vụ công của tỉnh.',
        'Sở Thông tin và Truyền thông',
        'Quý IV/2025',
        'Sở Tài chính',
      ],
    ]);
  });

  it('joins the rest of a row a page break cut to its first part', () => {
    const lines = [
      ...HEADER,
      at([0, '1'], [8, 'Xây dựng cơ sở dữ liệu'], [40, 'Sở Xây dựng'], [60, 'Năm 2026'], [76, 'Sở Tài chính,']),
      at([8, 'về nhà ở và thị trường'], [76, 'UBND cấp']),
      '',
      at([70, '3']),
      '\fỦY BAN NHÂN DÂN TỈNH',
      '',
      at([8, 'bất động sản'], [76, 'huyện']),
      at([0, '2'], [8, 'Công khai thông tin quy'], [40, 'Sở Xây dựng'], [60, 'Thường xuyên'], [76, 'Các cơ quan']),
      at([8, 'hoạch xây dựng'], [76, 'liên quan']),
    ];
    const [table] = columnTables(lines);
    const rows = texts(table!.rows);
    expect(rows[1]).toEqual([
      '1',
      'Xây dựng cơ sở dữ liệu về nhà ở và thị trường bất động sản',
      'Sở Xây dựng',
      'Năm 2026',
      'Sở Tài chính, UBND cấp huyện',
    ]);
    expect(rows[2]![0]).toBe('2');
  });

  it('leaves prose, indented text and a two-column header block as text', () => {
    const lines = [
      at([0, 'ỦY BAN NHÂN DÂN'], [40, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
      at([2, 'TỈNH BÌNH ĐỊNH'], [46, 'Độc lập - Tự do - Hạnh phúc']),
      '',
      at([0, 'Số: 12/KH-UBND'], [44, 'Bình Định, ngày 3 tháng 2 năm 2025']),
      '',
      at([6, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;']),
      '1.   MỤC ĐÍCH, YÊU CẦU',
      at([6, 'Nâng cao chất lượng phục vụ người dân và doanh nghiệp; đẩy mạnh cải cách']),
      'thủ tục hành chính trên các lĩnh vực.',
      '2.   NHIỆM VỤ',
      at([6, '2.1    Sở Nội vụ chủ trì theo dõi, đôn đốc việc thực hiện kế hoạch.']),
    ];
    expect(columnTables(lines)).toEqual([]);
  });

  it('leaves numbered headings typed with doubled spaces, prose between them, as text', () => {
    // Each heading with the bullet under it looks like a two-line table of one row; a numbered
    // heading between them that no table took means they are not one table's rows.
    const lines = [
      '1.  Sở  Kế  hoạch  và  Đầu  tư:',
      '-   Tham mưu bố trí vốn cho các dự án chuyển đổi số, hoàn thành trong quý I năm 2026.',
      '-   Theo dõi việc giải ngân.',
      '2.  Sở  Y  tế:',
      '-   Rà soát quy trình nội bộ giải quyết thủ tục hành chính.',
      '3.  Sở  Giáo  dục  và  Đào  tạo:',
      '-   Công khai thủ tục hành chính tại trường học, hoàn thành trước ngày 30 tháng 6 năm 2026.',
    ];
    expect(columnTables(lines)).toEqual([]);
  });

  it('gives tasks with their lead and deadline through the text route', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH',
      'Số: 12/KH-UBND',
      '',
      'KẾ HOẠCH',
      'Cải cách hành chính năm 2025',
      '',
      'PHỤ LỤC I',
      'CÁC NHIỆM VỤ TRỌNG TÂM',
      '',
      ...HEADER,
      at([8, 'Rà soát, đơn giản hóa thủ tục'], [76, 'Các sở, ngành']),
      at([0, '1'], [8, 'hành chính nội bộ'], [40, 'Sở Tư pháp'], [60, 'Quý II/2025'], [76, 'liên quan']),
      '',
      at([8, 'Số hóa hồ sơ, kết quả giải'], [40, 'Văn phòng UBND'], [76, 'Sở Khoa học và']),
      at([0, '2'], [60, 'Năm 2025']),
      at([8, 'quyết thủ tục hành chính'], [40, 'tỉnh'], [76, 'Công nghệ']),
    ].join('\n');
    const doc = parse(text, { path: 'plan.txt', restore: 'never' });
    expect(doc.tasks.map((t) => [t.ordinal, t.content, t.lead.map((l) => l.name), t.deadline?.text])).toEqual([
      ['1', 'Rà soát, đơn giản hóa thủ tục hành chính nội bộ', ['Sở Tư pháp'], 'Quý II/2025'],
      ['2', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', ['Văn phòng UBND tỉnh'], 'Năm 2025'],
    ]);
    expect(new Set(doc.tasks.map((t) => t.reader))).toEqual(new Set(['tab-cells']));
  });
});

describe('a real plan converted with pdftotext -layout (../shared, by id)', () => {
  const id = 'e2m-Public_341-KH-STTTT-DakNong';
  const path = join(sharedDir, 'plans', `${id}.txt`);
  const present = existsSync(path);
  if (!present) console.log(sharedMissingNote(`plans/${id}.txt`));
  it.skipIf(!present)('reads the rows its gold has, numbered as printed', () => {
    const gold = JSON.parse(readFileSync(join(repoRoot, 'gold', `plans-${id}.tasks.json`), 'utf8')) as {
      tasks: Array<{ ordinal: string }>;
    };
    const doc = parse(readFileSync(path), { path });
    expect(doc.tasks.map((t) => t.ordinal)).toEqual(gold.tasks.map((t) => t.ordinal));
    expect(doc.tasks.every((t) => t.lead.length > 0 && t.deadline)).toBe(true);
  });
});
