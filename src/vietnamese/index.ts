// Vietnamese syllables: parts, validity, tone placement, stripping, tokens, the inventory.
export { splitSyllable, joinParts, type SyllableParts } from './parts.js';
export { isValidSyllable, parseSyllable } from './valid.js';
export { placeTone, writeSyllable, restoreCase, type ToneStyle } from './place-tone.js';
export { toneOf, removeTone, splitTone, addTone, splitCharTone, TONES, type Tone } from './tone.js';
export { stripDiacritics, hasDiacritics } from './strip.js';
export { tokenize, tokenCount, type Token, type TokenKind } from './tokenize.js';
export { allSyllables, syllableKeys, lexiconOf, inventoryLexicon, type Lexicon } from './inventory.js';
