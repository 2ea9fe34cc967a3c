import { clamp } from "../../util/math.ts";
import {
  type ConfidenceLevel,
  confidenceLevel,
  type EmotionAnalysis,
  type EmotionSource,
} from "./analyze.ts";
import { EKMAN_LABELS, type EmotionLabel } from "./labels.ts";

/**
 * Long-lived emotional state of one user, plain JSON so services can persist it as is.
 *
 * Each value is a time-weighted average of what the user's messages showed, shrunk toward a
 * resting value by a prior worth PRIOR_WEIGHT messages. Evidence decays with MOOD_HALF_LIFE_MS,
 * so with silence the prior wins and the mood relaxes; with many recent messages it holds.
 */
export interface MoodState {
  /** Bump when the shape changes so stored states can be migrated or discarded. */
  version: 2;
  /** Pleasantness, -1..1 (rest 0). */
  valence: number;
  /** Activation, 0..1 (rest REST_AROUSAL). */
  arousal: number;
  /** Per-class intensities, 0..1 (rest 0). */
  emotions: Record<EmotionLabel, number>;
  /** Decayed amount of evidence behind the values, in "fully emotional messages". */
  weight: number;
  /** Time of the last update, ms since the epoch. */
  updatedAt: number;
  /** Messages folded in so far. */
  samples: number;
  /** Since when (ms) valence has stayed on its current side, null while it is near neutral. */
  streak: { tone: "low" | "high"; since: number } | null;
  /** Mean confidence of the readings behind the mood, weighted and faded like the values. */
  confidence: number;
  /** Messages read by each reader so far. */
  sources: Record<EmotionSource, number>;
}

/** How a persona reacts emotionally; all three come from the persona definition. */
export interface Temperament {
  /** 0..1: how much the bot leans in with compassion or shared delight. */
  warmth: number;
  /** 0..1: how far the bot's own affect moves with the user's. */
  reactivity: number;
  /** -1..1: the bot's resting pleasantness. */
  baselineValence: number;
}

/** The bot's own affect towards a user right now, plain JSON like MoodState. */
export interface AffectState {
  version: 1;
  valence: number;
  arousal: number;
  /** The conversational stance that follows from the affect, for prompts and logging. */
  stance: "comforting" | "soothing" | "upbeat" | "playful" | "steady" | "reserved";
}

/** Half-life of evidence: a day and a half, so a sad week still shows the next morning. */
export const MOOD_HALF_LIFE_MS = 36 * 60 * 60 * 1000;
/** Arousal of a calm, unremarkable state; mood relaxes toward it rather than toward 0. */
export const REST_AROUSAL = 0.25;
/** How many messages' worth of "resting" mood the averages start from. */
export const PRIOR_WEIGHT = 2;
/** Extra weight of a negative message relative to a positive one. */
const NEGATIVITY_BIAS = 1.5;
/** |valence| above which a streak starts, and below which it ends (hysteresis avoids flicker). */
const STREAK_ON = 0.15;
const STREAK_OFF = 0.08;
/** Valence at or beyond which a mood counts as low or high in descriptions, hints and stance. */
export const LOW_MOOD = -0.12;
export const HIGH_MOOD = 0.12;

const zeroEmotions = (): Record<EmotionLabel, number> =>
  Object.fromEntries(EKMAN_LABELS.map((l) => [l, 0])) as Record<EmotionLabel, number>;

/** A fresh mood for a user we have not heard from yet. */
export function emptyMood(nowMs: number): MoodState {
  return {
    version: 2,
    valence: 0,
    arousal: REST_AROUSAL,
    emotions: zeroEmotions(),
    weight: 0,
    updatedAt: nowMs,
    samples: 0,
    streak: null,
    confidence: 0,
    sources: { model: 0, llm: 0, lexicon: 0 },
  };
}

/**
 * How much one reading counts, by its confidence: a reading the model is sure of counts fully,
 * a word-list hint from a language the model cannot read about half, a bare guess a tenth. So a
 * mood built from lexicon readings moves slowly and never swings on one word.
 */
export function readingWeight(confidence: number): number {
  return clamp(confidence / 0.6, 0.1, 1);
}

// Blend a stored average (over `weight` evidence plus the prior) with `add` evidence of value x,
// after the old evidence has shrunk by `keep`. The prior's mass never decays, which is what pulls
// an idle mood back toward rest.
function blend(value: number, rest: number, weight: number, keep: number, x: number, add: number): number {
  const evidence = (value - rest) * (weight + PRIOR_WEIGHT);
  return rest + (evidence * keep + add * (x - rest)) / (weight * keep + add + PRIOR_WEIGHT);
}

function withStreak(state: MoodState, nowMs: number): MoodState["streak"] {
  const v = state.valence;
  if (Math.abs(v) < STREAK_OFF) return null;
  const side = v <= -STREAK_ON ? "low" : v >= STREAK_ON ? "high" : null;
  if (side !== null && state.streak?.tone !== side) return { tone: side, since: nowMs };
  return state.streak;
}

