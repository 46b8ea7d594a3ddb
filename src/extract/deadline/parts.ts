// Cells that give several deliverables their own deadline, each behind a label:
//   - Kế hoạch: chậm nhất trong Quý I/2023; - Báo cáo kết quả thực hiện: định kỳ hàng quý
//   - Tổ chức thực hiện: thường xuyên. - Báo cáo kết quả thực hiện: định kỳ hàng quý.
//   Báo cáo kết quả khảo sát: tháng 12/2023.

export interface LabelledText {
  label: string;
  text: string;
}

// Item breaks: a new line, a ";", or a bullet dash after a space ("… hàng quý - Quyết định …").
// A dash between numbers ("2021 - 2025") is a period, not a bullet.
const ITEM_BREAK = /\n+|;\s*|(?:^|\s)[-+•]\s+(?=\p{L})/u;
const LABEL = /^([^:]*\p{L}[^:]*?)\s*:\s*(\S.*)$/u;

/** The labelled items of a cell, or null when no item carries a label. */
export function labelledParts(text: string): LabelledText[] | null {
  const items = text
    .split(ITEM_BREAK)
    .map((item) => item.replace(/^[-–+•\s]+|[\s.;,]+$/gu, ''))
    .filter(Boolean);
  const parts = items.map((item) => {
    const match = LABEL.exec(item);
    return match ? { label: match[1]!.trim(), text: match[2]!.trim() } : { label: '', text: item };
  });
  return parts.some((p) => p.label) ? parts : null;
}
