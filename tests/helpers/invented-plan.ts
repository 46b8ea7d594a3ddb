// The heading and the signature of a provincial plan as the tests invent them (the shapes every
// UBND plan prints: the authority over its province, the national motto, the number, the place and
// date, and the deputy chairman signing for the committee).

/** The heading lines of a plan of the people's committee of `place`'s province, each ending in a newline. */
export function provincialHeading({ place, number, dated }: { place: string; number: string; dated: string }): string {
  return `ỦY BAN NHÂN DÂN
TỈNH ${place.toLocaleUpperCase('vi')}
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: ${number}
${place}, ${dated}
`;
}

/** The recipients and a deputy chairman's signature for the committee, each line ending in a newline. */
export function deputySignature(name: string): string {
  return `Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
${name}
`;
}
