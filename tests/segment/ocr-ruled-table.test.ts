// Ruled task tables as OCR reads them across the page (src/segment/ocr/ruled-table.ts): the
// header gives the columns' order, rows open where their cells open, each line is cut into
// its columns; a garbled lead is left out with a note. Also the notes the older OCR readers
// now give on seeds 000 and 004 (read from ../shared at run time).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { hasShared, seedPath, sharedMissingNote } from '../helpers/shared.js';

const names = (list: Array<{ name: string }>) => list.map((a) => a.name);
const read = (text: string) => parse(text, { path: 'scan.txt', restore: 'never' });

// Made-up rows, printed as tesseract prints a ruled table: cells side by side, some rules read as "|".
const CONTENT_FIRST = `PHỤ LỤC 01
CÁC NHIỆM VỤ TRỌNG TÂM
(Kèm theo Kế hoạch số 12/KH-UBND ngày 10 tháng 3 năm 2025)

STT Nội dung thực hiện Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành
1 Xây dựng quy chế phối hợp trong công tác |Sở Nội vụ |- Sở Tư pháp Quý II/2025
kiểm tra cải cách hành chính trên địa bàn |- Các sở, ban,
tỉnh và báo cáo kết quả thực hiện. ngành
2 Rà soát, đơn giản hóa thủ tục hành chính |Sở Tư pháp |Các cơ quan liên Tháng 6/2025
thuộc phạm vi quản lý của các cơ quan. quan
3 Tổ chức tập huấn nghiệp vụ cho công chức |Sở Thông tin và |- Sở Nội vụ Năm 2025
làm công tác một cửa ở cấp xã. Truyền thông
`;

describe('ruled table read across the page', () => {
  const doc = read(CONTENT_FIRST);

  it('finds its rows and reads them with the ruled-table reader', () => {
    expect(doc.tasks.map((t) => t.ordinal)).toEqual(['1', '2', '3']);
    expect(new Set(doc.tasks.map((t) => t.reader))).toEqual(new Set(['ocr-ruled-table']));
  });

  it("keeps the side columns' words out of the task text", () => {
    expect(doc.tasks[0]!.content).toBe(
      'Xây dựng quy chế phối hợp trong công tác kiểm tra cải cách hành chính trên địa bàn tỉnh và báo cáo kết quả thực hiện.',
    );
    expect(doc.tasks[1]!.content).toBe('Rà soát, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của các cơ quan.');
    expect(doc.tasks[2]!.content).toBe('Tổ chức tập huấn nghiệp vụ cho công chức làm công tác một cửa ở cấp xã.');
  });

  it("reads lead, cooperating and deadline in the header's order, wrapped cells joined", () => {
    expect(names(doc.tasks[0]!.lead)).toEqual(['Sở Nội vụ']);
    expect(doc.tasks[0]!.deadline?.text).toBe('Quý II/2025');
    expect(names(doc.tasks[1]!.cooperating)).toEqual(['Các cơ quan liên quan']);
    expect(doc.tasks[1]!.deadline?.text).toBe('Tháng 6/2025');
    expect(names(doc.tasks[2]!.lead)).toEqual(['Sở Thông tin và Truyền thông']);
  });

  it('learns the order from the header when the lead comes first', () => {
    const leadFirst = read(`PHỤ LỤC 02
DANH MỤC NHIỆM VỤ

TT Đơn vị chủ trì Nội dung công việc Thời hạn
1 Sở Tài chính |Hướng dẫn lập dự toán kinh phí thực hiện Quý I/2025
các nhiệm vụ cải cách hành chính năm 2025.
2 Sở Nội vụ |Tổng hợp kết quả chấm điểm chỉ số cải cách Tháng 12/2025
hành chính của các sở, ngành.
3 Văn phòng UBND |Theo dõi, đôn đốc việc thực hiện các nhiệm Thường xuyên
tỉnh vụ được giao tại Kế hoạch này.
`);
    // Each row's lead is read from the first column; a lead that holds a whole agency name takes
    // none of the text's next line ("Sở Tài chính" ⏎ "các nhiệm vụ …").
    expect(leadFirst.tasks.map((t) => names(t.lead)[0])).toEqual(['Sở Tài chính', 'Sở Nội vụ', 'Văn phòng UBND tỉnh']);
    expect(leadFirst.tasks[0]!.content).toBe('Hướng dẫn lập dự toán kinh phí thực hiện các nhiệm vụ cải cách hành chính năm 2025.');
    expect(leadFirst.tasks[1]!.content).toBe('Tổng hợp kết quả chấm điểm chỉ số cải cách hành chính của các sở, ngành.');
    expect(leadFirst.tasks.map((t) => t.deadline?.text)).toEqual(['Quý I/2025', 'Tháng 12/2025', 'Thường xuyên']);
  });

  it('leaves a lead it cannot read out, says so, and is less sure of the row', () => {
    const garbled = read(CONTENT_FIRST.replace('|Sở Tư pháp |Các', '|Xq Tvv gbh |Các'));
    const row = garbled.tasks[1]!;
    expect(row.lead).toEqual([]);
    const note = garbled.diagnostics.find((d) => d.ruleId.endsWith('ocr-lead-uncertain') && d.message.includes('row 2'));
    expect(note?.message).toMatch(/lead "Xq Tvv gbh" unreadable/u);
    expect(row.confidence).toBeLessThan(garbled.tasks[0]!.confidence);
  });

  it('does not take a clean table flattened one cell per line', () => {
    const clean = read(`PHỤ LỤC 01
CÁC NHIỆM VỤ
STT
Nội dung thực hiện
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
1
Xây dựng quy chế phối hợp trong công tác kiểm tra
Sở Nội vụ
Sở Tư pháp
Quý II/2025
2
Rà soát, đơn giản hóa thủ tục hành chính
Sở Tư pháp
Các cơ quan liên quan
Tháng 6/2025
`);
    expect(clean.tasks.map((t) => t.reader)).toEqual(['flat-table', 'flat-table']);
  });
});

