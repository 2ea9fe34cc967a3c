import { describe, expect, it } from "vitest";
import { analyzeWithModel } from "../../src/engines/emotion/analyze.ts";
import { assignFolds, crossValidate, searchGrid } from "../../src/engines/emotion/cross-validation.ts";
import type { GoEmotionsExample } from "../../src/engines/emotion/dataset.ts";
import { DEFAULT_FEATURE_CONFIG, featurizeTokens } from "../../src/engines/emotion/features.ts";
import { EKMAN_LABELS } from "../../src/engines/emotion/labels.ts";
import { mulberry32 } from "../../src/engines/emotion/rng.ts";
import { scoreMultiLabel } from "../../src/engines/emotion/scoring.ts";
import { fitPlatt } from "../../src/engines/emotion/thresholds.ts";
import { tokenize } from "../../src/engines/emotion/tokenize.ts";
import { DEFAULT_PLAN, decide, fitModel, type TrainingPlan } from "../../src/engines/emotion/training.ts";

describe("fold assignment", () => {
  it("splits the examples it is given, and only those, into k disjoint near-equal folds", () => {
    const fold = assignFolds(1003, 5, 7);
    expect(fold.length).toBe(1003);
    const sizes = [0, 0, 0, 0, 0];
    for (const f of fold) sizes[f]!++;
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1003);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it("is deterministic for a seed, shuffles, and differs between seeds", () => {
    expect(assignFolds(500, 5, 7)).toEqual(assignFolds(500, 5, 7));
    expect(assignFolds(500, 5, 7)).not.toEqual(assignFolds(500, 5, 8));
    // Not dealt in file order: neighbouring lines (often one thread or subreddit) are spread out.
    const fold = assignFolds(500, 5, 7);
    const inOrder = [...fold].every((f, i) => f === i % 5);
    expect(inOrder).toBe(false);
  });

  it("refuses splits that cannot be made", () => {
    expect(() => assignFolds(3, 5, 1)).toThrow(/cannot split/);
    expect(() => assignFolds(100, 1, 1)).toThrow(/k must be/);
  });
});

// A data set that can only be memorised: every message is made of words no other message has,
// and its label is random. An honest out-of-fold estimate is near chance; one that leaked the
// scored fold into training would look excellent.
function memorisable(n: number): GoEmotionsExample[] {
  const rand = mulberry32(11);
  const word = () =>
    Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join("");
  return Array.from({ length: n }, () => {
    const label = EKMAN_LABELS[Math.floor(rand() * EKMAN_LABELS.length)]!;
    return { text: `${word()} ${word()} ${word()}`, fine: [], ekman: [label] };
  });
}

const tinyPlan: TrainingPlan = {
  ...DEFAULT_PLAN,
  minDf: 1,
  features: { ...DEFAULT_FEATURE_CONFIG, bits: 16 },
  mlp: { ...DEFAULT_PLAN.mlp, hidden: 8, epochs: 8, learningRate: 0.1, dropout: 0 },
};

describe("cross-validation", () => {
  const examples = memorisable(420);
  const tokens = examples.map((e) => tokenize(e.text));

  it("scores every example with a model that never saw it", () => {
    const cv = crossValidate({ examples, tokens }, tinyPlan, { k: 3, seed: 5 });
    expect(cv.oofLogits).toHaveLength(examples.length);
    expect(cv.foldF1).toHaveLength(3);
    // Chance for seven balanced classes is about 1/7 per class.
    expect(cv.meanF1).toBeLessThan(0.3);

    // The same network scored on its own training data memorises it: the gap is what a leak
    // would have hidden.
    const model = fitModel(
      tokens.map((t) => featurizeTokens(t, tinyPlan.features)),
      examples,
      tinyPlan,
    );
    const inSample = scoreMultiLabel(
      examples.map((e) => e.ekman),
      examples.map((e) => analyzeWithModel(model, e.text).labels),
    );
    expect(inSample.macroF1).toBeGreaterThan(0.6);
    expect(decide(cv.oofLogits[0]!, cv.thresholds).length).toBeGreaterThan(0);
  });

  it("searches a coarse grid of variations of the base plan", () => {
    const grid = searchGrid({ ...DEFAULT_PLAN, features: DEFAULT_FEATURE_CONFIG });
    expect(grid.length).toBeGreaterThanOrEqual(2);
    expect(grid.length).toBeLessThanOrEqual(4);
    expect(new Set(grid.map((c) => c.name)).size).toBe(grid.length);
  });
});

describe("confidence calibration", () => {
  it("recovers the slope and intercept of a logistic relation", () => {
    const rand = mulberry32(3);
    const margins: number[] = [];
    const gold: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const m = rand() * 8 - 4;
      margins.push(m);
      gold.push(rand() < 1 / (1 + Math.exp(-(2 * m - 0.5))) ? 1 : 0);
    }
    const { a, b } = fitPlatt(margins, gold);
    expect(a).toBeCloseTo(2, 0);
    expect(b).toBeCloseTo(-0.5, 0);
  });
});
