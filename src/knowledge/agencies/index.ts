// What cchc knows of the state's agencies, for every stage: the gazetteer (names, aliases, levels),
// the lookup of a printed name in it, and the words an agency name starts with.
export { GAZETTEER, type GazetteerEntry } from './gazetteer.js';
export { aliasSpellings, lookupAgency } from './lookup.js';
export { agencyKey, bareKey, foldTones } from './normalize.js';
export { isTwoWordHead, sharedHead, startsWithHead } from './heads.js';
export { levelFromName } from './level.js';
