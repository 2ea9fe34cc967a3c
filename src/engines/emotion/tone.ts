import type { EmotionAnalysis } from "./analyze.ts";
import type { EmotionLabel } from "./labels.ts";
import { decayMood, HIGH_MOOD, LOW_MOOD, type MoodState, salientEmotion, streakDays } from "./mood.ts";

/** What to do about each emotion when it shows in the current message. */
const IN_THE_MOMENT: Record<Exclude<EmotionLabel, "neutral">, string> = {
  anger:
    "The user sounds angry right now: stay calm, don't get defensive, acknowledge the frustration and keep it short.",
  disgust: "The user sounds fed up or disgusted: validate the reaction without piling on.",
  fear: "The user sounds worried or scared: be steady and reassuring, and offer something concrete.",
  joy: "The user sounds happy: share the good mood and match their energy.",
  sadness: "The user sounds sad: be gentle, acknowledge how they feel before anything else.",
  surprise: "The user sounds surprised: be curious with them and help them make sense of it.",
};

/** Words for how a mood has felt, keyed by its most salient emotion. */
const MOOD_WORD: Record<EmotionLabel, string> = {
  anger: "frustrated",
  disgust: "fed up",
  fear: "anxious",
  joy: "happy",
  sadness: "sad",
  surprise: "unsettled",
  neutral: "low",
};

/**
 * A one-line tone instruction for the dialogue prompt, from the user's running mood and (if
 * given) the analysis of the message being answered. The message wins for the immediate tone;
 * a long low or high mood adds context, because a cheerful reply to someone sad for days
 * lands badly even when their latest message is neutral.
 */
export function toneHint(mood: MoodState | null, analysis?: EmotionAnalysis, nowMs?: number): string {
  const now = nowMs ?? mood?.updatedAt ?? 0;
  const m = mood && mood.samples > 0 ? decayMood(mood, now) : null;
  const current = analysis && analysis.dominant !== "neutral" ? analysis.dominant : null;
  const days = m ? streakDays(m, now) : 0;
  const lasting = days >= 2 ? "for several days" : days >= 1 ? "since yesterday" : "lately";
  if (m && m.valence <= LOW_MOOD) {
    const word = MOOD_WORD[salientEmotion(m) ?? "neutral"];
    if (current === "joy") {
      return `The user has been ${word} ${lasting} but sounds brighter now: welcome the lift warmly without making a big deal of it.`;
    }
    const now_ = current ? ` ${IN_THE_MOMENT[current]}` : "";
    return `The user has been ${word} ${lasting}: be gentle and patient, listen more than you advise, and don't push cheerfulness.${now_}`;
  }
  if (current) return IN_THE_MOMENT[current];
  if (m && m.valence >= HIGH_MOOD) {
    return `The user has been in good spirits ${lasting}: keep it warm and light, and enjoy the conversation with them.`;
  }
  return "No strong emotion noticed: keep a natural, friendly tone.";
}
