// Honest confidence on every task field (issue 16 §5): each field gets the estimated chance it is
// right, the reasons that lowered it, and a flag when it falls below the review threshold. The
// task's own confidence is then the least sure of its fields, never above what its reader said.
import type { FieldReview, Task, TaskFields } from '../../schema/document.js';
import { FIELD_NAMES, fieldFeatures, reasonOf, type Evidence } from './features.js';
import { score, type FieldModel } from './model.js';
import { FIELD_MODEL } from './weights.js';
import { OCR_FIELD_MODEL } from './ocr-weights.js';

export { fieldFeatures, FIELD_NAMES, isBaseRate, type Evidence, type FieldName } from './features.js';
export { FIELD_MODEL } from './weights.js';
export type { FieldModel, FieldWeights } from './model.js';

/** A pull on the log-odds weaker than this is not worth naming as a reason. */
const REASON_PULL = -0.25;
const round = (x: number) => Math.round(x * 1000) / 1000;

/** The model for a task's fields: rows rebuilt from OCR'd tables have their own (fitted on simulated scans). */
const modelFor = (task: Task): FieldModel => (task.reader.startsWith('ocr-') ? OCR_FIELD_MODEL : FIELD_MODEL);

/**
 * The tasks with their fields rated (`fields`) and `confidence` the least of the fields and the reader's;
 * `only` rates every task with one model instead of each by its reader's.
 */
export function rateTasks(tasks: Task[], evidence: Omit<Evidence, 'tasks'>, only?: FieldModel): Task[] {
  const context: Evidence = { ...evidence, tasks };
  return tasks.map((task) => {
    const model = only ?? modelFor(task);
    const features = fieldFeatures(task, context);
    const entries = FIELD_NAMES.map((name): [string, FieldReview] => {
      const { confidence, pulls } = score(model.fields[name], features[name]);
      const reasons = [
        ...new Set(
          pulls
            .filter(([, pull]) => pull <= REASON_PULL)
            .sort((a, b) => a[1] - b[1])
            .slice(0, 3)
            .map(([feature]) => reasonOf(feature)),
        ),
      ];
      // An estimate, never a certainty that the field is wrong: many doubts together may round to 0.
      const rounded = Math.max(0.001, round(confidence));
      const flagged = rounded < model.thresholds[name];
      // A flagged field always says why: its strongest doubt, however small, or the field's own base rate.
      const weakest = pulls.filter(([, pull]) => pull < 0).sort((a, b) => a[1] - b[1])[0];
      if (flagged && !reasons.length)
        reasons.push(weakest ? reasonOf(weakest[0]) : 'little evidence either way, below the review threshold');
      return [name, { confidence: rounded, flagged, reasons }];
    });
    const fields = Object.fromEntries(entries) as TaskFields;
    const least = Math.min(task.confidence, ...entries.map(([, f]) => f.confidence));
    return { ...task, confidence: round(least), fields };
  });
}

/** The fields of a task flagged for review, in field order. */
export const flaggedFields = (task: Task): string[] => (task.fields ? FIELD_NAMES.filter((name) => task.fields![name].flagged) : []);
