// A plan written for these tests in the style of the seeds (an OCR'd provincial
// decision with three appendices), and the CchcDocument a finished pipeline
// would make of it. The text is written restored, with each OCR'd word marked
// `{original|restored|confidence}`: the helper derives the input text (the
// originals) and restoration.changes with their exact line and column.
import { createHash } from 'node:crypto';
import { CchcDocument, SCHEMA_VERSION, type Agency, type Deadline, type Task } from '../../src/schema/document.js';

const MARKED_TEXT = `{UY|ỦY|0.97} BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NINH BÌNH\tĐộc lập - Tự do - Hạnh phúc
{S6|Số|0.99}: 2468/QĐ-UBND\tNinh Bình, ngày 28 tháng 12 năm 2023

{QUYET|QUYẾT|0.98} {PINH|ĐỊNH|0.95}
Ban hành {Ké|Kế|0.93} hoạch cải cách hành chính {nim|năm|0.58} 2024

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
{Can|Căn|0.91} cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;
Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 905/TTr-SNV ngày 20/12/2023.

QUYẾT ĐỊNH:

{Piéu|Điều|0.9} 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2024.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh; Chủ tịch UBND các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.

CHỦ TỊCH
Phạm Quang Minh

KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024
I. MỤC ĐÍCH, YÊU CẦU
1. {Tiép|Tiếp|0.45} tục đẩy mạnh cải cách hành chính gắn với chuyển đổi số, lấy người dân, doanh nghiệp làm trung tâm.
II. MỤC TIÊU
1. Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt tối thiểu 98%.
2. Mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính đạt trên 90%.
3. Chỉ số cải cách hành chính của tỉnh đạt tối thiểu 4,2 điểm trên tổng 5 điểm; 100% hồ sơ được số hóa kết quả giải quyết.

Phụ lục số 01: Các nhiệm vụ trọng tâm về Cải cách thể chế
TT\tNội dung thực hiện\tSản phẩm\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành
1.\tRà soát, {h¢|hệ|0.72} thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành.\tQuyết định công bố kết quả.\tSở Tư pháp\tCác sở, ban, ngành; UBND cấp huyện\tQuý I/2024
2.\tXây dựng Nghị quyết quy định mức chi hỗ trợ cho cán bộ làm công tác một cửa.\tNghị quyết của HĐND tỉnh.\tSở Tư pháp\tSở Tài chính; Sở Nội vụ\tTrước ngày 30/6/2024
3.\tKiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị & báo cáo kết quả.\tBáo cáo <kết quả> kiểm tra.\tSở Nội vụ\tVăn phòng UBND tỉnh\tĐịnh kỳ hằng quý năm 2024
4.\tTheo dõi tình hình thi hành pháp luật trên địa bàn tỉnh.\tBáo cáo.\tCác sở, ban, ngành cấp tỉnh\tSở Tư pháp\tThường xuyên

Phụ lục số 02: Các nhiệm vụ trọng tâm về Cải cách thủ tục hành chính
TT\tNội dung thực hiện\tSản phẩm\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành
1.\tCông bố danh mục thủ tục hành chính được thực hiện trực tuyến toàn trình.\tQuyết định công bố.\tVăn phòng UBND tỉnh\tCác sở, ban, ngành\tTháng 9/2024
2.\tTổ chức Hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nghiệp về thủ tục hành chính.\tHội nghị.\tSở Nội vụ\tVăn phòng UBND tỉnh; Sở Kế hoạch và Đầu tư\tNgày 15/11/2024
3.\tSố hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ phận một cửa các cấp.\tDữ liệu số hóa.\tTrung tâm Phục vụ hành chính công tỉnh\tUBND cấp huyện; UBND cấp xã\tTừ tháng 3 đến tháng 10/2024
4.\tSửa đổi quy chế phối hợp giải quyết thủ tục hành chính liên thông {cip|cấp|0.41} huyện.\tQuy chế sửa đổi.\tVăn phòng UBND tỉnh\tSở Tư pháp\tKhi có văn bản hướng dẫn của Bộ

Phụ lục số 03: Các nhiệm vụ trọng tâm về Chính quyền số
TT\tNội dung thực hiện\tSản phẩm\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành
1.\tNâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.\tHệ thống được nâng cấp.\tSở Thông tin và Truyền thông\tVăn phòng UBND tỉnh\tNăm 2024
2.\tXây dựng Kế hoạch và báo cáo kết quả đánh giá Chỉ số cải cách hành chính.\tKế hoạch; Báo cáo.\tSở Nội vụ\tCác sở, ban, ngành\t- Kế hoạch: Quý I/2024; - Báo cáo: trước ngày 15/11/2024
3.\tTriển khai nền tảng {tich|tích|0.52} hợp, chia sẻ dữ liệu cấp tỉnh.\tNền tảng vận hành.\tUBND cấp huyện\tSở Thông tin và Truyền thông\tTheo tiến độ
4.\tBố trí kinh phí thực hiện các nhiệm vụ chuyển đổi số.\tDự toán được giao.\tSở Tài chính\tSở Kế hoạch và Đầu tư\t
5.\tBáo cáo tình hình an toàn thông tin mạng.\tBáo cáo.\tSở Thông tin và Truyền thông\tCông an tỉnh\tĐịnh kỳ 6 tháng
`;

