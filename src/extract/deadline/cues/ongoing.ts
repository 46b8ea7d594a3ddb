// Ongoing work with no end: "Thường xuyên".

// Thường xuyên  |  thường xuyên theo Kế hoạch của UBND tỉnh  |  Thường xuyên, từ năm 2012  |  liên tục
const PATTERN = /^(?:thường\s+xuyên|liên\s+tục|hằng\s+ngày|hàng\s+ngày)(?![\p{L}])/iu;

export function isOngoing(text: string): boolean {
  return PATTERN.test(text);
}
