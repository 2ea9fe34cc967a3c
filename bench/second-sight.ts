/**
 * Second-sight benchmark: precision and recall of the detector on bench/data/second-sight.json,
 * on the part its patterns were adjusted on ("tune") and on the part kept out of that ("heldout"),
 * for "needs second sight" (decision, torn or unclear, against none) and for each kind; and what it
 * adds to a chat turn in µs per message (the turn already has the message's emotion reading; the
 * detector reads the two sides of a "but" itself), over the set and over GoEmotions' dev comments.
 *
 *   npm run bench:second-sight [-- --data bench/data/second-sight.json] [--errors] [--json]
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadGoEmotions } from "../src/engines/emotion/dataset.ts";
import { createEmotionEngine } from "../src/engines/emotion/index.ts";
import {
  detectSecondSight,
  type LabelledMessage,
  type SightScores,
  scoreSecondSight,
} from "../src/engines/second-sight/index.ts";
import { round } from "./lib.ts";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: resolve(import.meta.dirname, "data/second-sight.json") },
    goemotions: {
      type: "string",
      default: join(resolve(import.meta.dirname, "../../shared/data/goemotions"), "dev.tsv"),
    },
    errors: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});

const items = (JSON.parse(readFileSync(values.data, "utf8")) as { items: LabelledMessage[] }).items;
const engine = createEmotionEngine();
const analyze = (t: string) => engine.analyze(t);
const detect = (t: string) => detectSecondSight(t, { analyze });

const splits = {
  tune: items.filter((i) => i.split === "tune"),
  heldout: items.filter((i) => i.split === "heldout"),
};
const scores = {
  tune: scoreSecondSight(splits.tune, detect),
  heldout: scoreSecondSight(splits.heldout, detect),
  all: scoreSecondSight(items, detect),
};

/** µs per message of the detector as a chat turn runs it: the reading given, halves read here. */
function perMessage(texts: string[]): number {
  const readings = texts.map(analyze);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    for (let i = 0; i < texts.length; i++) detectSecondSight(texts[i]!, { analysis: readings[i], analyze });
    best = Math.min(best, performance.now() - t0);
  }
  return (best * 1000) / texts.length;
}
const chat = existsSync(values.goemotions) ? loadGoEmotions(values.goemotions).map((e) => e.text) : [];
const speed = {
  us_per_message_set: round(perMessage(items.map((i) => i.text)), 1),
  us_per_message_goemotions: chat.length ? round(perMessage(chat), 1) : null,
  goemotions_flagged_share: chat.length
    ? round(chat.filter((t) => detect(t).kind !== "none").length / chat.length, 3)
    : null,
  // What a chat of such comments would get: how often a question back, perspectives, or an acknowledgement.
  goemotions_actions: chat.length
    ? Object.fromEntries(
        (["clarify", "perspectives", "acknowledge"] as const).map((a) => [
          a,
          round(chat.filter((t) => detect(t).action === a).length / chat.length, 4),
        ]),
      )
    : null,
};

const brief = (s: SightScores) => ({
  examples: s.examples,
  flagged: {
    precision: round(s.flagged.precision, 3),
    recall: round(s.flagged.recall, 3),
    f1: round(s.flagged.f1, 3),
  },
  by_kind: Object.fromEntries(
    Object.entries(s.byKind).map(([k, v]) => [
      k,
      { precision: round(v.precision, 3), recall: round(v.recall, 3), support: v.support },
    ]),
  ),
});

if (values.json) {
  console.log(
    JSON.stringify({
      tune: brief(scores.tune),
      heldout: brief(scores.heldout),
      all: brief(scores.all),
      ...speed,
    }),
  );
} else {
  console.log(
    `data: ${values.data} (${items.length} messages: ${splits.tune.length} tune, ${splits.heldout.length} held out)`,
  );
  for (const name of ["tune", "heldout", "all"] as const) {
    const b = brief(scores[name]);
    console.log(`\n${name} (${b.examples})   precision  recall   F1`);
    console.log(
      `  any kind     ${b.flagged.precision.toFixed(3).padStart(9)} ${b.flagged.recall.toFixed(3).padStart(7)} ${b.flagged.f1.toFixed(3).padStart(6)}`,
    );
    for (const [k, v] of Object.entries(b.by_kind))
      console.log(
        `  ${k.padEnd(12)} ${v.precision.toFixed(3).padStart(9)} ${v.recall.toFixed(3).padStart(7)}   (${v.support})`,
      );
  }
  console.log(
    `\nchat path: ${speed.us_per_message_set} µs per message on the set${speed.us_per_message_goemotions !== null ? `, ${speed.us_per_message_goemotions} µs on GoEmotions dev (${(100 * (speed.goemotions_flagged_share ?? 0)).toFixed(1)}% of those comments flagged)` : ""}`,
  );
  if (speed.goemotions_actions)
    console.log(
      `on GoEmotions dev a chat would answer ${Object.entries(speed.goemotions_actions)
        .map(([a, share]) => `${a} ${(100 * share).toFixed(2)}%`)
        .join(", ")} of comments`,
    );
  if (values.errors)
    for (const e of scores.heldout.errors) console.log(`held-out miss: ${e.label} → ${e.got}: ${e.text}`);
}