export interface PlanFixture {
  /** The input text: what the OCR gave (original words). */
  input: string;
  /** The text as a reader would restore it. */
  restored: string;
  doc: CchcDocument;
}

const MARK = /\{([^|{}]*)\|([^|{}]*)\|([0-9.]+)\}/g;

function unmark(marked: string) {
  const inputLines: string[] = [];
  const restoredLines: string[] = [];
  const changes: CchcDocument['restoration']['changes'] = [];
  marked.split('\n').forEach((line, i) => {
    let input = '';
    let restored = '';
    let last = 0;
    for (const m of line.matchAll(MARK)) {
      input += line.slice(last, m.index);
      restored += line.slice(last, m.index);
      changes.push({ line: i + 1, column: input.length + 1, original: m[1]!, restored: m[2]!, confidence: Number(m[3]) });
      input += m[1]!;
      restored += m[2]!;
      last = m.index + m[0].length;
    }
    inputLines.push(input + line.slice(last));
    restoredLines.push(restored + line.slice(last));
  });
  return { input: inputLines.join('\n'), restored: restoredLines.join('\n'), changes };
}

const agency = (name: string, canonical: string | null = name, level: Agency['level'] = 'tinh'): Agency => ({
  name,
  canonical,
  id: canonical ? canonical.toLowerCase().replace(/\s+/g, '-') : null,
  level,
});
const SO_TU_PHAP = agency('Sở Tư pháp');
const SO_NOI_VU = agency('Sở Nội vụ');
const SO_TAI_CHINH = agency('Sở Tài chính');
const SO_KHDT = agency('Sở Kế hoạch và Đầu tư');
const SO_TTTT = agency('Sở Thông tin và Truyền thông');
const VP_UBND = agency('Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh');
const TTPVHCC = agency('Trung tâm Phục vụ hành chính công tỉnh');
const CONG_AN = agency('Công an tỉnh');
const CAC_SO = agency('Các sở, ban, ngành', null, 'tinh');
const CAC_SO_CAP_TINH = agency('Các sở, ban, ngành cấp tỉnh', null, 'tinh');
const UBND_HUYEN = agency('UBND cấp huyện', 'Ủy ban nhân dân cấp huyện', 'huyen');
const UBND_XA = agency('UBND cấp xã', 'Ủy ban nhân dân cấp xã', 'xa');

type DeadlineInput = Partial<Deadline> & Pick<Deadline, 'text' | 'kind'>;
const deadline = (d: DeadlineInput): Deadline => ({ start: null, end: null, recurrence: null, condition: null, parts: [], ...d });

interface Row {
  appendix: string;
  ordinal: string;
  lead: Agency[];
  cooperating: Agency[];
  deadline: Deadline | null;
  confidence?: number;
}

