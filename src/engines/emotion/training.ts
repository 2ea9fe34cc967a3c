import type { GoEmotionsExample } from "./dataset.ts";
import type { FeatureConfig, SparseVector } from "./features.ts";
import { EKMAN_LABELS, type EmotionLabel, NUM_LABELS } from "./labels.ts";
import { type EmotionModel, quantizeTable } from "./model.ts";
import { type MultiLabelReport, scoreMultiLabel } from "./scoring.ts";
import { bestF1Threshold } from "./thresholds.ts";
import { type MlpTrainOptions, trainMlp } from "./train-mlp.ts";

/** Everything the training pipeline needs to know besides the data. */
export interface TrainingPlan {
  features: FeatureConfig;
  /** Network settings; the table size comes from features.bits. */
  mlp: Omit<MlpTrainOptions, "classes" | "bits">;
  /** Buckets seen in fewer training examples than this are dropped (mostly typos and one-offs). */
  minDf: number;
  /** Networks (seeds seed, seed+1, …) whose logits are averaged. */
  members: number;
}

/**
 * The settings that produce the shipped weights: the winner of `train:emotion -- --search`
 * (5-fold CV on train.tsv: dropout 0.5 with class balance 0.5 scored 0.5913, the previous
 * dropout 0.3 / balance 0.3 0.5900, two half-width networks 0.5896).
 */
export const DEFAULT_PLAN: Omit<TrainingPlan, "features"> = {
  minDf: 3,
  members: 1,
  mlp: { hidden: 32, epochs: 5, learningRate: 0.02, balancePower: 0.5, dropout: 0.5, seed: 2 },
};

/** Row-major n × 7 0/1 matrix of Ekman targets. */
export function ekmanTargets(examples: readonly GoEmotionsExample[]): Uint8Array {
  const y = new Uint8Array(examples.length * NUM_LABELS);
  examples.forEach((e, i) => {
    for (const l of e.ekman) y[i * NUM_LABELS + EKMAN_LABELS.indexOf(l)] = 1;
  });
  return y;
}

/**
 * Drop, in place, every feature whose bucket (after folding to `bits`) occurs in fewer than
 * `minDf` training examples. Such buckets are mostly noise; dropping them regularises the model
 * and keeps the shipped table small.
 */
export function pruneRareBuckets(xs: SparseVector[], bits: number, minDf: number): number {
  const mask = (1 << bits) - 1;
  const df = new Uint32Array(1 << bits);
  const seen = new Int32Array(1 << bits).fill(-1);
  xs.forEach((x, i) => {
    for (const b of x.indices) {
      const r = b & mask;
      if (seen[r] !== i) {
        seen[r] = i;
        df[r]!++;
      }
    }
  });
  let kept = 0;
  for (const d of df) if (d >= minDf) kept++;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const keep: number[] = [];
    for (let j = 0; j < x.indices.length; j++) if (df[x.indices[j]! & mask]! >= minDf) keep.push(j);
    xs[i] = {
      indices: Uint32Array.from(keep, (j) => x.indices[j]!),
      values: Float32Array.from(keep, (j) => x.values[j]!),
    };
  }
  return kept;
}

/** Multi-label decisions from decision logits and thresholds, falling back to the best margin. */
export function decide(logits: ArrayLike<number>, thresholds: ArrayLike<number>): EmotionLabel[] {
  const labels = EKMAN_LABELS.filter((_, c) => logits[c]! >= thresholds[c]!);
  if (labels.length > 0) return labels;
  let best = 0;
  for (let c = 1; c < NUM_LABELS; c++) {
    if (logits[c]! - thresholds[c]! > logits[best]! - thresholds[best]!) best = c;
  }
  return [EKMAN_LABELS[best]!];
}

/**
 * Tune one threshold per class for F1 on held-out logits, then score the resulting decisions.
 * Classes are tuned independently because macro-F1 is a mean of per-class F1s.
 */
export function tuneThresholds(
  logits: Float64Array[],
  examples: readonly GoEmotionsExample[],
): { thresholds: Float32Array; report: MultiLabelReport } {
  const y = ekmanTargets(examples);
  const thresholds = new Float32Array(NUM_LABELS);
  for (let c = 0; c < NUM_LABELS; c++) {
    const scores = logits.map((z) => z[c]!);
    const gold = examples.map((_, i) => y[i * NUM_LABELS + c]!);
    thresholds[c] = bestF1Threshold(scores, gold).threshold;
  }
  const report = scoreMultiLabel(
    examples.map((e) => e.ekman),
    logits.map((z) => decide(z, thresholds)),
  );
  return { thresholds, report };
}

/**
 * Train the plan's network(s) on already-featurised examples and quantise them into a model with
 * zero thresholds. Rare buckets are pruned by these examples' own counts, so a cross-validation
 * fold never learns which n-grams occur in the fold held out from it.
 */
export function fitModel(
  vectors: readonly SparseVector[],
  examples: readonly GoEmotionsExample[],
  plan: TrainingPlan,
  log: (line: string) => void = () => {},
): EmotionModel {
  const xs = [...vectors];
  const kept = pruneRareBuckets(xs, plan.features.bits, plan.minDf);
  log(`features: ${xs.length} examples, ${kept} buckets with df >= ${plan.minDf}`);
  const targets = ekmanTargets(examples);
  const members = Array.from({ length: plan.members }, (_, m) => {
    const net = trainMlp(
      xs,
      targets,
      { ...plan.mlp, seed: plan.mlp.seed + m, bits: plan.features.bits, classes: NUM_LABELS },
      (epoch) => log(`member ${m + 1}/${plan.members} epoch ${epoch + 1}/${plan.mlp.epochs} done`),
    );
    return {
      embeddings: quantizeTable(net.embeddings, net.bits, net.hidden),
      hiddenBias: net.hiddenBias,
      output: net.output,
      outputBias: net.outputBias,
    };
  });
  return { features: plan.features, members, thresholds: new Float32Array(NUM_LABELS), meta: {} };
}
