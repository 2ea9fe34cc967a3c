/**
 * Turns persona + learned user style + current emotion/mood into what the reply generator
 * needs: the persona prompt, concrete directives, sampling and the effective style.
 */

import { clamp, clamp01 } from "../../util/math.ts";
import { languageName } from "./language.ts";
import { renderPersonaPrompt } from "./persona-prompt.ts";
import { learnedStyle, preferredLanguage } from "./style-profile.ts";
import type {
  EmotionInput,
  MoodInput,
  StyleDimension,
  StyleDirectives,
  StyleDirectivesInput,
  StyleValues,
} from "./types.ts";
import { round } from "./util.ts";

/** How far a fully-known user can pull the style from the persona's default (inside bounds). */
const ADAPT_MAX = 0.85;
const DIMENSIONS: readonly StyleDimension[] = ["formality", "verbosity", "emoji", "humour"];
/** Languages whose text costs noticeably more tokens per word than English. */
const WIDE_SCRIPT = new Set(["ru", "uk", "be", "el", "ar", "he", "hi", "th", "ja", "ko", "zh"]);
/** [formal, informal] forms of "you" for languages where the choice matters. */
const YOU_FORMS: Readonly<Record<string, readonly [string, string]>> = {
  ru: ["вы", "ты"],
  uk: ["ви", "ти"],
  be: ["вы", "ты"],
  de: ["Sie", "du"],
  fr: ["vous", "tu"],
  es: ["usted", "tú"],
  it: ["Lei", "tu"],
  nl: ["u", "je"],
  pl: ["Pan/Pani", "ty"],
  tr: ["siz", "sen"],
};

function finite(x: number | undefined, fallback: number): number {
  return typeof x === "number" && Number.isFinite(x) ? x : fallback;
}

function cleanEmotion(e: EmotionInput | undefined): EmotionInput | null {
  if (!e) return null;
  // The label comes from another engine; keep only its first word before it enters a prompt.
  const dominant =
    /^\s*([a-z]+(?:[_-][a-z]+)?)/.exec(String(e.dominant ?? "").toLowerCase())?.[1]?.slice(0, 24) ?? "";
  return { dominant, valence: clamp(finite(e.valence, 0), -1, 1), arousal: clamp01(finite(e.arousal, 0)) };
}

function cleanMood(m: MoodInput | undefined): MoodInput | null {
  if (!m) return null;
  const days = finite(m.days, 0);
  return {
    valence: clamp(finite(m.valence, 0), -1, 1),
    arousal: clamp01(finite(m.arousal, 0)),
    days: Math.max(0, Math.floor(days)),
  };
}

function lengthDirective(v: number): string {
  if (v < 0.2) return "Keep replies very short: one sentence, two at most.";
  if (v < 0.4) return "Keep replies to 1–3 sentences.";
  if (v < 0.6) return "Keep replies to a short paragraph (about 2–5 sentences).";
  if (v < 0.8) return "Replies can run to two short paragraphs when the topic needs it.";
  return "Detailed, thorough replies are welcome when the topic calls for it; otherwise stay focused.";
}

function formalityDirective(f: number): string {
  if (f < 0.25)
    return "Write casually, like texting a close friend: contractions and relaxed phrasing are fine.";
  if (f < 0.5) return "Keep a relaxed, conversational tone.";
  if (f < 0.75) return "Keep a polite, clear and friendly tone.";
  return "Use a formal, polished register: complete sentences, no slang.";
}

function emojiDirective(e: number): string {
  if (e < 0.08) return "Don't use emoji.";
  if (e < 0.35) return "Use at most one emoji, and only where it fits.";
  if (e < 0.65) return "Use one or two emoji where they fit naturally.";
  return "Use emoji freely to add warmth and energy.";
}

function humourDirective(h: number): string {
  if (h < 0.15) return "Stay serious; no jokes.";
  if (h < 0.4) return "Keep humour light and rare.";
  if (h < 0.7) return "Light humour is welcome when the moment allows.";
  return "Be playful: wit and jokes are welcome, never at the user's expense.";
}

/**
 * Computes the effective style: the persona default pulled toward the user's learned style
 * (more as evidence grows), plus explicit feedback, softened when the user is low, and finally
 * clamped into the persona's bounds and [0, 1].
 */
