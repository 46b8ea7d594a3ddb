// The words a task table's column header prints: "TT | Nội dung thực hiện | Sản phẩm/Kết quả | Cơ quan
// chủ trì | Cơ quan phối hợp | Thời gian hoàn thành", and the other names plans give these columns
// ("Nhiệm vụ cụ thể", "Đơn vị thực hiện", "Tiến độ", "Dự kiến …"). One vocabulary for every reader
// that tells a header line from a row: the OCR'd table readers and the plan-line accounting.

/** Folded words of column headers ("stan": the OCR's reading of "STT"). */
export const TABLE_HEADER_WORDS: ReadonlySet<string> = new Set(
  (
    'stt tt so stan noi dung nhiem vu cu the cong viec giai phap ten hoat co quan don vi chu tri thuc hien phoi hop ' +
    'thoi gian han hoan thanh tien do san pham ket qua du kien'
  ).split(' '),
);

/** A column's caption, folded, as a cell of its own ("noi dung thuc hien", "co quan chu tri", "ghi chu"). */
export const TABLE_CAPTION_CELL =
  /^(?:s?tt|noi dung\b.*|nhiem vu\b.*|san pham\b.*|ket qua\b.*|co quan (?:chu tri|phoi hop|thuc hien)\b.*|don vi (?:chu tri|phoi hop|thuc hien)\b.*|thoi gian\b.*|ghi chu|tien do\b.*)$/u;