if (!hasShared) console.warn(sharedMissingNote('seed 000/004 OCR table notes'));

describe.skipIf(!hasShared)('seeds 000 and 004: what the older OCR readers now say', () => {
  it('000: a lead read without the words that tell it comes with a note and a lower confidence', () => {
    const doc = parse(readFileSync(seedPath('000')), { path: seedPath('000') });
    const row = doc.tasks.find((t) => t.appendix === '01' && t.ordinal === '3')!;
    const note = doc.diagnostics.find((d) => d.ruleId.endsWith('ocr-lead-uncertain') && d.message.includes('Phụ lục 01, row 3:'));
    expect(note?.message).toMatch(/lead Văn phòng UBND tỉnh read from "[^"]*" without "van"/u);
    expect(row.confidence).toBeLessThan(0.6);
  }, 60_000);

  it("004: the unit columns' words before a column bar stay out of the task text", () => {
    const doc = parse(readFileSync(seedPath('004')), { path: seedPath('004') });
    const row = doc.tasks.find((t) => t.ordinal === '3.2')!;
    expect(row.content).toMatch(/theo Quyết định số 42\/2014/u);
    expect(row.content).not.toMatch(/Quyết Trung tâm/u);
  }, 60_000);
});

describe('ruled table: the lead column and its names as the OCR garbles them', () => {
  const LEAD_FIRST = `PHỤ LỤC 02
DANH MỤC NHIỆM VỤ

TT Đơn vị chủ tổn Nội dung công việc Cơ quan phối hợp Thời hạn
1 Sở Tài chính |Hướng dẫn lập dự toán kinh phí thực hiện |- Sở Nội vụ Quý I/2025
các nhiệm vụ cải cách hành chính năm 2025.
2 Sở Nội vụ |Tổng hợp kết quả chấm điểm chỉ số cải cách |- Các sở, ngành Tháng 12/2025
hành chính của các sở, ngành.
3 Văn phòng UBND |Theo dõi, đôn đốc việc thực hiện các nhiệm |- Sở Nội vụ Thường xuyên
tỉnh vụ được giao tại Kế hoạch này.
`;

  it('puts the lead first where the header lost its name and the rows open with agencies', () => {
    const doc = read(LEAD_FIRST);
    expect(doc.tasks.map((t) => names(t.lead)[0])).toEqual(['Sở Tài chính', 'Sở Nội vụ', 'Văn phòng UBND tỉnh']);
    expect(doc.tasks[2]!.content).toBe('Theo dõi, đôn đốc việc thực hiện các nhiệm vụ được giao tại Kế hoạch này.');
    // The same rows opening with their task text keep the header's order (lead after the text).
    const contentFirst = read(CONTENT_FIRST.replace('Cơ quan chủ trì', 'Cơ quan chủ tổn'));
    expect(names(contentFirst.tasks[0]!.lead)).toEqual(['Sở Nội vụ']);
  });

  const SPELLED = `PHỤ LỤC 01
CÁC NHIỆM VỤ TRỌNG TÂM

STT Nội dung thực hiện Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành
1 Xây dựng quy chế phối hợp trong công tác |Ủy bannhân dân |- Sở Tư pháp Quý II/2025
kiểm tra cải cách hành chính trên địa bàn xã, phương -các cơ quan liên
tỉnh và báo cáo kết quả thực hiện. quan
2 Rà soát, đơn giản hóa thủ tục hành chính |Số Nội vụ |Các cơ quan liên Tháng 6/2025
thuộc phạm vi quản lý của các cơ quan. quan
`;

  it('spells an agency as its name is spelled, says what it changed, and keeps a glued item in its column', () => {
    const doc = read(SPELLED);
    expect(names(doc.tasks[0]!.lead)).toEqual(['Ủy ban nhân dân xã, phường']);
    expect(names(doc.tasks[1]!.lead)).toEqual(['Sở Nội vụ']);
    // "-các cơ quan liên quan": a list item read with its dash glued is the cooperating column's.
    expect(names(doc.tasks[0]!.cooperating)).toEqual(['Sở Tư pháp', 'các cơ quan liên quan']);
    const notes = doc.diagnostics.filter((d) => d.ruleId.endsWith('ocr-agency-respelled')).map((d) => d.message);
    expect(notes).toEqual([
      'Phụ lục 01, row 1: lead "bannhân" → "ban nhân", "phương" → "phường", as agency names spell them',
      'Phụ lục 01, row 2: lead "Số" → "Sở", as agency names spell them',
    ]);
    // A respelled lead is a corrected field: less sure than a lead read as printed (the row's own
    // confidence is its least sure field's, here another field's in both rows).
    expect(doc.tasks[0]!.fields!.lead.confidence).toBeLessThan(read(CONTENT_FIRST).tasks[0]!.fields!.lead.confidence);
  });
});