/**
 * The mood as it stands at `nowMs` with no new messages: older evidence fades with
 * MOOD_HALF_LIFE_MS and the values relax toward rest. Time running backwards (clock skew) is
 * treated as no time passing.
 */
export function decayMood(state: MoodState, nowMs: number): MoodState {
  return fold(state, null, nowMs);
}

function fold(state: MoodState, analysis: EmotionAnalysis | null, nowMs: number): MoodState {
  const dt = Math.max(0, nowMs - state.updatedAt);
  const keep = 0.5 ** (dt / MOOD_HALF_LIFE_MS);
  // Neutral chit-chat counts for less, so "ok" barely dents a sad mood. Negative messages count
  // for more (negativity bias): a polite "thanks" should not cancel out an evening of sadness.
  const add = analysis
    ? (1 - 0.7 * clamp(analysis.scores.neutral, 0, 1)) *
      (analysis.valence < 0 ? NEGATIVITY_BIAS : 1) *
      readingWeight(analysis.confidence)
    : 0;
  const kept = state.weight * keep;
  const confidence =
    analysis && kept + add > 0
      ? (state.confidence * kept + clamp(analysis.confidence, 0, 1) * add) / (kept + add)
      : state.confidence;
  const sources = { ...state.sources };
  if (analysis) sources[analysis.source] = (sources[analysis.source] ?? 0) + 1;
  const emotions = zeroEmotions();
  for (const l of EKMAN_LABELS) {
    const x = analysis ? clamp(analysis.scores[l], 0, 1) : 0;
    emotions[l] = clamp(blend(state.emotions[l], 0, state.weight, keep, x, add), 0, 1);
  }
  const next: MoodState = {
    version: 2,
    valence: clamp(
      blend(state.valence, 0, state.weight, keep, clamp(analysis?.valence ?? 0, -1, 1), add),
      -1,
      1,
    ),
    arousal: clamp(
      blend(state.arousal, REST_AROUSAL, state.weight, keep, clamp(analysis?.arousal ?? 0, 0, 1), add),
      0,
      1,
    ),
    emotions,
    weight: state.weight * keep + add,
    updatedAt: Math.max(nowMs, state.updatedAt),
    samples: state.samples + (analysis ? 1 : 0),
    streak: state.streak,
    confidence,
    sources,
  };
  next.streak = withStreak(next, next.updatedAt);
  return next;
}

/**
 * Fold one analysed message into a user's mood at `nowMs` (`prev` may be null for a new user).
 * Each message weighs in by how emotional it is, against older messages that fade with time.
 */
export function updateMood(prev: MoodState | null, analysis: EmotionAnalysis, nowMs: number): MoodState {
  return fold(prev ?? emptyMood(nowMs), analysis, nowMs);
}

const isFiniteNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/**
 * Validate a persisted mood (e.g. parsed JSON from the database). Returns null for anything that
 * is not a MoodState, so callers start afresh instead of computing with NaNs. Version 1 states
 * (before readings had a confidence) were all read by the English model; they are brought
 * forward with a middling confidence, since nobody checked their language.
 */
export function restoreMood(value: unknown): MoodState | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Partial<Omit<MoodState, "version">> & { version?: number };
  if ((v.version !== 1 && v.version !== 2) || typeof v.emotions !== "object" || v.emotions === null)
    return null;
  const numbers = [v.valence, v.arousal, v.weight, v.updatedAt, v.samples];
  if (!numbers.every(isFiniteNumber)) return null;
  if (!EKMAN_LABELS.every((l) => isFiniteNumber(v.emotions?.[l]))) return null;
  const streak = v.streak;
  if (streak !== null && (typeof streak !== "object" || !isFiniteNumber(streak?.since))) return null;
  if (streak && streak.tone !== "low" && streak.tone !== "high") return null;
  if (v.version === 1) {
    return {
      ...(value as MoodState),
      version: 2,
      confidence: 0.5,
      sources: { model: v.samples!, llm: 0, lexicon: 0 },
    };
  }
  if (!isFiniteNumber(v.confidence) || typeof v.sources !== "object" || v.sources === null) return null;
  if (!(["model", "llm", "lexicon"] as const).every((k) => isFiniteNumber(v.sources?.[k]))) return null;
  return value as MoodState;
}

/** How sure the bot is of a user's mood, for /mood. */
export interface MoodCertainty {
  /** 0..1: the readings' confidence, discounted while there is little recent evidence. */
  confidence: number;
  level: ConfidenceLevel;
  /** The reader behind most of the messages (null before the first one). */
  mainSource: EmotionSource | null;
  samples: number;
}

/**
 * How sure the mood is at `nowMs`: the mean confidence of its readings times the share of
 * evidence against the resting prior (one message is an impression, a week of them a pattern).
 */
export function moodCertainty(state: MoodState, nowMs: number = state.updatedAt): MoodCertainty {
  const s = decayMood(state, nowMs);
  const evidence = s.weight / (s.weight + PRIOR_WEIGHT);
  const confidence = clamp(s.confidence * evidence, 0, 1);
  let mainSource: EmotionSource | null = null;
  for (const k of ["model", "llm", "lexicon"] as const) {
    if (s.sources[k] > 0 && (mainSource === null || s.sources[k] > s.sources[mainSource])) mainSource = k;
  }
  return { confidence, level: confidenceLevel(confidence), mainSource, samples: s.samples };
}

