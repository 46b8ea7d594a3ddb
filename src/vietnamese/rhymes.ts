// The rhymes (vần) of Vietnamese, without tone: glide? + nucleus + coda?.
// Written out rather than generated, so that a reader can check them against a grammar.

/** Rhymes with no glide. "iê…" rhymes are spelled "yê…" when there is no onset. */
export const PLAIN_RHYMES = `
a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
y yêm yên yêt yêu
o oc oi om on ong op ot ooc oong
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
`
  .trim()
  .split(/\s+/);

/** Rhymes opening with the glide o: hoa, khoe, xoay, hoặc. */
export const O_GLIDE_RHYMES = `
oa oac oach oai oam oan oang oanh oao oap oat oay
oăc oăm oăn oăng oăt
oe oen oeo oet
`
  .trim()
  .split(/\s+/);

/** Rhymes opening with the glide u: thuế, tuy, khuya, tuần, huơ. */
export const U_GLIDE_RHYMES = `
uân uâng uât uây
uê uêch uên uênh uêt
uơ
uy uya uych uyên uyêt uynh uyp uyt uyu
`
  .trim()
  .split(/\s+/);

/** What may follow "qu" (whose u is the glide): qua, quăng, quân, que, quê, quy, quyết, quơ, quốc. */
export const AFTER_QU = PLAIN_RHYMES.filter((r) => /^[aăâeêyơô]/.test(r) || r === 'i');

export const CONSONANT_CODAS = ['ng', 'nh', 'ch', 'c', 'm', 'n', 'p', 't'] as const;
