// Made-up OCR'd text shared by tests of the restorer's correction and of the OCR'd table readers.

/**
 * `line` between two lines that show signs of OCR (a syllable glued to its number, case changing
 * inside a word), so that auto mode corrects the text it stands in.
 */
export const amongOcrSigns = (line: string): string =>
  [
    'Căn cứ Quyết định số 12/QĐ-UBND ngày 05 tháng11 năm 2024 của Ủy ban nhân dân tỉnh;',
    line,
    'Kinh phí thực hiện do ngân sách Nhà nƯƠC bảo đảm.',
  ].join('\n');

/** The first page of an OCR'd ruled task table, read across (cells parted by "|"): its header and two rows. */
export const ruledTableFirstPage = (appendix: string): string => `PHỤ LỤC ${appendix}
CÁC NHIỆM VỤ TRỌNG TÂM
(Kèm theo Kế hoạch số 45/KH-UBND ngày 2 tháng 6 năm 2025)

Nội dung thực hiện | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành

Xây dựng cơ sở dữ liệu cán bộ, công chức |Sở Nội vụ |Các sở, ban, Quý III/2025
của tỉnh, kết nối với hệ thống quốc gia. ngành
Rà soát quy trình nội bộ giải quyết thủ tục |Sở Tư pháp |Các cơ quan liên Năm 2025
hành chính của các cơ quan chuyên môn. quan
`;
