import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EmotionAnalysis, EmotionLabel } from "../../src/engines/emotion/index.ts";
import { EKMAN_LABELS } from "../../src/engines/emotion/labels.ts";
import {
  botAffect,
  decayMood,
  describeMood,
  emptyMood,
  MOOD_HALF_LIFE_MS,
  type MoodState,
  moodCertainty,
  REST_AROUSAL,
  restoreMood,
  updateMood,
} from "../../src/engines/emotion/mood.ts";
import { toneHint } from "../../src/engines/emotion/tone.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2025, 0, 1);

/** A synthetic analysis where one class dominates with the given strength. */
function analysis(
  label: EmotionLabel,
  strength = 0.9,
  valence = 0,
  arousal = 0.5,
  reading: Pick<EmotionAnalysis, "confidence" | "source"> = { confidence: 0.9, source: "model" },
): EmotionAnalysis {
  const scores = Object.fromEntries(EKMAN_LABELS.map((l) => [l, l === label ? strength : 0.05])) as Record<
    EmotionLabel,
    number
  >;
  return { scores, labels: [label], dominant: label, valence, arousal, language: "en", ...reading };
}
const sad = analysis("sadness", 0.9, -0.8, 0.25);
const happy = analysis("joy", 0.9, 0.8, 0.6);
const calm = analysis("neutral", 0.9, 0, 0.2);

/** A user who sends `perDay` sad messages a day, spread over the waking hours, for `days` days. */
function sadDays(days: number, perDay = 4, start: MoodState | null = null): MoodState {
  let m = start;
  for (let d = 0; d < days; d++) {
    for (let k = 0; k < perDay; k++) m = updateMood(m, sad, T0 + d * DAY + (9 + k * 3) * HOUR);
  }
  return m!;
}

const arbAnalysis: fc.Arbitrary<EmotionAnalysis> = fc
  .record({
    scores: fc.tuple(...EKMAN_LABELS.map(() => fc.double({ min: 0, max: 1, noNaN: true }))),
    valence: fc.double({ min: -1, max: 1, noNaN: true }),
    arousal: fc.double({ min: 0, max: 1, noNaN: true }),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    source: fc.constantFrom("model" as const, "llm" as const, "lexicon" as const),
  })
  .map(({ scores, valence, arousal, confidence, source }) => {
    const rec = Object.fromEntries(EKMAN_LABELS.map((l, i) => [l, scores[i]!])) as Record<
      EmotionLabel,
      number
    >;
    const dominant = EKMAN_LABELS.reduce((a, b) => (rec[b] > rec[a] ? b : a));
    return {
      scores: rec,
      labels: [dominant],
      dominant,
      valence,
      arousal,
      confidence,
      source,
      language: null,
    };
  });

