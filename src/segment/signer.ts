// The signer: the person's name under the signature block, wherever the document type puts it
// (a QĐ after its articles and "Nơi nhận:", a KH at the end of its body, before the appendices):
//   TM. ỦY BAN NHÂN⏎DÂN⏎KT. CHỦ TỊCH⏎PHÓ CHỦ TỊCH⏎Phạm Văn Thịnh
//   KT. BỘ TRƯỞNG⏎THỨ TRƯỞNG⏎⏎⏎Trương Chí Trung
//   "… TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A KẾ HOẠCH …" (an unwrapped crawl)
import type { LayoutLine } from '../read/layout-line.js';

// A role that signs, in capitals, alone or after "TM."/"KT."/"TL."/"Q.".
const ROLE =
  /(?:^|\s)(?:(?:TM|KT|TL|TUQ|Q)\.\s*)?(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|THỦ\s+TƯỚNG|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|GIÁM\s+ĐỐC|CHÁNH\s+VĂN\s+PHÒNG|(?:TỔNG\s+)?CỤC\s+TRƯỞNG|TRƯỞNG\s+BAN|CHỦ\s+NHIỆM|BÍ\s+THƯ|TỔNG\s+THƯ\s+KÝ|THỐNG\s+ĐỐC|VIỆN\s+TRƯỞNG|TRƯỞNG\s+PHÒNG|CHÁNH\s+THANH\s+TRA|CHÁNH\s+ÁN|TỔNG\s+KIỂM\s+TOÁN|TRƯỞNG\s+ĐOÀN)(?=\s|$)/u;
// A person's name: 2–5 capitalised syllables ("Phạm Văn Thịnh", "Nguyễn Thị Thu Hà").
const PERSON = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$/u;
// The same at the start of the rest of a glued line, up to the next capitals block or the end.
// The rest of the block may come first, in capitals ("CHỦ TỊCH QUỐC HỘI Nguyễn …").
const PERSON_GLUED =
  /^\s*(?:[\p{Lu}.,-]+\s+)*?(?:\(?[Đđ]ã ký\)?\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}?)(?=\s+\p{Lu}{2,}|\s+\d|\s*$)/u;
// What may stand between the role and the name: the rest of the block in capitals, "(Đã ký)", a seal note.
const BETWEEN = /^(?:[\p{Lu}\s.,-]+|\(?\[?\s*(?:đã ký|ký tên[^)]*|đã ký và đóng dấu)\s*\]?\)?|\(?\s*ký, ghi rõ[^)]*\)?)$/iu;
const LOOKAHEAD = 7;

export interface Signer {
  name: string;
  line: number;
}

/** The first signature block from `from` on (the line after the decision's or plan's last article). */
export function findSigner(lines: LayoutLine[], from = 1): Signer | null {
  const cells = lines.map((line) =>
    /^\s*\||\|\s*$/u.test(line.text) ? { ...line, text: line.text.replace(TABLE_BAR, ' ').trim() } : line,
  );
  return signedByRole(cells, from) ?? signedWithoutRole(cells, from);
}

// A signature block exported inside a table's cell keeps the cell's bars: "Phạm Ngọc Thưởng |",
// "| LÃNH ĐẠO CHI CỤC HẢI QUAN". The bars at either end of a line are no part of the name.
const TABLE_BAR = /^\s*\|\s*|\s*\|\s*$/gu;

function signedByRole(lines: LayoutLine[], from: number): Signer | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.line < from || !line.text) continue;
    const role = line.text.match(ROLE);
    if (!role || role.index === undefined) continue;
    // Glued: the name follows the roles on the same line.
    const rest = line.text.slice(role.index + role[0].length).replace(ROLE_RUN, '');
    const glued = rest.match(PERSON_GLUED);
    if (glued && !isRoleWord(glued[1]!)) return { name: glued[1]!, line: line.line };
    if (rest.trim() && !BETWEEN.test(rest.trim())) continue;
    for (let j = i + 1, seen = 0; j < lines.length && seen < LOOKAHEAD; j++) {
      const next = lines[j]!.text.trim();
      if (!next) continue;
      seen++;
      if (PERSON.test(next) && !isRoleWord(next)) return { name: next, line: lines[j]!.line };
      // A name wrapped after its first syllable: "Phan" ⏎ "Thị Thắng".
      const after =
        lines
          .slice(j + 1)
          .find((l) => l.text.trim())
          ?.text.trim() ?? '';
      if (/^\p{Lu}\p{Ll}+$/u.test(next) && PERSON.test(`${next} ${after}`) && !isRoleWord(next))
        return { name: `${next} ${after}`, line: lines[j]!.line };
      if (!BETWEEN.test(next)) break;
    }
  }
  return null;
}

// "(Đã ký)", "[đã ký]": the print's stand-in for the signature itself.
const SIGNED = /^\(?\[?\s*đã ký\s*\]?\)?$/iu;
// "Nguyễn Văn An (Đã ký)" on one line.
const NAME_SIGNED = /^(?<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s*\(\s*đã ký\s*\)$/iu;
// "(Đã ký) Lê Thành Long" — the note before the name.
const SIGNED_NAME = /^\(\s*[Đđ]ã ký\s*\)\s*(?<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})$/u;

/**
 * A law or a resolution of the National Assembly prints no role over its signer's name: the
 * passing formula ("Luật này đã được Quốc hội … thông qua ngày …") and then the name beside
 * "(Đã ký)": "Nông Đức Mạnh⏎(Đã ký)", "Nguyễn Văn An (Đã ký)", "Chủ tịch Quốc hội⏎Võ Chí Công⏎(Đã ký)".
 * The name is taken only where "(Đã ký)" stands right beside it.
 */
function signedWithoutRole(lines: LayoutLine[], from: number): Signer | null {
  const texts = lines.filter((l) => l.line >= from && l.text.trim());
  for (const [i, line] of texts.entries()) {
    const text = line.text.trim();
    const glued = text.match(NAME_SIGNED) ?? text.match(SIGNED_NAME);
    if (glued?.groups && !isRoleWord(glued.groups.name!)) return { name: glued.groups.name!, line: line.line };
    if (!SIGNED.test(text)) continue;
    for (const neighbour of [texts[i - 1], texts[i + 1]]) {
      const name = neighbour?.text.trim() ?? '';
      if (PERSON.test(name) && !isRoleWord(name)) return { name, line: neighbour!.line };
    }
  }
  return null;
}

// Further roles glued after the first ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH").
const ROLE_RUN = new RegExp(`^(?:${ROLE.source.replace('(?:^|\\s)', '\\s*')})*`, 'u');
const isRoleWord = (text: string) => /^(Nơi|Phụ|Kính|Điều|Căn|Quyết|Kế|Ban|Thành|Tỉnh|Chương|Mục|Phần|Phụ lục)(?![\p{L}])/u.test(text);

/** A name, not a heading that looks like one ("Chương V", "Phụ lục II"). */
// OCR may misread a letter of the name as a digit ("D6 Minh Tuấn"): it is still the name's place.
export const isPersonName = (text: string) => /^\p{Lu}[\p{Ll}\d]*(?:\s+\p{Lu}\p{Ll}*){1,4}$/u.test(text.trim()) && !isRoleWord(text.trim());