const ROWS: Row[] = [
  {
    appendix: '01',
    ordinal: '1',
    lead: [SO_TU_PHAP],
    cooperating: [CAC_SO, UBND_HUYEN],
    deadline: deadline({ text: 'Quý I/2024', kind: 'quarter', start: '2024-01-01', end: '2024-03-31' }),
  },
  {
    appendix: '01',
    ordinal: '2',
    lead: [SO_TU_PHAP],
    cooperating: [SO_TAI_CHINH, SO_NOI_VU],
    deadline: deadline({ text: 'Trước ngày 30/6/2024', kind: 'before', end: '2024-06-30' }),
  },
  {
    appendix: '01',
    ordinal: '3',
    lead: [SO_NOI_VU],
    cooperating: [VP_UBND],
    deadline: deadline({
      text: 'Định kỳ hằng quý năm 2024',
      kind: 'recurring',
      start: '2024-01-01',
      end: '2024-12-31',
      recurrence: 'quarterly',
    }),
  },
  {
    appendix: '01',
    ordinal: '4',
    lead: [CAC_SO_CAP_TINH],
    cooperating: [SO_TU_PHAP],
    deadline: deadline({ text: 'Thường xuyên', kind: 'ongoing' }),
  },
  {
    appendix: '02',
    ordinal: '1',
    lead: [VP_UBND],
    cooperating: [CAC_SO],
    deadline: deadline({ text: 'Tháng 9/2024', kind: 'month', start: '2024-09-01', end: '2024-09-30' }),
  },
  {
    appendix: '02',
    ordinal: '2',
    lead: [SO_NOI_VU],
    cooperating: [VP_UBND, SO_KHDT],
    deadline: deadline({ text: 'Ngày 15/11/2024', kind: 'date', start: '2024-11-15', end: '2024-11-15' }),
  },
  {
    appendix: '02',
    ordinal: '3',
    lead: [TTPVHCC],
    cooperating: [UBND_HUYEN, UBND_XA],
    deadline: deadline({ text: 'Từ tháng 3 đến tháng 10/2024', kind: 'range', start: '2024-03-01', end: '2024-10-31' }),
  },
  {
    appendix: '02',
    ordinal: '4',
    lead: [VP_UBND],
    cooperating: [SO_TU_PHAP],
    deadline: deadline({ text: 'Khi có văn bản hướng dẫn của Bộ', kind: 'conditional', condition: 'văn bản hướng dẫn của Bộ' }),
    confidence: 0.9,
  },
  {
    appendix: '03',
    ordinal: '1',
    lead: [SO_TTTT],
    cooperating: [VP_UBND],
    deadline: deadline({ text: 'Năm 2024', kind: 'year', start: '2024-01-01', end: '2024-12-31' }),
  },
  {
    appendix: '03',
    ordinal: '2',
    lead: [SO_NOI_VU],
    cooperating: [CAC_SO],
    deadline: deadline({
      text: '- Kế hoạch: Quý I/2024; - Báo cáo: trước ngày 15/11/2024',
      kind: 'range',
      start: '2024-01-01',
      end: '2024-11-15',
      parts: [
        {
          label: 'Kế hoạch',
          text: 'Quý I/2024',
          kind: 'quarter',
          start: '2024-01-01',
          end: '2024-03-31',
          recurrence: null,
          condition: null,
        },
        {
          label: 'Báo cáo',
          text: 'trước ngày 15/11/2024',
          kind: 'before',
          start: null,
          end: '2024-11-15',
          recurrence: null,
          condition: null,
        },
      ],
    }),
  },
  {
    appendix: '03',
    ordinal: '3',
    lead: [UBND_HUYEN],
    cooperating: [SO_TTTT],
    deadline: deadline({ text: 'Theo tiến độ', kind: 'unknown' }),
    confidence: 0.65,
  },
  { appendix: '03', ordinal: '4', lead: [SO_TAI_CHINH], cooperating: [SO_KHDT], deadline: null },
  {
    appendix: '03',
    ordinal: '5',
    lead: [SO_TTTT],
    cooperating: [CONG_AN],
    deadline: deadline({ text: 'Định kỳ 6 tháng', kind: 'recurring', recurrence: 'every 6 months' }),
  },
];

