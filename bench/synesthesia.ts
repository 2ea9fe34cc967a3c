/**
 * Synesthesia benchmark: microseconds per message over GoEmotions' dev comments, the emotion
 * engine's reading and the senses apart (the reading is what the chat path already pays), how the
 * palettes read per gold emotion (warmth, brightness, saturation), and the card: SVG and PNG time.
 *
 *   npm run bench:synesthesia [-- --data ../shared/data/goemotions/dev.tsv] [--json]
 *
 * With --json it prints one object: { examples, us_per_message: { emotion, senses, total },
 * card_ms: { svg, png_p50, png_p95 }, by_emotion: { <label>: { n, warmth, brightness, saturation } } }.
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadGoEmotions } from "../src/engines/emotion/dataset.ts";
import { createEmotionEngine, type EmotionAnalysis } from "../src/engines/emotion/index.ts";
import { paletteCardSvg, synesthesia } from "../src/engines/synesthesia/index.ts";
import { svgToPng } from "../src/services/synesthesia.ts";
import { quantile, round } from "./lib.ts";

const { values } = parseArgs({
  options: {
    data: {
      type: "string",
      default: join(resolve(import.meta.dirname, "../../shared/data/goemotions"), "dev.tsv"),
    },
    json: { type: "boolean", default: false },
    repeats: { type: "string", default: "3" },
    cards: { type: "string", default: "40" },
  },
});

const examples = loadGoEmotions(resolve(values.data));
const engine = createEmotionEngine();
const texts = examples.map((e) => e.text);
const readings: EmotionAnalysis[] = texts.map((t) => engine.analyze(t));

/** The fastest of a few passes (the first also warms the JIT), in µs per message. */
function timed(pass: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < Math.max(1, Number(values.repeats)); r++) {
    const t0 = performance.now();
    pass();
    best = Math.min(best, performance.now() - t0);
  }
  return (best * 1000) / texts.length;
}

const emotionUs = timed(() => {
  for (const t of texts) engine.analyze(t);
});
const sensesUs = timed(() => {
  for (let i = 0; i < texts.length; i++) synesthesia({ text: texts[i]!, emotion: readings[i]! });
});
const totalUs = timed(() => {
  for (const t of texts) synesthesia({ text: t, emotion: engine.analyze(t) });
});

const groups = new Map<string, { n: number; warmth: number; brightness: number; saturation: number }>();
for (let i = 0; i < examples.length; i++) {
  if (examples[i]!.ekman.length !== 1) continue;
  const s = synesthesia({ text: texts[i]!, emotion: readings[i]! }).stats;
  const g = groups.get(examples[i]!.ekman[0]!) ?? { n: 0, warmth: 0, brightness: 0, saturation: 0 };
  g.n++;
  g.warmth += s.warmth;
  g.brightness += s.brightness;
  g.saturation += s.saturation;
  groups.set(examples[i]!.ekman[0]!, g);
}
const byEmotion = Object.fromEntries(
  [...groups].map(([label, g]) => [
    label,
    {
      n: g.n,
      warmth: round(g.warmth / g.n, 3),
      brightness: round(g.brightness / g.n, 3),
      saturation: round(g.saturation / g.n, 3),
    },
  ]),
);

const cards = Math.max(1, Number(values.cards));
const svgT0 = performance.now();
const svgs = texts
  .slice(0, cards)
  .map((t, i) => paletteCardSvg(synesthesia({ text: t, emotion: readings[i]! })));
const svgMs = (performance.now() - svgT0) / cards;
await svgToPng(svgs[0]!); // loads the addon
const pngMs: number[] = [];
for (const svg of svgs) {
  const t0 = performance.now();
  await svgToPng(svg);
  pngMs.push(performance.now() - t0);
}

const result = {
  examples: examples.length,
  us_per_message: { emotion: round(emotionUs, 1), senses: round(sensesUs, 1), total: round(totalUs, 1) },
  card_ms: {
    svg: round(svgMs, 3),
    png_p50: round(quantile(pngMs, 0.5), 1),
    png_p95: round(quantile(pngMs, 0.95), 1),
  },
  by_emotion: byEmotion,
};
if (values.json) console.log(JSON.stringify(result));
else {
  console.log(`data: ${values.data} (${examples.length} comments)`);
  console.log(
    `per message: ${result.us_per_message.senses} µs for the senses, ${result.us_per_message.emotion} µs for the emotion reading, ${result.us_per_message.total} µs together`,
  );
  console.log(
    `card: SVG ${result.card_ms.svg} ms, PNG p50 ${result.card_ms.png_p50} ms, p95 ${result.card_ms.png_p95} ms (${cards} cards)`,
  );
  console.log("gold emotion   n     warmth  brightness  saturation");
  for (const [label, g] of Object.entries(byEmotion))
    console.log(
      `${label.padEnd(12)} ${String(g.n).padStart(5)} ${g.warmth.toFixed(3).padStart(9)} ${g.brightness.toFixed(3).padStart(11)} ${g.saturation.toFixed(3).padStart(11)}`,
    );
}
