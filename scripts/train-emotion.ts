/**
 * Trains the emotion engine on GoEmotions and writes src/engines/emotion/weights.bin.
 *
 *   npm run train:emotion [-- --data-dir ../shared/data/goemotions] [--out path] [--search]
 *
 * Reads train.tsv and nothing else: dev.tsv stays an untouched held-out test for
 * `npm run bench:emotion`. Settings are chosen by k-fold cross-validation on train.tsv
 * (`--search` re-runs the grid and trains its winner; without it the recorded winner,
 * DEFAULT_PLAN, is trained). Thresholds and confidence calibration come from the out-of-fold
 * logits. Deterministic: the same data gives a byte-identical weights file.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  type CrossValidation,
  searchGrid,
  searchPlans,
  trainEmotionModel,
} from "../src/engines/emotion/cross-validation.ts";
import { loadGoEmotions, loadTaxonomy } from "../src/engines/emotion/dataset.ts";
import { DEFAULT_FEATURE_CONFIG } from "../src/engines/emotion/features.ts";
import { tokenize } from "../src/engines/emotion/tokenize.ts";
import { DEFAULT_PLAN, type TrainingPlan } from "../src/engines/emotion/training.ts";
import { DEFAULT_WEIGHTS_URL, encodeModel } from "../src/engines/emotion/weights-io.ts";

/** Folds and their shuffle seed; the search and the final run use the same split. */
const K = 5;
const FOLD_SEED = 7;

const repoRoot = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    "data-dir": { type: "string", default: resolve(repoRoot, "../shared/data/goemotions") },
    out: { type: "string", default: fileURLToPath(DEFAULT_WEIGHTS_URL) },
    search: { type: "boolean", default: false },
  },
});

const started = performance.now();
const dataDir = resolve(values["data-dir"]);
const train = loadGoEmotions(resolve(dataDir, "train.tsv"), loadTaxonomy(dataDir));
const prepared = { examples: train, tokens: train.map((e) => tokenize(e.text)) };
console.log(`train ${train.length} examples; ${K}-fold cross-validation (dev.tsv is not read)`);

let plan: TrainingPlan = { ...DEFAULT_PLAN, features: DEFAULT_FEATURE_CONFIG };
let searched: Array<{ name: string; cvMacroF1: number }> | undefined;
let chosenCv: CrossValidation | undefined;
if (values.search) {
  const ranked = searchPlans(prepared, searchGrid(plan), { k: K, seed: FOLD_SEED, log: console.log });
  console.log("\ncandidate                      cv macro-F1   folds");
  for (const r of ranked) {
    console.log(
      `${r.name.padEnd(30)} ${r.cv.meanF1.toFixed(4).padStart(11)}   ${r.cv.foldF1.map((f) => f.toFixed(4)).join(" ")}`,
    );
  }
  searched = ranked.map((r) => ({ name: r.name, cvMacroF1: Number(r.cv.meanF1.toFixed(4)) }));
  plan = ranked[0]!.plan;
  chosenCv = ranked[0]!.cv;
  console.log(`chosen: ${ranked[0]!.name} (record it as DEFAULT_PLAN to make it the default)\n`);
}

// After a search the winner's cross-validation (same folds) is reused rather than run again.
const { model, cv } = trainEmotionModel(train, plan, {
  k: K,
  foldSeed: FOLD_SEED,
  prepared,
  cv: chosenCv,
  log: console.log,
});

model.meta = {
  trainedOn:
    "GoEmotions train.tsv (Demszky et al. 2020, Apache-2.0); settings, thresholds and calibration chosen by cross-validation on train.tsv only",
  plan,
  folds: { k: K, seed: FOLD_SEED },
  cvMacroF1: Number(cv.meanF1.toFixed(4)),
  cvFoldMacroF1: cv.foldF1.map((f) => Number(f.toFixed(4))),
  ...(searched ? { search: searched } : {}),
};
const bytes = encodeModel(model);
writeFileSync(values.out, bytes);

const seconds = (performance.now() - started) / 1000;
console.log(`cv macro-F1 ${cv.meanF1.toFixed(4)} (mean of ${K} folds; thresholds tuned on the other folds)`);
console.log(`wrote ${values.out}: ${(bytes.length / 1e6).toFixed(2)} MB in ${seconds.toFixed(1)} s`);
console.log("score it on held-out data with: npm run bench:emotion");
