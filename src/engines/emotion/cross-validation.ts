import { decisionLogits } from "./analyze.ts";
import type { GoEmotionsExample } from "./dataset.ts";
import { featurizeTokens, type SparseVector } from "./features.ts";
import { NUM_LABELS } from "./labels.ts";
import type { EmotionModel } from "./model.ts";
import { mulberry32, shuffledIndices } from "./rng.ts";
import { scoreMultiLabel } from "./scoring.ts";
import { fitPlatt } from "./thresholds.ts";
import { type Tokenized, tokenize } from "./tokenize.ts";
import { decide, ekmanTargets, fitModel, type TrainingPlan, tuneThresholds } from "./training.ts";

/**
 * Assign each of `n` examples to one of `k` folds, deterministically from `seed`. The examples
 * are shuffled first (GoEmotions files are not in random order by subreddit or time), then dealt
 * round-robin, so fold sizes differ by at most one.
 */
export function assignFolds(n: number, k: number, seed: number): Uint8Array {
  if (!Number.isInteger(k) || k < 2 || k > 255) throw new Error(`k must be an integer in 2..255, got ${k}`);
  if (n < k) throw new Error(`cannot split ${n} examples into ${k} folds`);
  const fold = new Uint8Array(n);
  const order = shuffledIndices(n, mulberry32(seed));
  for (let r = 0; r < n; r++) fold[order[r]!] = r % k;
  return fold;
}

/** Examples tokenised once, so several plans and folds can share the slow part of featurising. */
export interface PreparedData {
  examples: readonly GoEmotionsExample[];
  tokens: readonly Tokenized[];
}

/** What k-fold cross-validation of one plan found. */
export interface CrossValidation {
  /**
   * Macro-F1 of each fold, with thresholds tuned on the out-of-fold logits of the *other* folds,
   * so neither the network nor the decision points ever saw the examples being scored.
   */
  foldF1: number[];
  meanF1: number;
  /** Out-of-fold decision logits for every example (each from the model that did not train on it). */
  oofLogits: Float64Array[];
  /** Per-class thresholds tuned on all out-of-fold logits: what the final model ships with. */
  thresholds: Float32Array;
  /** Per-class (slope, intercept) of P(present | margin over threshold), fitted out of fold. */
  calibration: Float32Array;
}

/**
 * K-fold cross-validation of a training plan on `data` (the training set only: the caller keeps
 * its held-out test set out of here, so choosing settings never looks at it). Each fold's model
 * is trained from scratch on the other folds, with rare buckets pruned by those folds' counts.
 */
export function crossValidate(
  data: PreparedData,
  plan: TrainingPlan,
  options: { k: number; seed: number; log?: (line: string) => void },
): CrossValidation {
  const { examples, tokens } = data;
  const n = examples.length;
  const fold = assignFolds(n, options.k, options.seed);
  const xs: SparseVector[] = tokens.map((t) => featurizeTokens(t, plan.features));
  const oofLogits = new Array<Float64Array>(n);
  for (let f = 0; f < options.k; f++) {
    const inTrain = [...fold.keys()].filter((i) => fold[i] !== f);
    const model = fitModel(
      inTrain.map((i) => xs[i]!),
      inTrain.map((i) => examples[i]!),
      plan,
    );
    for (let i = 0; i < n; i++) if (fold[i] === f) oofLogits[i] = decisionLogits(model, tokens[i]!);
    options.log?.(`  fold ${f + 1}/${options.k} trained on ${inTrain.length}`);
  }
  const foldF1: number[] = [];
  for (let f = 0; f < options.k; f++) {
    const tuneIdx = [...fold.keys()].filter((i) => fold[i] !== f);
    const testIdx = [...fold.keys()].filter((i) => fold[i] === f);
    const { thresholds } = tuneThresholds(
      tuneIdx.map((i) => oofLogits[i]!),
      tuneIdx.map((i) => examples[i]!),
    );
    const report = scoreMultiLabel(
      testIdx.map((i) => examples[i]!.ekman),
      testIdx.map((i) => decide(oofLogits[i]!, thresholds)),
    );
    foldF1.push(report.macroF1);
  }
  const { thresholds } = tuneThresholds(oofLogits, examples);
  const meanF1 = foldF1.reduce((a, b) => a + b, 0) / foldF1.length;
  const y = ekmanTargets(examples);
  const calibration = new Float32Array(2 * NUM_LABELS);
  for (let c = 0; c < NUM_LABELS; c++) {
    const { a, b } = fitPlatt(
      oofLogits.map((z) => z[c]! - thresholds[c]!),
      examples.map((_, i) => y[i * NUM_LABELS + c]!),
    );
    calibration[2 * c] = a;
    calibration[2 * c + 1] = b;
  }
  return { foldF1, meanF1, oofLogits, thresholds, calibration };
}

