// Broader signs, each the union of narrower ones that say the same thing about a field. A narrow sign
// seen on the wrong values of one collection alone earns no weight when that collection is left out of
// the fit (scripts/build-field-confidence.ts keeps a sign only where it fires on wrong values of two
// texts); its family recurs across collections, and carries what the narrow ones share to documents
// whose narrow signs the fit never saw. The narrow signs keep their own weights beside it.
import type { FieldName } from './features.js';

/** The families of each field: a family fires (1) where any of its members fires. */
export const SIGN_FAMILIES: Partial<Record<FieldName, Record<string, readonly string[]>>> = {
  // Another cell, a heading, a second item or the plan's closing ran into the task text.
  content: {
    'content:run-in': [
      'content:seam',
      'content:tail-after-stop',
      'content:ends-on-agency',
      'content:bare-date',
      'content:inner-numbering',
      'content:ends-plan',
      'content:closing-inside',
      'content:field-label',
      'content:unbalanced-marks',
    ],
  },
  // An agency name that stops before its end: a bare head word, a head or half a pair at its end, a phrase left open.
  // The page prints more of the lead than was read: the text's subject, the name going on, a column left empty.
  lead: {
    'agency:cut-short': ['agency:bare-head', 'agency:cut-name', 'agency:open-end'],
    'lead:more-printed': [
      'lead:subject-in-content',
      'lead:runs-on',
      'lead:empty-with-caption',
      'agency:empty-among-filled',
      'agency:cut-name',
    ],
  },
  // The page says more of the deadline than was read: a deadline the text binds, an empty column, a second phrase.
  deadline: {
    'deadline:more-printed': [
      'deadline:bound-in-content',
      'deadline:empty-with-caption',
      'deadline:other-beside',
      'deadline:second-phrase',
    ],
  },
  cooperating: { 'agency:cut-short': ['agency:bare-head', 'agency:cut-name', 'agency:open-end'] },
};

/** The field's features with its families beside them. */
export function withFamilies(field: FieldName, features: Record<string, number>): Record<string, number> {
  const families = SIGN_FAMILIES[field];
  if (!families) return features;
  const out = { ...features };
  for (const [family, members] of Object.entries(families)) out[family] = members.some((m) => (features[m] ?? 0) > 0) ? 1 : 0;
  return out;
}