describe("mood tracking", () => {
  it("stays in range whatever the messages and timing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(arbAnalysis, fc.integer({ min: -HOUR, max: 10 * DAY })), { maxLength: 40 }),
        (steps) => {
          let m: MoodState | null = null;
          let now = T0;
          for (const [a, dt] of steps) {
            now += dt;
            m = updateMood(m, a, now);
            expect(m.valence).toBeGreaterThanOrEqual(-1);
            expect(m.valence).toBeLessThanOrEqual(1);
            expect(m.arousal).toBeGreaterThanOrEqual(0);
            expect(m.arousal).toBeLessThanOrEqual(1);
            for (const l of EKMAN_LABELS) expect(m.emotions[l]).toBeGreaterThanOrEqual(0);
            for (const l of EKMAN_LABELS) expect(m.emotions[l]).toBeLessThanOrEqual(1);
          }
          expect(m?.samples ?? 0).toBe(steps.length);
        },
      ),
    );
  });

  it("decays monotonically toward rest with silence, evidence halving every half-life", () => {
    fc.assert(
      fc.property(
        arbAnalysis,
        fc.integer({ min: 1, max: 30 * DAY }),
        fc.integer({ min: 1, max: 30 * DAY }),
        (a, t1, t2) => {
          const m = updateMood(updateMood(null, a, T0), a, T0 + 1);
          const early = decayMood(m, T0 + 1 + Math.min(t1, t2));
          const late = decayMood(m, T0 + 1 + Math.max(t1, t2));
          expect(Math.abs(late.valence)).toBeLessThanOrEqual(Math.abs(early.valence) + 1e-12);
          expect(Math.abs(late.arousal - REST_AROUSAL)).toBeLessThanOrEqual(
            Math.abs(early.arousal - REST_AROUSAL) + 1e-12,
          );
          for (const l of EKMAN_LABELS)
            expect(late.emotions[l]).toBeLessThanOrEqual(early.emotions[l] + 1e-12);
        },
      ),
    );
    const m = sadDays(1);
    expect(decayMood(m, m.updatedAt + MOOD_HALF_LIFE_MS).weight).toBeCloseTo(m.weight / 2, 10);
    const later = decayMood(m, m.updatedAt + 10 * MOOD_HALF_LIFE_MS);
    expect(Math.abs(later.valence)).toBeLessThan(Math.abs(m.valence) * 0.01);
    expect(later.streak).toBeNull();
  });

  it("keeps a user who was sad for days recognisably low the next morning, and lets them recover", () => {
    const m = sadDays(4);
    const nextMorning = decayMood(m, m.updatedAt + 12 * HOUR);
    expect(nextMorning.valence).toBeLessThan(-0.3);
    expect(nextMorning.emotions.sadness).toBeGreaterThan(0.3);
    expect(decayMood(m, m.updatedAt + 10 * DAY).valence).toBeGreaterThan(-0.05);
    let r = m;
    for (let k = 0; k < 12; k++) r = updateMood(r, happy, m.updatedAt + DAY + k * HOUR);
    expect(r.valence).toBeGreaterThan(0);
  });

  it("is barely moved by a neutral message but clearly by an emotional one", () => {
    const m = sadDays(2);
    const t = m.updatedAt + 60_000;
    const afterNeutral = updateMood(m, calm, t);
    const afterHappy = updateMood(m, happy, t);
    expect(Math.abs(afterNeutral.valence - decayMood(m, t).valence)).toBeLessThan(
      Math.abs(afterHappy.valence - decayMood(m, t).valence) / 2,
    );
  });

  it("round-trips through JSON and rejects stored shapes it cannot use", () => {
    const m = sadDays(2);
    expect(restoreMood(JSON.parse(JSON.stringify(m)))).toEqual(m);
    expect(m.version).toBe(2);
    expect(restoreMood({ ...m, version: 0 })).toBeNull();
    expect(restoreMood({ ...m, confidence: "sure" })).toBeNull();
    expect(restoreMood({ ...m, sources: { model: 1 } })).toBeNull();
    expect(restoreMood({ ...m, weight: undefined })).toBeNull();
    expect(restoreMood({ ...m, emotions: { ...m.emotions, fear: "high" } })).toBeNull();
    expect(restoreMood("mood")).toBeNull();
  });
});

describe("mood confidence", () => {
  const lexiconSad = analysis("sadness", 0.55, -0.4, 0.25, { confidence: 0.3, source: "lexicon" });

  it("brings a stored version-1 mood forward with a middling confidence", () => {
    const { confidence: _c, sources: _s, ...rest } = sadDays(1);
    const restored = restoreMood({ ...rest, version: 1 });
    expect(restored?.version).toBe(2);
    expect(restored?.confidence).toBe(0.5);
    expect(restored?.sources).toEqual({ model: 4, llm: 0, lexicon: 0 });
  });

  it("lets a low-confidence reading move the mood less than a confident one of the same content", () => {
    const sure = analysis("sadness", 0.55, -0.4, 0.25);
    expect(updateMood(null, lexiconSad, T0).valence).toBeGreaterThan(updateMood(null, sure, T0).valence);
    expect(updateMood(null, lexiconSad, T0).weight).toBeLessThan(updateMood(null, sure, T0).weight);
  });

  it("says how sure it is: low from word lists or a single message, higher from many confident ones", () => {
    let fromLexicon: MoodState | null = null;
    for (let k = 0; k < 20; k++) fromLexicon = updateMood(fromLexicon, lexiconSad, T0 + k * HOUR);
    const lex = moodCertainty(fromLexicon!);
    expect(lex.level).toBe("low");
    expect(lex.mainSource).toBe("lexicon");
    expect(moodCertainty(updateMood(null, sad, T0)).level).toBe("low");
    const many = moodCertainty(sadDays(3));
    expect(many.level).toBe("high");
    expect(many.mainSource).toBe("model");
    expect(many.samples).toBe(12);
    expect(describeMood(fromLexicon!)).toMatch(/rough guess/);
    expect(describeMood(sadDays(3))).toMatch(/quite sure/);
  });
});