/** The strongest non-neutral emotion in a mood, if any is strong enough to mention. */
export function salientEmotion(state: MoodState, minimum = 0.2): EmotionLabel | null {
  let best: EmotionLabel | null = null;
  for (const l of EKMAN_LABELS) {
    if (l === "neutral" || state.emotions[l] < minimum) continue;
    if (best === null || state.emotions[l] > state.emotions[best]) best = l;
  }
  return best;
}

/** Whole days a streak has lasted at `nowMs` (0 when there is none). */
export function streakDays(state: MoodState, nowMs: number): number {
  return state.streak ? Math.floor(Math.max(0, nowMs - state.streak.since) / 86_400_000) : 0;
}

const EMOTION_PHRASE: Record<EmotionLabel, string> = {
  anger: "some frustration has been coming through",
  disgust: "something seems to have really put you off",
  fear: "you've sounded a little worried",
  joy: "there's been a lot of happiness in your messages",
  sadness: "there's been some sadness in what you write",
  surprise: "quite a few things have caught you by surprise",
  neutral: "",
};

/**
 * A short, human summary of what the bot has noticed about the user's mood, for a /mood
 * command. It speaks in hedged second person ("You've seemed…") because it is an impression
 * from text, not a diagnosis. `nowMs` lets the description account for time since last message.
 */
export function describeMood(state: MoodState, nowMs: number = state.updatedAt): string {
  if (state.samples === 0)
    return "I haven't got a feel for your mood yet. Talk to me a little and I'll notice.";
  const s = decayMood(state, nowMs);
  const v = s.valence;
  const overall =
    v <= -0.35
      ? "You've seemed quite down lately"
      : v <= LOW_MOOD
        ? "You've seemed a bit down lately"
        : v >= 0.35
          ? "You've seemed in really good spirits lately"
          : v >= HIGH_MOOD
            ? "You've seemed in a good mood lately"
            : "You've seemed fairly even-keeled lately";
  const days = streakDays(s, nowMs);
  const duration = days >= 2 ? ` (for ${days} days now)` : "";
  const energy =
    s.arousal >= 0.6 ? ", and rather wound up" : s.arousal <= 0.2 && v < 0 ? ", and low on energy" : "";
  const salient = salientEmotion(s);
  const detail = salient
    ? ` ${EMOTION_PHRASE[salient][0]!.toUpperCase()}${EMOTION_PHRASE[salient].slice(1)}.`
    : "";
  const sure = moodCertainty(state, nowMs);
  const how =
    sure.level === "high"
      ? "I'm quite sure of it"
      : sure.level === "medium"
        ? "I'm fairly sure of it"
        : sure.mainSource === "lexicon"
          ? "I can only pick up a few words of your language, so it's a rough guess"
          : "it's an early impression, so I'm not very sure";
  const basis = ` (That's from ${s.samples} message${s.samples === 1 ? "" : "s"}; ${how}.)`;
  return `${overall}${duration}${energy}.${detail}${basis}`;
}

/**
 * The bot's own affect given the user's mood and the persona's temperament. Warm personas meet
 * a low user with compassion (a softer, calmer affect rather than mirrored sadness) and share
 * good moods; reactivity scales how far the bot moves from its baseline at all.
 */
export function botAffect(userMood: MoodState, temperament: Temperament): AffectState {
  const warmth = clamp(temperament.warmth, 0, 1);
  const reactivity = clamp(temperament.reactivity, 0, 1);
  const baseline = clamp(temperament.baselineValence, -1, 1);
  const uv = userMood.valence;
  // Empathy pulls the bot toward the user's valence, but only part-way when it is negative:
  // a companion that sinks as low as the user is no help.
  const pull = uv >= 0 ? uv * (0.4 + 0.5 * warmth) : uv * (0.2 + 0.3 * warmth);
  const valence = clamp(baseline + reactivity * (pull - baseline * 0.3), -1, 1);
  const userAgitation = userMood.arousal - REST_AROUSAL;
  // Warm bots calm down when the user is agitated and negative, and get livelier with a happy user.
  const arousalShift = uv < 0 ? -warmth * Math.max(0, userAgitation) : userAgitation * 0.6;
  const arousal = clamp(0.35 + reactivity * arousalShift, 0, 1);
  const anger = userMood.emotions.anger + userMood.emotions.disgust;
  const stance: AffectState["stance"] =
    uv <= LOW_MOOD && warmth >= 0.5
      ? anger > userMood.emotions.sadness + userMood.emotions.fear
        ? "soothing"
        : "comforting"
      : uv >= HIGH_MOOD
        ? reactivity >= 0.5
          ? "playful"
          : "upbeat"
        : warmth < 0.3
          ? "reserved"
          : "steady";
  return { version: 1, valence, arousal, stance };
}
