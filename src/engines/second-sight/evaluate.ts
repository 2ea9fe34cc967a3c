/**
 * Scoring the detector on a labelled set: precision and recall of "needs second sight" (any of
 * decision, torn, ambiguous against none), and of each kind on its own.
 */
import type { SecondSightReading, SightKind } from "./types.ts";

/** One labelled message (bench/data/second-sight.json). */
export interface LabelledMessage {
  text: string;
  lang: string;
  label: SightKind;
  split: "tune" | "heldout";
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
  /** Messages with this label. */
  support: number;
}

export interface SightScores {
  /** Flagged (any kind) against none. */
  flagged: PrecisionRecall;
  byKind: Record<Exclude<SightKind, "none">, PrecisionRecall>;
  examples: number;
  /** Messages read wrongly, for looking at. */
  errors: { text: string; label: SightKind; got: SightKind }[];
}

function pr(tp: number, fp: number, fn: number): PrecisionRecall {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    support: tp + fn,
  };
}

/** Scores `detect` on `items`. */
export function scoreSecondSight(
  items: readonly LabelledMessage[],
  detect: (text: string) => SecondSightReading,
): SightScores {
  const kinds = ["decision", "torn", "ambiguous"] as const;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const per = Object.fromEntries(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    (typeof kinds)[number],
    { tp: number; fp: number; fn: number }
  >;
  const errors: SightScores["errors"] = [];
  for (const item of items) {
    const got = detect(item.text).kind;
    const flagged = got !== "none";
    const positive = item.label !== "none";
    if (flagged && positive) tp++;
    else if (flagged) fp++;
    else if (positive) fn++;
    for (const k of kinds) {
      if (got === k && item.label === k) per[k].tp++;
      else if (got === k) per[k].fp++;
      else if (item.label === k) per[k].fn++;
    }
    if (got !== item.label) errors.push({ text: item.text, label: item.label, got });
  }
  return {
    flagged: pr(tp, fp, fn),
    byKind: Object.fromEntries(
      kinds.map((k) => [k, pr(per[k].tp, per[k].fp, per[k].fn)]),
    ) as SightScores["byKind"],
    examples: items.length,
    errors,
  };
}
