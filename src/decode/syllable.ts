// Does a word look like a Vietnamese syllable? Used to score candidate
// decodings of legacy bytes: the right encoding turns most words into valid
// syllables, a wrong one into `céng`, `hßa`, `chñ`. Onsets and rhymes are the
// standard inventory, written without tones (tones are checked apart).
const ONSETS = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'qu',
  'th',
  'tr',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];

// Rhymes without tone, grouped by their first vowel.
const RHYMES = `
a ai ao au ay am an ang anh ac ach ap at
ă ăm ăn ăng ăc ăp ăt
â âu ây âm ân âng âc âp ât
e eo em en eng ec ep et
ê êu êm ên ênh êch êp êt
i ia iu im in inh ich ip it iêu iêm iên iêng iêc iêp iêt
o oa oai oao oay oam oan oang oanh oac oach oap oat oăm oăn oăng oăc oăt oe oeo oen oet oi om on ong oc op ot oong ooc
ô ôi ôm ôn ông ôc ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uân uâng uât uây uê uêch uênh uêt ui um un ung uc up ut uy uya uyên uyêt uynh uych uyt uyu uơ uôi uôm uôn uông uôc uôt uôi
ư ưa ưi ưu ưng ưc ưt ưm ưn ươi ươu ươm ươn ương ươc ươp ươt
y yêu yên yêm yêt
`
  .trim()
  .split(/\s+/);

const RHYME_SET = new Set(RHYMES);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Strip the five tone marks, keep the vowel marks (â ă ê ô ơ ư đ). */
function toneless(word: string): { base: string; tones: number } {
  const nfd = word.normalize('NFD');
  const tones = nfd.match(TONE_MARKS)?.length ?? 0;
  return { base: nfd.replace(TONE_MARKS, '').normalize('NFC'), tones };
}

// Words repeat a lot in a document: remember the answers (bounded).
const known = new Map<string, boolean>();

export function isVietnameseSyllable(word: string): boolean {
  let answer = known.get(word);
  if (answer === undefined) {
    answer = checkSyllable(word);
    if (known.size > 50_000) known.clear();
    known.set(word, answer);
  }
  return answer;
}

function checkSyllable(word: string): boolean {
  const { base, tones } = toneless(word.toLowerCase());
  if (tones > 1 || !/^[a-zđăâêôơư]+$/.test(base)) return false;
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    if (RHYME_SET.has(rhyme)) return true;
    // "gi" + rhyme starting with i ("gì" = g + ì) is covered by onset "g".
  }
  return false;
}

// Frequent words of administrative Vietnamese (our own short list).
export const FREQUENT_WORDS = new Set(
  `
có của và các được năm thực hiện trong cho với theo là một những không này đã về
tỉnh ủy ban nhân dân quyết định kế hoạch cải cách hành chính cơ quan đơn vị sở huyện
xã công tác nâng cao chất lượng hiệu quả triển khai chủ trì phối hợp thời gian hoàn thành
điều người việc ngày tháng quý đến tại đảm bảo nhiệm vụ phát triển quản lý nhà nước
số tổ chức cộng hòa hội nghĩa việt nam độc lập tự do hạnh phúc thủ tướng chính phủ
căn cứ luật nghị sửa đổi bổ sung văn bản pháp dịch trực tuyến kiểm tra báo cáo
`
    .trim()
    .split(/\s+/),
);
