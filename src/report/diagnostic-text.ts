// The parser's diagnostics in Vietnamese, for the review page: the pipeline writes
// them in English (they also go to stderr, logs and report.json), the page speaks
// the language of the documents it shows. One pattern per rule, matched against
// the English message so that names, texts and numbers carry over as they are;
// a message no pattern reads stays in English (the page shows the rule beside it).
import type { Diagnostic } from '../schema/document.js';

const ROLES: Record<string, string> = {
  content: 'nội dung',
  lead: 'cơ quan chủ trì',
  cooperating: 'cơ quan phối hợp',
  deadline: 'thời hạn',
  products: 'sản phẩm',
};
/** "tcvn3 (repaired from windows-1252)", the encoding as decode() names it. */
const encodingName = (name: string) => name.replace(/\(repaired from (.+)\)/, '(sửa từ $1)');
const roles = (list: string) =>
  list
    .split(', ')
    .map((r) => ROLES[r] ?? r)
    .join(', ');

/** The cue segment/genre.ts names, in Vietnamese. */
function normativeCue(cue: string): string {
  const at = (prefix: string) => (cue.startsWith(prefix) ? cue.slice(prefix.length) : null);
  const heading = at('type heading ');
  if (heading !== null) return `tên loại ${heading}`;
  const code = at('type code of ');
  if (code !== null) return `ký hiệu của số ${code}`;
  const year = at('the year in its number ');
  if (year !== null) return `năm trong số ${year}`;
  if (cue === 'an article "Phạm vi điều chỉnh"') return 'có điều "Phạm vi điều chỉnh"';
  return cue;
}

type Rendering = [pattern: RegExp, vietnamese: (...groups: string[]) => string];

