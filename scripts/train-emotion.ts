/**
 * Trains the emotion engine on GoEmotions and writes src/engines/emotion/weights.bin.
 *
 *   npm run train:emotion [-- --data-dir ../shared/data/goemotions] [--out path] [--seed n]
 *
 * Trains on train.tsv only; dev.tsv is used solely to tune the per-class decision thresholds.
 * Deterministic: the same data and seed give a byte-identical weights file.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadGoEmotions, loadTaxonomy } from "../src/engines/emotion/dataset.ts";
import { DEFAULT_FEATURE_CONFIG } from "../src/engines/emotion/features.ts";
import { EKMAN_LABELS } from "../src/engines/emotion/labels.ts";
import { DEFAULT_PLAN, trainEmotionModel } from "../src/engines/emotion/training.ts";
import { DEFAULT_WEIGHTS_URL, encodeModel } from "../src/engines/emotion/weights-io.ts";

const repoRoot = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    "data-dir": { type: "string", default: resolve(repoRoot, "../shared/data/goemotions") },
    out: { type: "string", default: fileURLToPath(DEFAULT_WEIGHTS_URL) },
    seed: { type: "string", default: String(DEFAULT_PLAN.mlp.seed) },
  },
});

const started = performance.now();
const dataDir = resolve(values["data-dir"]);
const taxonomy = loadTaxonomy(dataDir);
const train = loadGoEmotions(resolve(dataDir, "train.tsv"), taxonomy);
const dev = loadGoEmotions(resolve(dataDir, "dev.tsv"), taxonomy);
console.log(`train ${train.length} examples, dev ${dev.length} (thresholds only)`);

const plan = {
  ...DEFAULT_PLAN,
  features: DEFAULT_FEATURE_CONFIG,
  mlp: { ...DEFAULT_PLAN.mlp, seed: Number(values.seed) },
};
const { model, report, twoFoldF1 } = trainEmotionModel(train, dev, plan, (line) => console.log(line));
const perClass = Object.fromEntries(EKMAN_LABELS.map((l) => [l, Number(report.perClass[l].f1.toFixed(4))]));
model.meta = {
  trainedOn: "GoEmotions train.tsv (Demszky et al. 2020, Apache-2.0); thresholds tuned on dev.tsv",
  plan,
  devMacroF1: Number(report.macroF1.toFixed(4)),
  devTwoFoldMacroF1: Number(twoFoldF1.toFixed(4)),
  devPerClassF1: perClass,
};
const bytes = encodeModel(model);
writeFileSync(values.out, bytes);

const seconds = (performance.now() - started) / 1000;
console.log(`dev macro-F1 ${report.macroF1.toFixed(4)} (thresholds tuned on dev)`);
console.log(
  `dev macro-F1 ${twoFoldF1.toFixed(4)} (2-fold: thresholds tuned on one half, scored on the other)`,
);
console.log(`per-class F1 ${JSON.stringify(perClass)}`);
console.log(`wrote ${values.out}: ${(bytes.length / 1e6).toFixed(2)} MB in ${seconds.toFixed(1)} s`);
