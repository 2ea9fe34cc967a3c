/** Plain data of the second-sight engine. */

/** What a message holds: a decision, feelings pulling two ways, an unclear ask, or none of these. */
export type SightKind = "decision" | "torn" | "ambiguous" | "none";

/**
 * What to do about it: ask one clarifying question, offer perspectives, acknowledge both
 * feelings (a lighter touch, for mixed feelings only the emotion engine noticed), or nothing.
 */
export type SightAction = "clarify" | "perspectives" | "acknowledge" | "none";

/** The detector's reading of one message. */
export interface SecondSightReading {
  kind: SightKind;
  action: SightAction;
  /** Why: "decision-words", "torn-words", "unclear-words", "mixed-emotions", "contrast", "vague". */
  cues: string[];
  /** The two options of an "A or B" decision, in the user's words, when it names them. */
  options: [string, string] | null;
}

/** The part of the emotion engine the detector uses. */
export type EmotionReader = (text: string) => { valence: number; scores: Record<string, number> };

/** Formats the message `id` of `locale` with `vars` (I18n#t, as the offline responder takes it). */
export type Translate = (locale: string, id: string, vars?: Record<string, string | number>) => string;
