// The deadline vocabulary (./words.ts) and what every stage recognises with it: the extractor's
// cues, the clean layout readers' phrases, the OCR readers' shapes, and quarter numbers.
export * from './words.js';
export { isOngoing } from './cues/ongoing.js';
export { recurrenceOf } from './cues/recurring.js';
export { endsWithBefore, endsWithFrom } from './cues/bound.js';
export { isConditional } from './cues/conditional.js';
export {
  isDeadlineCell,
  isLowerDeadlinePhrase,
  isDeadlineCutBeforeYear,
  isBoundingWords,
  isDateRest,
  withoutNextCell,
  isLabelledDeadlineLine,
  labelledDeadline,
  deadlineIn,
} from './phrases.js';
export { findDeadline, findDeadlines } from './ocr-shapes.js';
export { quarterNumber, romanAsPrinted } from './quarters.js';
