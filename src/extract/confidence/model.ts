// A field's confidence: a logistic model over its evidence (features.ts), one per field, its
// weights learned from the development gold by scripts/build-field-confidence.ts (weights.ts).
// The output is the estimated chance that the field is right; below its field's threshold it is flagged.
import type { FieldName } from './features.js';

export interface FieldWeights {
  bias: number;
  weights: Record<string, number>;
}

export interface FieldModel {
  /** A field whose confidence is below its field's threshold is flagged for review. */
  thresholds: Record<FieldName, number>;
  fields: Record<FieldName, FieldWeights>;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Chance the field is right, and each feature's pull on the log-odds (negative: it lowered it). */
export function score(model: FieldWeights, features: Record<string, number>): { confidence: number; pulls: Array<[string, number]> } {
  let z = model.bias;
  const pulls: Array<[string, number]> = [];
  for (const [name, value] of Object.entries(features)) {
    const pull = (model.weights[name] ?? 0) * value;
    if (pull !== 0) pulls.push([name, pull]);
    z += pull;
  }
  return { confidence: sigmoid(z), pulls };
}