describe("describeMood and toneHint", () => {
  it("says when it knows nothing yet", () => {
    expect(describeMood(emptyMood(T0))).toMatch(/haven't got a feel/);
  });

  it("describes a sad stretch as down, with its length and the sadness", () => {
    const text = describeMood(sadDays(4));
    expect(text).toMatch(/down lately/);
    expect(text).toMatch(/for 3 days now/);
    expect(text).toMatch(/sadness/);
  });

  it("describes a happy user as in good spirits", () => {
    let m: MoodState | null = null;
    for (let k = 0; k < 10; k++) m = updateMood(m, happy, T0 + k * HOUR);
    expect(describeMood(m!)).toMatch(/good (mood|spirits)/);
  });

  it("asks for gentleness after days of sadness, even for a neutral message", () => {
    const hint = toneHint(sadDays(4), calm);
    expect(hint).toMatch(/sad for several days/);
    expect(hint).toMatch(/gentle/);
  });

  it("follows the current message when the mood is even", () => {
    expect(toneHint(null, analysis("anger"))).toMatch(/angry/);
    expect(toneHint(emptyMood(T0), calm)).toMatch(/No strong emotion/);
  });
});

describe("botAffect", () => {
  const warm = { warmth: 0.9, reactivity: 0.7, baselineValence: 0.3 };
  const cool = { warmth: 0.1, reactivity: 0.2, baselineValence: 0.1 };

  it("comforts a sad user without sinking as low, more so when warm", () => {
    const user = sadDays(3);
    const a = botAffect(user, warm);
    expect(a.stance).toBe("comforting");
    expect(a.valence).toBeGreaterThan(user.valence);
    expect(botAffect(user, cool).stance).not.toBe("comforting");
  });

  it("brightens with a happy user in proportion to reactivity", () => {
    let user: MoodState | null = null;
    for (let k = 0; k < 10; k++) user = updateMood(user, happy, T0 + k * HOUR);
    const still = botAffect(user!, { ...warm, reactivity: 0 });
    const lively = botAffect(user!, { ...warm, reactivity: 1 });
    expect(lively.valence).toBeGreaterThan(still.valence);
    expect(still.valence).toBeCloseTo(warm.baselineValence, 10);
  });

  it("stays bounded for any temperament and mood", () => {
    fc.assert(
      fc.property(
        fc.array(arbAnalysis, { minLength: 1, maxLength: 10 }),
        fc.record({
          warmth: fc.double({ min: -1, max: 2, noNaN: true }),
          reactivity: fc.double({ min: -1, max: 2, noNaN: true }),
          baselineValence: fc.double({ min: -2, max: 2, noNaN: true }),
        }),
        (as, temperament) => {
          let m: MoodState | null = null;
          as.forEach((a, i) => {
            m = updateMood(m, a, T0 + i * HOUR);
          });
          const affect = botAffect(m!, temperament);
          expect(Math.abs(affect.valence)).toBeLessThanOrEqual(1);
          expect(affect.arousal).toBeGreaterThanOrEqual(0);
          expect(affect.arousal).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
