/**
 * The detector: is a message a decision, torn between feelings, or too unclear to answer well?
 * Decisions and unclear asks are found by their words (patterns.ts, 12 languages); torn feelings
 * by their words too, or by the emotion engine reading the two sides of a "but" with opposite
 * valence, or one message scoring both joy and sadness or fear. What to do follows: a decision
 * that names its options gets perspectives, one that only says "it" a clarifying question; torn
 * feelings said in words get perspectives, those only the emotion engine saw an acknowledgement.
 */
import { AMBIGUOUS, BUT_WORDS, DECISION, OR_WORDS, TORN, VAGUE } from "./patterns.ts";
import type { EmotionReader, SecondSightReading, SightAction, SightKind } from "./types.ts";

/** Valence each side of a "but" must reach, with opposite signs, to count as torn. */
export const CONTRAST_VALENCE = 0.35;
/** Score both a pleasant and an unpleasant emotion must reach in one message to count as mixed. */
export const MIXED_SCORE = 0.5;

const NONE: SecondSightReading = { kind: "none", action: "none", cues: [], options: null };

const words = (text: string): string[] => text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];

/** "A or B" → the few words on each side of the last "or", when both sides have some. */
export function optionsIn(text: string): [string, string] | null {
  const sentence = text.split(/(?<=[.!;…])\s+|\n/u).find((s) => OR_WORDS.test(s.toLowerCase()));
  if (!sentence) return null;
  const lower = sentence.toLowerCase();
  const all = [...lower.matchAll(new RegExp(OR_WORDS.source, "gu"))];
  const m = all.at(-1);
  if (!m || m.index === undefined) return null;
  const clean = (s: string) => s.replace(/[¿?？؟!.,:;"«»“”]+/gu, " ").trim();
  // "Should I move to Lisbon or stay?": the option is "move to Lisbon", not the question's words.
  let head = sentence.slice(0, m.index);
  const lowerHead = head.toLowerCase();
  for (const re of DECISION) {
    const cue = re.exec(lowerHead);
    if (cue && lowerHead.length === head.length) {
      head = head.slice(cue.index + cue[0].length);
      break;
    }
  }
  const before = words(clean(head)).slice(-5);
  const after = words(clean(sentence.slice(m.index + m[0].length))).slice(0, 5);
  if (!before.length || !after.length) return null;
  return [before.join(" "), after.join(" ")];
}

/**
 * Read a message. `analyze` (the emotion engine) is optional: without it torn feelings are found
 * by their words alone. Cheap when nothing matches: a handful of regular expressions, and the
 * emotion engine only on the two halves of a message that has a "but".
 */
export function detectSecondSight(
  text: string,
  options: { analyze?: EmotionReader; analysis?: ReturnType<EmotionReader> } = {},
): SecondSightReading {
  const lower = text.toLowerCase().normalize("NFC").slice(0, 2000);
  if (lower.trim().length < 3) return NONE;
  const cues: string[] = [];
  const hit = (list: readonly RegExp[], name: string) => {
    const found = list.some((re) => re.test(lower));
    if (found) cues.push(name);
    return found;
  };
  const decision = hit(DECISION, "decision-words");
  const tornWords = hit(TORN, "torn-words");
  const unclear = hit(AMBIGUOUS, "unclear-words");
  let tornFeelings = false;
  const a = options.analysis ?? options.analyze?.(text);
  if (a) {
    const low = Math.max(a.scores.sadness ?? 0, a.scores.fear ?? 0);
    if ((a.scores.joy ?? 0) >= MIXED_SCORE && low >= MIXED_SCORE) {
      tornFeelings = true;
      cues.push("mixed-emotions");
    }
  }
  const but = BUT_WORDS.exec(lower);
  if (!tornFeelings && but && options.analyze && but.index > 3 && but.index < lower.length - 4) {
    const left = options.analyze(text.slice(0, but.index));
    const right = options.analyze(text.slice(but.index + but[0].length));
    if (
      Math.abs(left.valence) >= CONTRAST_VALENCE &&
      Math.abs(right.valence) >= CONTRAST_VALENCE &&
      Math.sign(left.valence) !== Math.sign(right.valence)
    ) {
      tornFeelings = true;
      cues.push("contrast");
    }
  }
  const torn = tornWords || tornFeelings;
  if (!decision && !torn && !unclear) return NONE;
  const choices = decision ? optionsIn(text) : null;
  const few = words(lower).length;
  // "Should I do it?": a choice whose subject is only a pronoun needs a question back first.
  const vague = decision && !choices && few <= 5 && VAGUE.test(lower);
  const kind: SightKind = decision ? "decision" : torn ? "torn" : "ambiguous";
  // Feelings the emotion engine reads as pulling two ways are often only sympathy ("so sorry, I
  // hope…") or a wry "sad but true": they are acknowledged, not answered with perspectives.
  const action: SightAction = vague
    ? "clarify"
    : kind === "ambiguous"
      ? "clarify"
      : kind === "torn" && !tornWords
        ? "acknowledge"
        : "perspectives";
  if (vague) cues.push("vague");
  return { kind, action, cues, options: choices };
}
