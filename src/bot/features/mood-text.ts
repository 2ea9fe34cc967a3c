/**
 * /mood in the user's language: the mood report (where the user's mood stands, how long, how sure
 * the bot is, its own stance) told as a few short sentences, each its own Fluent message so
 * every language can phrase it whole instead of gluing English fragments.
 */
import { HIGH_MOOD, LOW_MOOD } from "../../engines/emotion/index.ts";
import type { Translate } from "../../i18n/index.ts";
import type { MindService } from "../../services/mind-service.ts";

type MoodReport = NonNullable<Awaited<ReturnType<MindService["moodReport"]>>>;

// Beyond these the mood reads as clearly (not just a little) low or high.
const VERY_LOW = -0.35;
const VERY_HIGH = 0.35;

function band(valence: number): string {
  if (valence <= VERY_LOW) return "very-low";
  if (valence <= LOW_MOOD) return "low";
  if (valence >= VERY_HIGH) return "very-high";
  if (valence >= HIGH_MOOD) return "high";
  return "even";
}

/** The /mood reply for a report. */
export function moodText(t: Translate, r: MoodReport): string {
  const { certainty: sure } = r;
  const lines = [t(`mood-overall-${band(r.valence)}`)];
  if (r.streakDays >= 2) lines.push(t("mood-streak", { days: r.streakDays }));
  if (r.arousal >= 0.6) lines.push(t("mood-energy-high"));
  else if (r.arousal <= 0.2 && r.valence < 0) lines.push(t("mood-energy-low"));
  if (r.salient && r.salient !== "neutral") lines.push(t(`mood-salient-${r.salient}`));
  // A low reading mostly from word lists is said as such: the bot barely reads that language.
  const how = sure.level === "low" && sure.mainSource === "lexicon" ? "lexicon" : sure.level;
  lines.push(t(`mood-sure-${how}`, { samples: sure.samples }));
  return `${lines.join(" ")}\n\n${t(`mood-stance-${r.stance}`)}`;
}
