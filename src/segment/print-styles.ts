// Two ways of printing that carry no structure, written one way before anything reads the lines.
// List markers are printed in several styles for the same structure (LAYOUTS.md §0, §6-§8): a
// number closed by a dot, a parenthesis or a slash ("1.", "1)", "1/", "2.1)"), a letter by a
// parenthesis, a slash or a dot ("a)", "a/", "a."), a bullet as a hyphen, an en or em dash, a dot
// or a star ("-", "–", "•", "*"). Every reader and the unwrapping pass read one style: "1.", "a)",
// "-". And in clean text, a run of spaces or a tab between words is one space (an OCR's text keeps
// its runs: they are the gaps between a table's columns, ./ocr/lead-column.ts).
// Invariant: only the marker's characters at the line's start and the spaces change; the line's
// number and every word stay as printed. Table rows with cells of their own, and tab-led cells,
// are left alone.
import type { LayoutLine } from '../read/layout-line.js';

// "1)", "2.1/", "3)" alone (a marker waiting for its line): a number closed by ")" or "/", then a space or the end.
const NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3})[)/](?:[ \t]+|$)/u;
// "a/", "b." with text after it or alone; "a)" is the style itself.
const LETTER = /^([a-zđ])[/.](?:[ \t]+|$)/u;
// "–", "—", "•", "*", "·", "▪", "●", "○", "◦", "" (Word's symbol-font bullet) with text after it.
const BULLET = /^[–—•*·▪●○◦\uf0b7\uf0a7](?:[ \t]+)(?=\S)/u;
// The styles themselves, with a tab or several spaces after the marker.
const SPACED =
  /^((?:\d{1,2}(?:\.\d{1,2}){0,3}\.|[IVX]{1,5}\.|[a-zđ]\)|[-+]))[ \t]{2,}|^((?:\d{1,2}(?:\.\d{1,2}){0,3}\.|[IVX]{1,5}\.|[a-zđ]\)|[-+]))\t/u;

export function markerStyle(text: string): string {
  return text
    .replace(NUMBER, (all, number: string) => (all.length > number.length + 1 ? `${number}. ` : `${number}.`))
    .replace(LETTER, (all, letter: string) => (all.length > 2 ? `${letter}) ` : `${letter})`))
    .replace(BULLET, '- ')
    .replace(SPACED, (_, a: string | undefined, b: string | undefined) => `${a ?? b} `);
}

const SPACES = /[ \t]*\t[ \t]*| {2,}/gu;

export function printStyles(lines: readonly LayoutLine[], { clean }: { clean: boolean }): LayoutLine[] {
  return lines.map((line) => {
    if (line.cells || line.tabLed || !line.text) return line;
    const text = markerStyle(clean ? line.text.replace(SPACES, ' ') : line.text);
    return text === line.text ? line : { ...line, text };
  });
}
