// The words agency names are made of: every word of the gazetteer's names and aliases, and the
// words collective and local names are built from ("các đơn vị có liên quan", "UBND cấp xã").
// A word of a printed agency outside them is another cell's or the sentence's text run into the name.
import { GAZETTEER } from '../../knowledge/agencies/index.js';
import { lazy } from '../../lazy.js';

const COLLECTIVE = `các cơ quan đơn vị tổ chức có liên quan khác trực thuộc cấp tỉnh thành phố huyện quận thị xã phường xã đặc khu
  trung ương địa phương ngành đoàn thể ban sở bộ chính trị hội doanh nghiệp cá nhân cộng đồng thuộc và của trên địa bàn
  được giao thành viên chủ trì phối hợp tham gia lực lượng hệ thống chính quyền báo đài nhân dân việt nam quốc gia
  tỉnh ủy thành ủy mặt trận tổ quốc sự nghiệp công lập theo chức năng nhiệm vụ nhà nước khu vực vùng cơ sở ngang
  ngoài phi trong hợp tác pháp chế cán bộ`;

const WORD = /[\p{L}\p{N}]+/gu;
const agencyWords = lazy(
  () => new Set([...GAZETTEER.flatMap((e) => [e.name, ...e.aliases]), COLLECTIVE].flatMap((name) => name.toLowerCase().match(WORD) ?? [])),
);

/** How many words of the name no agency name is made of (place names aside: capitalised words count as the name's own). */
export function foreignWords(name: string): number {
  const known = agencyWords();
  return (name.match(WORD) ?? []).filter((w) => /^\p{Ll}/u.test(w) && !known.has(w)).length;
}

/** The name's last word is one no agency name is made of, in lower case: the sentence after the name was read into it. */
export function endsOnForeignWord(name: string): boolean {
  const last = name.match(WORD)?.pop();
  return last !== undefined && /^\p{Ll}/u.test(last) && !agencyWords().has(last);
}
