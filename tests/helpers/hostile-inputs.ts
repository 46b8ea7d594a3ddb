// Inputs that once cost the square of their size or worse. The tests check what each one reads as;
// `npm run bench hostile` times them (a figure, so it lives in the bench, not in a test).

/** One OCR'd cell naming several agencies; repeated, it makes a 58 KB cell. */
export const AGENCY_CELL =
  'Sở Nội vụ; UBND cấp huyện; Sở Tư pháp chủ trì phối hợp các sở ban ngành Văn phòng UBND tỉnh Sở Thông tin và Truyền thông ';

export const hugeAgencyCell = (kb = 58) => AGENCY_CELL.repeat(Math.ceil((kb * 1024) / AGENCY_CELL.length));

/** A decision whose one paragraph is wrapped over `count` lines with no full stop, each ending in a hyphen. */
export const WRAPPED_HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2023\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch\n';
export const wrappedLines = (count = 5000) =>
  WRAPPED_HEAD +
  Array.from({ length: count }, (_, i) => `rà soát văn bản quy phạm pháp luật của tỉnh ở dòng ${i} và tiếp-`).join('\n') +
  '\ntục.';

export const MARKDOWN_HEAD =
  '# QUYẾT ĐỊNH\n\n**Số: 12/QĐ-UBND**\n\n**Ban hành Kế hoạch cải cách hành chính năm 2023**\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\n';
export const nestedMarkers = (count = 25_000) => `${MARKDOWN_HEAD}${'- '.repeat(count)}Rà soát thủ tục hành chính.\n`;

const deepTable = (depth: number) => '<table><tr><td>'.repeat(depth) + 'Sở Nội vụ';
/** A task table whose lead cell holds `<table>` nested `depth` deep, as a pipe table and as a tab-separated row. */
export const deepTableInputs = (depth = 10_000) =>
  [
    [
      'pipe.md',
      `${MARKDOWN_HEAD}Phụ lục số I. NHIỆM VỤ\n\n| TT | Nội dung | Chủ trì |\n|---|---|---|\n| 1 | Rà soát thủ tục | ${deepTable(depth)} |\n`,
    ],
    ['tabs.md', `${MARKDOWN_HEAD}Phụ lục số I. NHIỆM VỤ\n\nSTT\tNội dung\tChủ trì\n1\tRà soát thủ tục\t${deepTable(depth)}\n`],
  ] as const;
