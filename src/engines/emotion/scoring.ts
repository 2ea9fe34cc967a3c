import { EKMAN_LABELS, type EmotionLabel } from "./labels.ts";

/** Binary precision, recall and F1 of one class, with its number of gold positives. */
export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Per-class scores plus their plain (unweighted) mean F1. */
export interface MultiLabelReport {
  perClass: Record<EmotionLabel, ClassScore>;
  macroF1: number;
}

/**
 * Binary P/R/F1 from counts; an undefined ratio (nothing predicted, or nothing to find) counts as
 * 0, as scikit-learn's default does and as the GoEmotions paper's numbers assume.
 */
export function binaryScore(tp: number, fp: number, fn: number): ClassScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

/**
 * Score multi-label Ekman predictions the way the GoEmotions paper does: for every class, a
 * binary decision over all examples, then macro-F1 as the plain mean over the seven classes.
 */
export function scoreMultiLabel(
  gold: ReadonlyArray<ReadonlyArray<EmotionLabel>>,
  predicted: ReadonlyArray<ReadonlyArray<EmotionLabel>>,
): MultiLabelReport {
  if (gold.length !== predicted.length) throw new Error("gold and predicted differ in length");
  const perClass = {} as Record<EmotionLabel, ClassScore>;
  let sum = 0;
  for (const label of EKMAN_LABELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!.includes(label);
      const p = predicted[i]!.includes(label);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    perClass[label] = binaryScore(tp, fp, fn);
    sum += perClass[label].f1;
  }
  return { perClass, macroF1: sum / EKMAN_LABELS.length };
}
