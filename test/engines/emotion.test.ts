import { statSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createEmotionEngine,
  decodeModel,
  EKMAN_LABELS,
  type EmotionLabel,
  encodeModel,
  loadDefaultModel,
} from "../../src/engines/emotion/index.ts";
import { binaryScore, scoreMultiLabel } from "../../src/engines/emotion/scoring.ts";
import { bestF1Threshold } from "../../src/engines/emotion/thresholds.ts";
import { tokenize } from "../../src/engines/emotion/tokenize.ts";
import { DEFAULT_WEIGHTS_URL } from "../../src/engines/emotion/weights-io.ts";

const engine = createEmotionEngine();

describe("emotion engine on clear messages", () => {
  it("reads plain joy", () => {
    const a = engine.analyze("I'm so happy today!");
    expect(a.dominant).toBe("joy");
    expect(a.labels).toContain("joy");
    expect(a.valence).toBeGreaterThan(0.3);
  });

  it("does not read negated joy as joy", () => {
    const a = engine.analyze("I am not happy at all");
    expect(a.dominant).not.toBe("joy");
    expect(a.valence).toBeLessThan(0);
    expect(a.scores.joy).toBeLessThan(engine.analyze("I am happy").scores.joy);
  });

  it.each<[string, EmotionLabel]>([
    ["this is disgusting", "disgust"],
    ["I'm really scared of what the test results will say", "fear"],
    ["My dog died this morning and I can't stop crying", "sadness"],
    ["Wow, I did not expect that at all!", "surprise"],
    ["I am so angry at you, stop lying to me", "anger"],
  ])("reads %j as %s", (text, label) => {
    expect(engine.analyze(text).dominant).toBe(label);
  });

  it.each<[string, EmotionLabel]>([
    ["😡", "anger"],
    [":(", "sadness"],
    ["😂😂", "joy"],
    ["thanks :)", "joy"],
  ])("reads the emoji/emoticon %j as %s", (text, label) => {
    expect(engine.analyze(text).dominant).toBe(label);
  });

  it("puts negative messages below positive ones on valence and shouting above calm on arousal", () => {
    expect(engine.analyze("I hate this, it ruined my day").valence).toBeLessThan(
      engine.analyze("I love this, it made my day").valence,
    );
    expect(engine.analyze("WHY WOULD YOU DO THAT?!!!").arousal).toBeGreaterThan(
      engine.analyze("i guess that is fine").arousal,
    );
  });
});

describe("emotion engine output contract", () => {
  const text = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.constantFrom("", "   ", "😡😡😡", ":( :) :D", "NOT BAD AT ALL!!!", "[NAME] is here", "a".repeat(5000)),
  );

  it("always returns probabilities, a non-empty label set containing the dominant class, and bounded affect", () => {
    fc.assert(
      fc.property(text, (t) => {
        const a = engine.analyze(t);
        for (const l of EKMAN_LABELS) {
          expect(a.scores[l]).toBeGreaterThanOrEqual(0);
          expect(a.scores[l]).toBeLessThanOrEqual(1);
        }
        expect(a.labels.length).toBeGreaterThan(0);
        expect(a.labels).toContain(a.dominant);
        for (const l of a.labels) expect(a.scores[l] >= 0.5 || a.labels.length === 1).toBe(true);
        expect(a.valence).toBeGreaterThanOrEqual(-1);
        expect(a.valence).toBeLessThanOrEqual(1);
        expect(a.arousal).toBeGreaterThanOrEqual(0);
        expect(a.arousal).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it("is deterministic, also across separately created engines", () => {
    const other = createEmotionEngine(decodeModel(encodeModel(loadDefaultModel())));
    for (const t of ["I'm so happy today!", "ugh, whatever", "what?? no way 😱"]) {
      expect(engine.analyze(t)).toEqual(engine.analyze(t));
      expect(other.analyze(t)).toEqual(engine.analyze(t));
    }
  });

  it("ships weights under 10 MB whose settings were chosen on train.tsv alone", () => {
    expect(statSync(DEFAULT_WEIGHTS_URL).size).toBeLessThan(10 * 1024 * 1024);
    const model = loadDefaultModel();
    expect(model.meta.cvMacroF1).toBeGreaterThan(0.57);
    expect(model.meta.folds).toEqual({ k: 5, seed: 7 });
    expect(String(model.meta.trainedOn)).toMatch(/train\.tsv only/);
    expect(JSON.stringify(model.meta)).not.toMatch(/dev/i);
    expect(model.calibration).toHaveLength(14);
  });

  it("is more confident of a clear emotion than of a vague one", () => {
    const clear = engine.analyze("I'm so happy, thank you so much, I love it!");
    const vague = engine.analyze("well it was a thing i guess, maybe");
    expect(clear.confidence).toBeGreaterThan(vague.confidence);
    expect(clear.confidence).toBeGreaterThan(0.7);
  });

  it("rejects files that are not emotion weights", () => {
    expect(() => decodeModel(new TextEncoder().encode("not weights at all"))).toThrow(/not a Velro/);
  });
});

describe("tokenizer cues", () => {
  it("scopes negation to the next few words and stops at punctuation or 'but'", () => {
    expect(tokenize("I don't like it, but I love you").tokens).toEqual([
      "i",
      "dont",
      "!like",
      "!it",
      "but",
      "i",
      "love",
      "you",
    ]);
  });

  it("counts emphasis and leaves URLs alone", () => {
    const t = tokenize("SOOO GOOD!!! see http://example.com");
    expect(t.cues.capsWords).toBe(2);
    expect(t.cues.exclamations).toBe(3);
    expect(t.cues.elongated).toBe(1);
    expect(t.cues.intensifiers).toBe(1);
    expect(t.tokens.some((x) => x.startsWith(":"))).toBe(false);
  });
});

describe("benchmark scoring", () => {
  it("computes per-class F1 and the plain macro mean on a hand-made example", () => {
    const gold: EmotionLabel[][] = [["joy"], ["joy", "surprise"], ["anger"], ["neutral"]];
    const pred: EmotionLabel[][] = [["joy"], ["joy"], ["joy"], ["neutral", "anger"]];
    const r = scoreMultiLabel(gold, pred);
    // joy: tp 2, fp 1, fn 0 → P 2/3, R 1, F1 0.8. anger: tp 0 → 0. surprise: fn 1 → 0.
    // neutral: tp 1 → 1. disgust, fear, sadness: nothing gold or predicted → 0.
    expect(r.perClass.joy.f1).toBeCloseTo(0.8, 10);
    expect(r.perClass.neutral.f1).toBe(1);
    expect(r.perClass.anger.f1).toBe(0);
    expect(r.perClass.surprise.support).toBe(1);
    expect(r.macroF1).toBeCloseTo(1.8 / 7, 10);
  });

  it("treats undefined precision or recall as zero", () => {
    expect(binaryScore(0, 0, 0).f1).toBe(0);
    expect(binaryScore(0, 3, 0).precision).toBe(0);
  });

  it("picks the F1-optimal threshold", () => {
    const { threshold, f1 } = bestF1Threshold([0.9, 0.8, 0.3, 0.2], [1, 1, 0, 1]);
    // Cutting after 0.8 gives P 1, R 2/3 (F1 0.8); taking all four gives P 3/4, R 1 (F1 6/7).
    expect(f1).toBeCloseTo(6 / 7, 10);
    expect(threshold).toBeLessThan(0.2);
  });
});
