// Each OCR'd word's confidence, carried from the read stage to the restorer: per line of the text
// the reader made (index = line − 1), one entry per written token of the line, in order; null for a
// line no OCR'd word is on (a blank line, or a reader that has no confidences). A written token is
// a run of characters between spaces and HTML tags ("<p>Sở</p><p>Tư" holds two: the Markdown a
// table cell is written in keeps its paragraphs apart by tags, not spaces). The layout writes the
// arrays (layout/write.ts) and the restorer reads them (restore/ocr-confidence.ts) by this one rule.

/** 0–100 (tesseract's word confidence), per written token of each line. */
export type TokenConfidences = ReadonlyArray<readonly number[] | null>;

/** The written tokens of one line: [start, end) offsets, in order. */
export function writtenTokens(line: string): Array<[number, number]> {
  const tokens: Array<[number, number]> = [];
  const found = /<[^<>]*>|[^\s<]+|</gu;
  for (let m = found.exec(line); m; m = found.exec(line)) {
    if (m[0].startsWith('<') && m[0].endsWith('>') && m[0].length > 1) continue;
    tokens.push([m.index, m.index + m[0].length]);
  }
  return tokens;
}
