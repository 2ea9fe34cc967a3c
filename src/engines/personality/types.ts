/**
 * Plain-data types of the personality engine. Everything here is JSON-safe so personas and
 * style profiles can be persisted as-is; the `v` tag lets a later version migrate old rows.
 */

/** Big Five (OCEAN) traits, each in 0..1. */
export interface BigFive {
  readonly openness: number;
  readonly conscientiousness: number;
  readonly extraversion: number;
  readonly agreeableness: number;
  readonly neuroticism: number;
}

/** How a persona feels things, handed to the emotion engine; valence in -1..1, the rest 0..1. */
export interface Temperament {
  readonly warmth: number;
  readonly reactivity: number;
  readonly baselineValence: number;
}

/** The four style dimensions the engine steers, each in 0..1. */
export interface StyleValues {
  readonly formality: number;
  readonly verbosity: number;
  readonly emoji: number;
  readonly humour: number;
}

/** Name of one style dimension. */
export type StyleDimension = keyof StyleValues;

/** Inclusive range inside 0..1 with min <= max. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Per-dimension limits a persona never leaves, whatever the user prefers. */
export type StyleBounds = { readonly [K in StyleDimension]: Range };

/** Default LLM sampling parameters of a persona. */
export interface Sampling {
  readonly temperature: number;
  readonly topP: number;
}

/** A character the bot can play: built in, or made by a user from a short description. */
export interface Persona {
  readonly v: 1;
  /** Short ASCII id ([a-z0-9-], at most 24 chars), safe inside Telegram callback_data. */
  readonly id: string;
  readonly kind: "builtin" | "custom";
  /** Telegram user id (as a string) of the creator of a custom persona; null for built-ins. */
  readonly ownerId: string | null;
  readonly name: string;
  readonly emoji: string;
  /** One line for a menu. */
  readonly tagline: string;
  /** The user's own (sanitised) description of a custom persona; null for built-ins. */
  readonly brief: string | null;
  readonly bigFive: BigFive;
  readonly voice: string;
  /** Things the persona won't do or say; always starts with the shared safety rules. */
  readonly boundaries: readonly string[];
  readonly exampleLines: readonly string[];
  readonly temperament: Temperament;
  readonly styleBounds: StyleBounds;
  /** Where the style sits before anything is known about the user; inside styleBounds. */
  readonly defaultStyle: StyleValues;
  readonly sampling: Sampling;
}

/** Explicit style feedback a user can give (e.g. from inline buttons). */
export type StyleFeedback =
  | "shorter"
  | "longer"
  | "more_formal"
  | "less_formal"
  | "more_emoji"
  | "less_emoji"
  | "more_humour"
  | "less_humour";

/**
 * What the engine has learned about one user's writing style. Persona-independent: the same
 * profile is projected into whichever persona is active, inside that persona's bounds.
 */
export interface StyleProfile {
  readonly v: 1;
  /** Messages observed so far (drives how much the learned values are trusted). */
  readonly messages: number;
  /** EMA of message length in characters. */
  readonly avgChars: number;
  /** EMA of the per-message emoji signal (0 none … 1 three or more). */
  readonly emoji: number;
  /** EMA of the per-message formality score. */
  readonly formality: number;
  /** EMA of the per-message humour score. */
  readonly humour: number;
  /** EMA of language votes, keyed by ISO 639-1 code; only the strongest few are kept. */
  readonly languages: Readonly<Record<string, number>>;
  /** Offsets from explicit feedback, each in -0.6..0.6, added on top of the learned style. */
  readonly nudges: StyleValues;
  /** `at` of the last observed message (caller's clock, ms), null before the first one. */
  readonly lastSeenAt: number | null;
}

/** A user's current emotion as reported by the emotion engine (valence -1..1, arousal 0..1). */
export interface EmotionInput {
  readonly dominant: string;
  readonly valence: number;
  readonly arousal: number;
}

/** A user's longer-running mood; `days` is how long it has been like this, if known. */
export interface MoodInput {
  readonly valence: number;
  readonly arousal: number;
  readonly days?: number;
}

/** Everything styleDirectives needs. */
export interface StyleDirectivesInput {
  readonly persona: Persona;
  readonly profile: StyleProfile;
  readonly emotion?: EmotionInput;
  readonly mood?: MoodInput;
}

/** What the reply generator gets: prompt section, directives, sampling and effective style. */
export interface StyleDirectives {
  /** The persona section of the system prompt: identity, voice, boundaries, example lines. */
  readonly systemPrompt: string;
  /** Concrete, imperative style directives for this turn. */
  readonly directives: readonly string[];
  readonly sampling: { readonly temperature: number; readonly topP: number; readonly maxTokens: number };
  /** Effective style, clamped to the persona's bounds. */
  readonly style: StyleValues;
  /** Language the directives ask for (ISO 639-1), or null when unknown. */
  readonly language: string | null;
}

/** Result of building or parsing a persona: the persona, or a reason a user can read. */
export type PersonaResult =
  | { readonly ok: true; readonly persona: Persona }
  | { readonly ok: false; readonly error: string };