export function planFixture(): PlanFixture {
  const { input, restored, changes } = unmark(MARKED_TEXT);
  const lines = restored.split('\n');
  const lineOf = (prefix: string, after = 0): number => {
    const i = lines.findIndex((l, n) => n >= after && l.startsWith(prefix));
    if (i < 0) throw new Error(`fixture: no line starts with ${prefix}`);
    return i + 1;
  };
  const span = (line: number) => ({ startLine: line, endLine: line });

  const tasks: Task[] = ROWS.map((row) => {
    const appendixLine = lineOf(`Phụ lục số ${row.appendix}`);
    const line = lineOf(`${row.ordinal}.\t`, appendixLine);
    const cells = lines[line - 1]!.split('\t');
    return {
      id: `${row.appendix}/${row.ordinal}`,
      appendix: row.appendix,
      ordinal: row.ordinal,
      content: cells[1]!,
      target: null,
      products: cells[2]!
        .split(';')
        .map((p) => p.trim())
        .filter(Boolean),
      lead: row.lead,
      cooperating: row.cooperating,
      deadline: row.deadline,
      confidence: row.confidence ?? 1,
      reader: 'tab-led-cells',
      source: span(line),
    };
  });

  const targetsLine = lineOf('II. MỤC TIÊU');
  const target = (id: string, metrics: CchcDocument['targets'][number]['metrics']) => {
    const line = lineOf(`${id}. `, targetsLine);
    return { id: `2.${id}`, text: lines[line - 1]!.slice(id.length + 2), metrics, source: span(line) };
  };

  const doc = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: 'ninh-binh-2024.txt',
      format: 'text',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(input),
      sha256: createHash('sha256').update(input).digest('hex'),
    },
    decision: {
      number: '2468/QĐ-UBND',
      date: '2023-12-28',
      place: 'Ninh Bình',
      authority: 'Ủy ban nhân dân tỉnh Ninh Bình',
      title: 'Ban hành Kế hoạch cải cách hành chính năm 2024',
      signer: 'Phạm Quang Minh',
      legalBases: ['Căn cứ Luật', 'Căn cứ Nghị quyết'].map((start) => ({ text: lines[lineOf(start) - 1]!, source: span(lineOf(start)) })),
      source: span(1),
      articles: [1, 2, 3].map((n) => {
        const line = lineOf(`Điều ${n}.`);
        return { number: n, text: lines[line - 1]!.replace(/^Điều \d+\. /, ''), source: span(line) };
      }),
    },
    targets: [
      target('1', [{ value: 98, unit: '%', comparator: '>=', subject: 'hồ sơ giải quyết đúng hạn', outOf: null }]),
      target('2', [{ value: 90, unit: '%', comparator: '>', subject: 'mức độ hài lòng', outOf: null }]),
      target('3', [
        { value: 4.2, unit: 'điểm', comparator: '>=', subject: 'Chỉ số cải cách hành chính', outOf: 5 },
        { value: 100, unit: '%', comparator: '=', subject: 'hồ sơ được số hóa', outOf: null },
      ]),
    ],
    tasks,
    citations: [
      {
        type: 'Nghị quyết',
        number: '76/NQ-CP',
        date: '2021-07-15',
        issuer: 'Chính phủ',
        text: 'Nghị quyết số 76/NQ-CP ngày 15/7/2021',
        source: span(lineOf('Căn cứ Nghị quyết')),
      },
    ],
    restoration: { mode: 'auto', applied: true, diacriticShare: 0.91, changes },
    diagnostics: [
      {
        message: 'table row rebuilt from interleaved OCR columns; check the agencies',
        ruleId: 'segment:table-rebuilt',
        severity: 'warning',
        line: tasks[10]!.source.startLine,
        column: 1,
      },
      {
        message: 'deadline "Theo tiến độ" has no date',
        ruleId: 'extract:deadline-unknown',
        severity: 'info',
        line: tasks[10]!.source.startLine,
        column: 120,
      },
      {
        message: 'appendix row has an empty deadline cell',
        ruleId: 'extract:deadline-missing',
        severity: 'warning',
        line: tasks[11]!.source.startLine,
        column: 1,
      },
      {
        message: 'low-confidence restoration of "cip"',
        ruleId: 'restore:low-confidence',
        severity: 'info',
        line: changes.find((c) => c.original === 'cip')!.line,
        column: changes.find((c) => c.original === 'cip')!.column,
      },
      { message: 'the plan names no funding source', ruleId: 'extract:no-funding', severity: 'info', line: null, column: null },
    ],
  };
  return { input, restored, doc: CchcDocument.parse(doc) };
}
