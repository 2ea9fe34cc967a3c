/**
 * The synesthesia engine: the same text gives the same senses; over GoEmotions' dev set (read
 * through the real emotion engine) sadness reads cool and dim, joy warm and bright, anger
 * saturated; colour and nature words count in other languages; the card is SVG a library turns
 * into a PNG.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGoEmotions } from "../../src/engines/emotion/dataset.ts";
import { createEmotionEngine, EKMAN_LABELS, type EmotionLabel } from "../../src/engines/emotion/index.ts";
import { findImagery, paletteCardSvg, synesthesia } from "../../src/engines/synesthesia/index.ts";
import { svgToPng } from "../../src/services/synesthesia.ts";

const engine = createEmotionEngine();
const read = (text: string, mood?: { valence: number; arousal: number }) =>
  synesthesia({ text, emotion: engine.analyze(text), mood });

/** A reading that is one emotion only, as sure as the model gets. */
const pure = (label: EmotionLabel, valence: number, arousal: number) =>
  synesthesia({
    text: label,
    emotion: {
      scores: Object.fromEntries(EKMAN_LABELS.map((l) => [l, l === label ? 0.95 : 0.02])) as Record<
        EmotionLabel,
        number
      >,
      valence,
      arousal,
      dominant: label,
    },
  });

describe("synesthesia", () => {
  it("is deterministic: the same text and mood give the same palette, senses and prompt", () => {
    const a = read("We finally got the keys to the little house by the sea!", { valence: 0.2, arousal: 0.4 });
    const b = read("We finally got the keys to the little house by the sea!", { valence: 0.2, arousal: 0.4 });
    expect(b).toEqual(a);
    expect(a.palette).toHaveLength(5);
    for (const c of a.palette) expect(c.hex).toMatch(/^#[0-9a-f]{6}$/);
    expect(a.textures.length).toBeGreaterThanOrEqual(2);
    expect(a.sounds).toHaveLength(2);
    expect(a.imagery).toContain("sea");
    expect(a.imagePrompt).not.toMatch(/keys|little house/i);
    // A different mood changes it; a different text too.
    expect(
      read("We finally got the keys to the little house by the sea!", { valence: -0.8, arousal: 0.2 })
        .palette,
    ).not.toEqual(a.palette);
    expect(read("I miss her so much.").palette).not.toEqual(a.palette);
  });

  it("pure readings: joy is the warmest and brightest, sadness cool and dim, anger the most saturated", () => {
    const p = {
      anger: pure("anger", -0.75, 0.85),
      disgust: pure("disgust", -0.7, 0.6),
      fear: pure("fear", -0.7, 0.8),
      joy: pure("joy", 0.7, 0.6),
      sadness: pure("sadness", -0.75, 0.25),
      surprise: pure("surprise", 0.1, 0.8),
      neutral: pure("neutral", 0, 0.2),
    };
    const others = (l: EmotionLabel) => EKMAN_LABELS.filter((x) => x !== l).map((x) => p[x].stats);
    for (const s of others("joy")) {
      expect(p.joy.stats.warmth).toBeGreaterThan(s.warmth);
      expect(p.joy.stats.brightness).toBeGreaterThan(s.brightness);
    }
    for (const s of others("anger")) expect(p.anger.stats.saturation).toBeGreaterThan(s.saturation);
    expect(p.sadness.stats.warmth).toBeLessThan(0);
    expect(p.sadness.stats.brightness).toBeLessThan(p.neutral.stats.brightness);
  });

  const dev = resolve(import.meta.dirname, "../../../shared/data/goemotions/dev.tsv");
  it("over GoEmotions dev: sadness reads cool and dim, joy warm and bright, anger saturated", () => {
    // The data lives beside the repository (never inside it); CI lays it out the same way.
    expect(existsSync(dev), `GoEmotions dev set expected at ${dev}`).toBe(true);
    const groups = new Map<string, { warmth: number[]; brightness: number[]; saturation: number[] }>();
    for (const ex of loadGoEmotions(dev)) {
      if (ex.ekman.length !== 1) continue;
      const s = read(ex.text).stats;
      const g = groups.get(ex.ekman[0]!) ?? { warmth: [], brightness: [], saturation: [] };
      g.warmth.push(s.warmth);
      g.brightness.push(s.brightness);
      g.saturation.push(s.saturation);
      groups.set(ex.ekman[0]!, g);
    }
    const mean = (label: string, k: "warmth" | "brightness" | "saturation") => {
      const xs = groups.get(label)![k];
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    const share = (label: string, k: "warmth", test: (x: number) => boolean) =>
      groups.get(label)![k].filter(test).length / groups.get(label)![k].length;
    // Sadness: cooler and dimmer than joy and than neutral comments; most of its palettes lean cool.
    expect(mean("sadness", "warmth")).toBeLessThan(0);
    expect(mean("sadness", "warmth")).toBeLessThan(mean("neutral", "warmth") - 0.2);
    expect(mean("sadness", "brightness")).toBeLessThan(mean("neutral", "brightness") - 0.05);
    expect(share("sadness", "warmth", (w) => w < 0)).toBeGreaterThan(0.55);
    // Joy: the warmest and brightest of every group; nearly all of its palettes lean warm.
    for (const label of groups.keys()) {
      if (label === "joy") continue;
      expect(mean("joy", "warmth")).toBeGreaterThan(mean(label, "warmth"));
      expect(mean("joy", "brightness")).toBeGreaterThan(mean(label, "brightness"));
    }
    expect(share("joy", "warmth", (w) => w > 0)).toBeGreaterThan(0.9);
    // Anger: clearly more saturated than neutral and sad comments.
    expect(mean("anger", "saturation")).toBeGreaterThan(mean("neutral", "saturation") + 0.1);
    expect(mean("anger", "saturation")).toBeGreaterThan(mean("sadness", "saturation") + 0.05);
  }, 30_000);

  it("finds colour and nature words in other languages", () => {
    expect(findImagery("Я так скучаю по снегу и зимнему лесу").map((i) => i.id)).toEqual(["snow", "forest"]);
    expect(findImagery("El mar estaba azul").map((i) => i.id)).toEqual(["sea", "blue"]);
    expect(findImagery("Der Himmel über dem Meer war rot").map((i) => i.id)).toEqual(["sky", "sea", "red"]);
    expect(findImagery("البحر في الليل").map((i) => i.id)).toEqual(["sea", "night"]);
    // Look-alikes are not imagery: "сердце" (heart) is not "серый" (grey), "or" is not gold.
    expect(findImagery("сердце or today")).toEqual([]);
  });

  it("draws the card as SVG without text, which resvg turns into a PNG", async () => {
    const s = read("I am furious, they lied to me again!!");
    const svg = paletteCardSvg(s);
    expect(svg).toBe(paletteCardSvg(read("I am furious, they lied to me again!!")));
    expect(svg).not.toContain("<text");
    for (const c of s.palette) expect(svg).toContain(c.hex);
    const png = await svgToPng(svg);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: 960 × 540.
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([960, 540]);
  });
});
