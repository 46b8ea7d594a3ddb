// What a table cell's items are, however the cell was read (a Word file's tree, a printed row).

/**
 * "- A. - B." → ["- A.", "- B."]: dash bullets run together on one line. Only a
 * cell that starts with a bullet is split, and only before a dash followed by a
 * capital, so "kinh tế - xã hội" stays whole.
 */
export function splitDashItems(text: string): string[] {
  if (!/^[-–•]\s/u.test(text)) return [text];
  return text
    .split(/\s(?=[-–•]\s\p{Lu})/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