/** By rule (the part of ruleId after "source:"): one rendering, or one for each wording the rule has. */
const RENDERINGS: Record<string, Rendering | Rendering[]> = {
  // agency not in the gazetteer: "các cơ quan được giao chủ trì soạn thảo"
  'agency-unknown': [/^agency not in the gazetteer: (".*")$/s, (name) => `Cơ quan chưa có trong danh mục: ${name}`],
  // deadline not understood: "khi có yêu cầu của cấp trên"
  'deadline-unknown': [/^deadline not understood: (".*")$/s, (text) => `Chưa đọc được thời hạn: ${text}`],
  // no appendix with a task table found: tasks, if any, come from the plan's body
  'no-task-layout': [
    /^no task layout recognised/,
    () => 'Không nhận ra bố cục nhiệm vụ nào trong phần thân kế hoạch (đã tìm: trường có nhãn, tiêu đề cơ quan, gạch đầu dòng nhiệm vụ)',
  ],
  'no-appendix': [
    /^no appendix with a task table found/,
    () => 'Không có phụ lục nào chứa bảng nhiệm vụ: nhiệm vụ (nếu có) được lấy từ phần thân kế hoạch',
  ],
  // a number of 20 digits is out of range: not read as a value (…)
  'number-out-of-range': [
    /^a number of (\d+) digits is out of range/,
    (digits) => `Số có ${digits} chữ số, quá lớn để đọc thành giá trị (số điều để trống, chỉ tiêu bị bỏ qua)`,
  ],
  // read as plain text: 25000 nested list or quote markers (at most 32 are read as Markdown)
  'over-limit': [
    /^read as plain text: (.+?) \(at most (\d+) are read as (Markdown|HTML)\)$/,
    (what, most, how) => `Đọc như văn bản thường: ${overLimitText(what)} (chỉ đọc tối đa ${most} theo ${how})`,
  ],
  // Phụ lục 04: no task table could be read
  'appendix-empty': [/^Phụ lục (.+): no task table could be read$/, (label) => `Phụ lục ${label}: không đọc được bảng nhiệm vụ nào`],
  // Phụ lục 01, row 9: products not recovered from the OCR'd table
  'ocr-cell-unread': [
    /^(?:Phụ lục (.+), )?row (.+?): (.+?) (?:not recovered from the OCR'd table|could not be read from the side columns)$/,
    (label, row, missing) => `${label ? `Phụ lục ${label}, ` : ''}hàng ${row}: không khôi phục được ${roles(missing)} từ bảng đã OCR`,
  ],
  // Phụ lục 01, row 3: lead Văn phòng UBND tỉnh read from "thong ubnd tinh" without "van": it may be another body
  // Phụ lục 02, row 5: lead "Xq Tvv gbh" unreadable: left out
  // Phụ lục 01, row 4: lead "Viện Nghiên cứu" opens with another body's head than Sở Khoa học và Công nghệ, read from its words: given as printed
  // Phụ lục 01, row 6: lead "Sở Nội vụ, Sở" goes on past its first lines, which were read as the cooperating cell's
  // Phụ lục 01, row 2: lead "Trung tâm" opens with no body's name: it may be another cell's words
  'ocr-lead-uncertain': [
    [
      /^(?:Phụ lục (.+), )?row (.+?): lead (.+?) (?:read from (".*?")(?: without (".*"))?: it may be another body|unreadable: left out)$/,
      (label, row, name, from, without) =>
        `${label ? `Phụ lục ${label}, ` : ''}hàng ${row}: ` +
        (from
          ? `cơ quan chủ trì ${name} đọc từ ${from}${without ? `, thiếu ${without}` : ''}: có thể là cơ quan khác, cần kiểm tra`
          : `không đọc được cơ quan chủ trì ${name}, để trống`),
    ],
    [
      /^(?:Phụ lục (.+), )?row (.+?): lead (".*") opens with another body's head than (.+), read from its words: given as printed$/,
      (label, row, printed, name) =>
        `${label ? `Phụ lục ${label}, ` : ''}hàng ${row}: cơ quan chủ trì ${printed} mở đầu bằng tên một cơ quan khác ${name}: giữ như bản in, cần kiểm tra`,
    ],
    [
      /^(?:Phụ lục (.+), )?row (.+?): lead (".*") goes on past its first lines, which were read as the cooperating cell's$/,
      (label, row, lead) =>
        `${label ? `Phụ lục ${label}, ` : ''}hàng ${row}: cơ quan chủ trì ${lead} kéo dài sang các dòng đã bị đọc vào ô cơ quan phối hợp, cần kiểm tra`,
    ],
    [
      /^(?:Phụ lục (.+), )?row (.+?): lead (".*") opens with no body's name: it may be another cell's words$/,
      (label, row, lead) =>
        `${label ? `Phụ lục ${label}, ` : ''}hàng ${row}: cơ quan chủ trì ${lead} không mở đầu bằng tên cơ quan nào: có thể là chữ của ô khác, cần kiểm tra`,
    ],
  ],
  // Phụ lục 02: 2 short line(s) above row 1 read as no row (a header's or a row's words cut off by the page)
  'ocr-lines-left-out': [
    /^Phụ lục (.+): (\d+) short line\(s\) above row (.+?) read as no row \(a header's or a row's words cut off by the page\)$/,
    (label, count, row) =>
      `Phụ lục ${label}: ${count} dòng ngắn phía trên hàng ${row} không thành hàng (chữ của tiêu đề bảng hoặc của một hàng bị ngắt trang)`,
  ],
  // Phụ lục 01, row 2: lead "phương" → "phường", "bannhân" → "ban nhân", as agency names spell them
  'ocr-agency-respelled': [
    /^(?:Phụ lục (.+), )?row (.+?): (lead|cooperating) (.+), as agency names spell them$/,
    (label, row, role, changes) =>
      `${label ? `Phụ lục ${label}, ` : ''}hàng ${row}: ${ROLES[role] ?? role} ${changes}, viết lại theo tên cơ quan`,
  ],
  // row 1.3: lead cell garbled, taken as the nearest unit this table names: Phòng Hành chính – Tổ chức
  'ocr-cell-guessed': [
    /^row (.+?): (\w+) cell garbled, taken as the nearest unit this table names: (.+)$/,
    (row, role, name) => `Hàng ${row}: ô ${ROLES[role] ?? role} bị lỗi OCR, lấy đơn vị gần nhất mà bảng có nêu: ${name}`,
  ],
  // lines 577–585 of section IV.8 are in no task: no reader read them as a task
  'plan-lines-unread': [
    /^(lines? [\d–]+) of (.+?) (?:is|are) in no task: no reader read (?:it|them) as a task$/,
    (range, where) => `${rangeText(range)} của ${whereText(where)} không thuộc nhiệm vụ nào: không bộ đọc nào đọc được thành nhiệm vụ`,
  ],
  'plan-lines-described': [
    /^(lines? [\d–]+) of (.+?) (?:is|are) in no task: the plan's tasks are read from its task tables$/,
    (range, where) =>
      `${rangeText(range)} của ${whereText(where)} không thuộc nhiệm vụ nào: nhiệm vụ của kế hoạch được lấy từ các bảng nhiệm vụ`,
  ],
  'plan-lines-lead-in': [
    /^(lines? [\d–]+) of (.+?) (?:is|are) in no task: a lead-in to the tasks below it$/,
    (range, where) => `${rangeText(range)} của ${whereText(where)} không thuộc nhiệm vụ nào: là câu dẫn cho các nhiệm vụ bên dưới`,
  ],
  // restored "ét" as "ốt" with low confidence (0.111)
  'uncertain-restoration': [
    /^restored (".*") as (".*") with low confidence \(([\d.]+)\)$/,
    (from, to, confidence) => `Khôi phục ${from} thành ${to} với độ tin cậy thấp (${confidence.replace('.', ',')})`,
  ],
  // unreadable OCR kept as printed, left out of the fields: "O e YA a4 A", "£ . s"
  // a legal normative text (type code of 12/2024/NĐ-CP), not a plan: its articles are not read as tasks
  'not-a-plan': [
    /^a legal normative text \((.*)\), not a plan: its articles are not read as tasks$/s,
    (cue) => `Văn bản quy phạm pháp luật (${normativeCue(cue)}), không phải kế hoạch: các điều của văn bản không được đọc thành nhiệm vụ`,
  ],
  'ocr-unreadable': [
    /^unreadable OCR kept as printed, left out of the fields: (".*")$/s,
    (runs) => `Đoạn OCR không đọc được, giữ nguyên như bản in và không đưa vào các trường: ${runs}`,
  ],
  // the text had been mis-decoded once; repaired as tcvn3 (repaired from windows-1252)
  repaired: [
    /^the text had been mis-decoded once; repaired as (.+)$/,
    (as) => `Văn bản từng bị giải mã sai một lần; đã sửa lại theo ${encodingName(as)}`,
  ],
  // mixed encodings: 3 line(s) were not UTF-8 and were decoded as tcvn3 (line 4, lines 8–9)
  'mixed-encoding': [
    /^mixed encodings: (\d+) line\(s\) were not UTF-8 and were decoded as (\S+) \((.+)\)$/,
    (count, encoding, lines) =>
      `Lẫn nhiều bảng mã: ${count} dòng không phải UTF-8, đã giải mã theo ${encoding} (${lines.replace(/\blines?\b/g, 'dòng')})`,
  ],
  // the encoding could not be recognised with confidence; decoded as tcvn3
  'uncertain-encoding': [
    /^the encoding could not be recognised with confidence; decoded as (.+)$/,
    (as) => `Không nhận ra chắc chắn bảng mã; đã giải mã theo ${encodingName(as)}`,
  ],
  // the file ends in the middle of a character (truncated?); 2 byte(s) dropped
  truncated: [
    /^the file ends in the middle of a character \(truncated\?\); (\d+) byte\(s\) dropped$/,
    (bytes) => `Tệp kết thúc giữa chừng một ký tự (bị cắt?); đã bỏ ${bytes} byte`,
  ],
  // 3 invalid UTF-8 sequence(s) replaced by U+FFFD
  'invalid-bytes': [
    /^(\d+) invalid UTF-8 sequence\(s\) replaced by U\+FFFD$/,
    (count) => `${count} chuỗi byte UTF-8 không hợp lệ đã được thay bằng U+FFFD`,
  ],
};

/** The diagnostic's message in Vietnamese, or undefined when its wording is not one the page knows. */
export function vietnameseMessage(diagnostic: Pick<Diagnostic, 'ruleId' | 'message'>): string | undefined {
  const rule = diagnostic.ruleId.slice(diagnostic.ruleId.lastIndexOf(':') + 1);
  const found = RENDERINGS[rule];
  if (!found) return undefined;
  const renderings = found[0] instanceof RegExp ? [found as Rendering] : (found as Rendering[]);
  for (const [pattern, vietnamese] of renderings) {
    const match = pattern.exec(diagnostic.message);
    if (match) return vietnamese(...match.slice(1).map((g) => g ?? ''));
  }
  return undefined;
}

/** Rules the page renders in Vietnamese (tests check every rule the pipeline emits is here). */
export const RENDERED_RULES = Object.keys(RENDERINGS);

/** "lines 577–585" → "dòng văn bản 577–585" (an input line, not a table row). */
const rangeText = (range: string) => range.replace(/^lines? /u, 'Dòng văn bản ');
/** "section II.1", "Phụ lục 01", "the task table", "the plan's task list", in Vietnamese. */
const whereText = (where: string) =>
  where
    .replace(/^section /u, 'mục ')
    .replace(/^the task table$/u, 'bảng nhiệm vụ')
    .replace(/^the plan's task list$/u, 'danh sách nhiệm vụ của kế hoạch');

/** The limit passed, in Vietnamese: "25000 nested list or quote markers", "a line of 50027 characters", "HTML nested 64 deep in a table cell". */
function overLimitText(what: string): string {
  return what
    .replace(/^(\d+) nested list or quote markers$/u, '$1 dấu danh sách hoặc trích dẫn lồng nhau')
    .replace(/^a line of (\d+) characters$/u, 'dòng dài $1 ký tự')
    .replace(/^a table cell of (\d+) characters$/u, 'ô bảng dài $1 ký tự')
    .replace(/^HTML nested (\d+) deep in a table cell$/u, 'HTML lồng $1 tầng trong một ô bảng');
}