function effectiveStyle(input: StyleDirectivesInput, low: number, agitated: boolean): StyleValues {
  const { persona, profile } = input;
  const learned = learnedStyle(profile);
  const weight = ADAPT_MAX * learned.confidence;
  const out: Record<StyleDimension, number> = { formality: 0, verbosity: 0, emoji: 0, humour: 0 };
  for (const dim of DIMENSIONS) {
    const base = clamp01(finite(persona.defaultStyle[dim], 0.5));
    let target = base + (learned.style[dim] - base) * weight + finite(profile.nudges[dim], 0);
    if (dim === "humour") target -= 0.4 * low;
    if (dim === "emoji") target -= 0.2 * low;
    if (dim === "verbosity" && agitated) target -= 0.1;
    const a = clamp01(finite(persona.styleBounds[dim].min, 0));
    const b = clamp01(finite(persona.styleBounds[dim].max, 1));
    out[dim] = round(clamp(target, Math.min(a, b), Math.max(a, b)));
  }
  return out;
}

/**
 * Produces the persona prompt section, concrete style directives, sampling parameters and the
 * effective style for one reply. Pure and deterministic: same inputs, same output.
 */
export function styleDirectives(input: StyleDirectivesInput): StyleDirectives {
  const { persona, profile } = input;
  const emotion = cleanEmotion(input.emotion);
  const mood = cleanMood(input.mood);
  const minValence = Math.min(emotion?.valence ?? 0, mood?.valence ?? 0);
  // 0 at valence -0.2 or above, 1 at -0.7 or below: how much to soften jokes and emoji.
  const low = clamp01((-minValence - 0.2) / 0.5);
  const agitated = emotion !== null && emotion.valence < -0.2 && emotion.arousal >= 0.7;
  const style = effectiveStyle(input, low, agitated);
  const language = preferredLanguage(profile);

  const directives: string[] = [];
  directives.push(
    language
      ? `Answer in ${languageName(language)} (the user's language) unless they switch or ask for another.`
      : "Answer in the same language as the user's last message.",
  );
  directives.push(lengthDirective(style.verbosity));
  directives.push(formalityDirective(style.formality));
  const you = language ? YOU_FORMS[language] : undefined;
  if (you && style.formality >= 0.6) directives.push(`Address the user with the formal "${you[0]}".`);
  else if (you && style.formality <= 0.4) directives.push(`Address the user with the informal "${you[1]}".`);
  directives.push(emojiDirective(style.emoji));
  directives.push(humourDirective(style.humour));

  if (emotion && emotion.valence <= -0.3) {
    const feeling =
      emotion.dominant && emotion.dominant !== "neutral" ? `to feel ${emotion.dominant}` : "upset";
    directives.push(
      `The user seems ${feeling} right now: acknowledge that first, warmly, without rushing to fix it.`,
    );
  }
  if (agitated)
    directives.push("Stay calm and steady: short, grounding sentences; don't mirror the agitation.");
  if (emotion && emotion.valence >= 0.4 && emotion.arousal >= 0.5) {
    directives.push("The user is in high spirits: match their upbeat energy.");
  }
  if (mood && mood.valence <= -0.3) {
    const span = (mood.days ?? 0) >= 2 ? ` for about ${mood.days} days` : " lately";
    directives.push(`Be gentle: the user has been feeling low${span}. Check in softly and go easy on jokes.`);
    if (mood.valence <= -0.5 && (mood.days ?? 0) >= 7) {
      directives.push(
        "If it fits naturally, gently encourage them to reach out to someone they trust or to a professional; never push.",
      );
    }
  } else if (mood && mood.valence >= 0.4) {
    directives.push("The user has been in good spirits lately; a light, upbeat tone fits.");
  }
  if (low > 0 && style.humour >= 0.5) {
    directives.push("Keep any humour soft and kind: no sarcasm or teasing while the user is down.");
  }

  const baseHumour = clamp01(finite(persona.defaultStyle.humour, 0.5));
  const temperature = clamp(
    finite(persona.sampling.temperature, 0.8) + 0.15 * (style.humour - baseHumour) - 0.1 * low,
    0.2,
    1.3,
  );
  const widen = language !== null && WIDE_SCRIPT.has(language) ? 1.5 : 1;
  const maxTokens = Math.round(((100 + 700 * style.verbosity) * widen) / 10) * 10;
  return {
    systemPrompt: renderPersonaPrompt(persona),
    directives,
    sampling: {
      temperature: round(temperature, 2),
      topP: round(clamp(finite(persona.sampling.topP, 0.95), 0.5, 1), 2),
      maxTokens,
    },
    style,
    language,
  };
}
