/**
 * Learning a user's preferred style: exponential moving averages of what they write, plus
 * explicit feedback nudges. Profiles are persona-independent plain JSON; the persona's bounds
 * are applied only when directives are produced.
 */

import { clamp, clamp01 } from "../../util/math.ts";
import { detectLanguage, normalizeLanguageCode } from "./language.ts";
import { messageSignals } from "./message-signals.ts";
import type { StyleDimension, StyleFeedback, StyleProfile, StyleValues } from "./types.ts";
import { ema, round } from "./util.ts";

/** Steady-state EMA weight: about the last 10–15 messages dominate the profile. */
const ALPHA = 0.15;
/** Step of one explicit feedback, and the largest offset feedback can accumulate. */
const FEEDBACK_STEP = 0.2;
const MAX_NUDGE = 0.6;
/** Weight of Telegram's language_code relative to a fully confident text detection. */
const LANGUAGE_CODE_PRIOR = 0.3;
/** Language scores kept per profile, so persisted JSON stays small. */
const MAX_LANGUAGES = 4;
/** Text beyond this is ignored by the heuristics (it adds cost, not information). */
const MAX_ANALYSED_CHARS = 4000;

const ZERO_NUDGES: StyleValues = { formality: 0, verbosity: 0, emoji: 0, humour: 0 };

/**
 * A fresh profile for a user we know nothing about: neutral averages and zero messages, so
 * styleDirectives uses the persona's own default style until evidence arrives.
 */
export function initialStyleProfile(): StyleProfile {
  return {
    v: 1,
    messages: 0,
    avgChars: 80,
    emoji: 0.2,
    formality: 0.5,
    humour: 0.3,
    languages: {},
    nudges: ZERO_NUDGES,
    lastSeenAt: null,
  };
}

/**
 * EMA weight for the n-th observation: a plain running mean for the first few messages (so
 * the first message isn't drowned by the neutral starting values), then a fixed ALPHA.
 */
function alphaFor(messagesBefore: number): number {
  return Math.max(ALPHA, 1 / (messagesBefore + 1));
}

/** Blends this message's language votes into the decaying language scores. */
function updateLanguages(
  prev: Readonly<Record<string, number>>,
  text: string,
  languageCode: string | undefined,
  alpha: number,
): Readonly<Record<string, number>> {
  const votes: Record<string, number> = {};
  const detected = detectLanguage(text);
  if (detected) votes[detected.code] = detected.confidence;
  const prior = normalizeLanguageCode(languageCode);
  if (prior) votes[prior] = (votes[prior] ?? 0) + LANGUAGE_CODE_PRIOR;
  const total = Object.values(votes).reduce((a, b) => a + b, 0);
  if (total <= 0) return prev;
  // A confident detection moves the scores more than a weak one or the bare prior.
  const step = alpha * Math.min(1, total);
  const next: Record<string, number> = {};
  const codes = new Set([...Object.keys(prev), ...Object.keys(votes)]);
  for (const code of codes) {
    const score = clamp01(ema(prev[code] ?? 0, (votes[code] ?? 0) / total, step));
    if (score >= 0.01) next[code] = round(score);
  }
  const kept = Object.entries(next)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_LANGUAGES);
  return Object.fromEntries(kept.sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/**
 * Folds one user message into the profile and returns the new profile (the input is not
 * changed). Empty text (stickers, media) only refreshes the language prior and timestamp.
 */
export function observeUserMessage(
  profile: StyleProfile,
  message: { readonly text: string; readonly languageCode?: string; readonly at: number },
): StyleProfile {
  const text = typeof message.text === "string" ? message.text.slice(0, MAX_ANALYSED_CHARS).trim() : "";
  const lastSeenAt = Number.isFinite(message.at) ? message.at : profile.lastSeenAt;
  const alpha = alphaFor(profile.messages);
  if (text.length === 0) {
    return {
      ...profile,
      languages: updateLanguages(profile.languages, "", message.languageCode, ALPHA),
      lastSeenAt,
    };
  }
  const s = messageSignals(text);
  return {
    v: 1,
    messages: profile.messages + 1,
    avgChars: round(Math.max(0, ema(profile.avgChars, s.chars, alpha)), 2),
    emoji: round(clamp01(ema(profile.emoji, s.emoji, alpha))),
    formality: round(clamp01(ema(profile.formality, s.formality, alpha))),
    humour: round(clamp01(ema(profile.humour, s.humour, alpha))),
    languages: updateLanguages(profile.languages, text, message.languageCode, alpha),
    nudges: profile.nudges,
    lastSeenAt,
  };
}

const FEEDBACK: Readonly<Record<StyleFeedback, readonly [StyleDimension, 1 | -1]>> = {
  shorter: ["verbosity", -1],
  longer: ["verbosity", 1],
  more_formal: ["formality", 1],
  less_formal: ["formality", -1],
  more_emoji: ["emoji", 1],
  less_emoji: ["emoji", -1],
  more_humour: ["humour", 1],
  less_humour: ["humour", -1],
};

/**
 * Applies explicit feedback ("shorter", "more_emoji", …) as a lasting offset on one style
 * dimension. Offsets are capped so a burst of taps can't need a burst of opposite taps to undo.
 */
export function applyFeedback(profile: StyleProfile, feedback: StyleFeedback): StyleProfile {
  const entry = FEEDBACK[feedback];
  if (!entry) return profile;
  const [dim, sign] = entry;
  const value = round(clamp(profile.nudges[dim] + sign * FEEDBACK_STEP, -MAX_NUDGE, MAX_NUDGE));
  return { ...profile, nudges: { ...profile.nudges, [dim]: value } };
}

/** Maps an average message length in characters to a 0..1 verbosity preference. */
export function verbosityFromChars(chars: number): number {
  return clamp01(1 - Math.exp(-Math.max(0, chars) / 150));
}

/**
 * The user's learned style as 0..1 values (before persona bounds), and how much to trust it:
 * confidence grows with the number of messages observed, n / (n + 4).
 */
export function learnedStyle(profile: StyleProfile): { style: StyleValues; confidence: number } {
  const n = Math.max(0, profile.messages);
  return {
    style: {
      formality: clamp01(profile.formality),
      verbosity: verbosityFromChars(profile.avgChars),
      emoji: clamp01(profile.emoji),
      humour: clamp01(profile.humour),
    },
    confidence: n / (n + 4),
  };
}

/**
 * The language the user most likely wants replies in: the top-scoring language if it clearly
 * leads, else null (the caller then asks the model to mirror the user's language).
 */
export function preferredLanguage(profile: StyleProfile): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const [code, score] of Object.entries(profile.languages).sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (score > bestScore) {
      best = code;
      bestScore = score;
    }
  }
  return bestScore >= 0.25 ? best : null;
}