/**
 * The whole pipeline on the training set alone: k-fold cross-validation of the plan (which also
 * yields out-of-fold logits for every example), then the final network trained on all of it, with
 * thresholds and confidence calibration fitted on the out-of-fold logits. No held-out data is
 * involved, so a test set scored afterwards measures the model honestly.
 */
export function trainEmotionModel(
  train: readonly GoEmotionsExample[],
  plan: TrainingPlan,
  options: {
    k: number;
    foldSeed: number;
    log?: (line: string) => void;
    prepared?: PreparedData;
    /** This plan's cross-validation when it has already been run (by a search). */
    cv?: CrossValidation;
  },
): { model: EmotionModel; cv: CrossValidation } {
  const log = options.log ?? (() => {});
  const data = options.prepared ?? { examples: train, tokens: train.map((e) => tokenize(e.text)) };
  const cv = options.cv ?? crossValidate(data, plan, { k: options.k, seed: options.foldSeed, log });
  log(`cv macro-F1 ${cv.meanF1.toFixed(4)} (folds ${cv.foldF1.map((f) => f.toFixed(4)).join(" ")})`);
  const xs = data.tokens.map((t) => featurizeTokens(t, plan.features));
  const model = fitModel(xs, train, plan, log);
  model.thresholds = cv.thresholds;
  model.calibration = cv.calibration;
  return { model, cv };
}

/** A named variation of the default plan, as tried by the search. */
export interface Candidate {
  name: string;
  plan: TrainingPlan;
}

/**
 * The coarse grid `npm run train:emotion -- --search` cross-validates. Earlier single-split runs
 * (on training data) found epochs, learning rate, minimum document frequency, hidden size, table
 * size and character n-gram range all within noise of each other, so the grid spends its budget
 * on the two axes that moved at all: regularisation (dropout with class balance) and averaging
 * two networks (half as wide, so the shipped model keeps its size and speed).
 */
export function searchGrid(base: TrainingPlan): Candidate[] {
  const vary = (name: string, over: Partial<TrainingPlan>, mlp: Partial<TrainingPlan["mlp"]> = {}) => ({
    name,
    plan: { ...base, ...over, mlp: { ...base.mlp, ...mlp } },
  });
  return [
    vary("h32 ep5 do0.3 bp0.3", {}),
    vary("h32 ep5 do0.5 bp0.5", {}, { dropout: 0.5, balancePower: 0.5 }),
    vary("h16 ep5 do0.3 bp0.3 x2", { members: 2 }, { hidden: 16 }),
  ];
}

/**
 * Cross-validate every candidate on the same folds and return them best first by mean macro-F1.
 * Equal scores go to the earlier, cheaper candidate.
 */
export function searchPlans(
  data: PreparedData,
  candidates: readonly Candidate[],
  options: { k: number; seed: number; log?: (line: string) => void },
): Array<Candidate & { cv: CrossValidation }> {
  const results = candidates.map((c, i) => {
    options.log?.(`[${i + 1}/${candidates.length}] ${c.name}`);
    const cv = crossValidate(data, c.plan, options);
    options.log?.(`  cv macro-F1 ${cv.meanF1.toFixed(4)}`);
    return { ...c, cv, order: i };
  });
  results.sort((a, b) => b.cv.meanF1 - a.cv.meanF1 || a.order - b.order);
  return results.map(({ order: _order, ...r }) => r);
}
