import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { EKMAN_LABELS, type EmotionLabel } from "./labels.ts";

/** One GoEmotions comment with its fine-grained label ids and the Ekman groups they map to. */
export interface GoEmotionsExample {
  text: string;
  /** Label ids 0..27 in emotions.txt order. */
  fine: number[];
  /** Distinct Ekman groups of those labels, in EKMAN_LABELS order. */
  ekman: EmotionLabel[];
}

/** The label vocabulary of a GoEmotions copy: fine label names and their Ekman group. */
export interface GoEmotionsTaxonomy {
  fineNames: string[];
  fineToEkman: EmotionLabel[];
}

/**
 * Read emotions.txt and ekman_mapping.json from a GoEmotions folder. The mapping is read rather
 * than hard-coded so that training and the benchmark score exactly the grouping the data ships.
 */
export function loadTaxonomy(dir: string): GoEmotionsTaxonomy {
  const fineNames = readFileSync(join(dir, "emotions.txt"), "utf8")
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);
  const mapping = JSON.parse(readFileSync(join(dir, "ekman_mapping.json"), "utf8")) as Record<
    string,
    string[]
  >;
  const groupOf = new Map<string, EmotionLabel>();
  for (const [group, members] of Object.entries(mapping)) {
    if (!(EKMAN_LABELS as readonly string[]).includes(group)) throw new Error(`unknown Ekman group ${group}`);
    for (const m of members) groupOf.set(m, group as EmotionLabel);
  }
  groupOf.set("neutral", "neutral");
  const fineToEkman = fineNames.map((name) => {
    const g = groupOf.get(name);
    if (g === undefined) throw new Error(`label ${name} has no Ekman group`);
    return g;
  });
  return { fineNames, fineToEkman };
}

/**
 * Parse a GoEmotions TSV (text, comma-separated label ids, comment id; no header), taking the
 * taxonomy from the files next to it.
 */
export function loadGoEmotions(
  tsvPath: string,
  taxonomy = loadTaxonomy(dirname(tsvPath)),
): GoEmotionsExample[] {
  const out: GoEmotionsExample[] = [];
  for (const line of readFileSync(tsvPath, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const [text, labels] = line.split("\t");
    if (text === undefined || labels === undefined) throw new Error(`malformed row: ${line.slice(0, 80)}`);
    const fine = labels.split(",").map((s) => Number.parseInt(s, 10));
    const groups = new Set<EmotionLabel>();
    for (const id of fine) {
      const g = taxonomy.fineToEkman[id];
      if (g === undefined) throw new Error(`label id ${id} out of range`);
      groups.add(g);
    }
    out.push({ text, fine, ekman: EKMAN_LABELS.filter((l) => groups.has(l)) });
  }
  return out;
}
