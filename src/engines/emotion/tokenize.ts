import { EKMAN_LABELS, type EmotionLabel, NUM_LABELS } from "./labels.ts";
import {
  DIMINISHERS,
  EMOJI_EMOTION,
  EMOTICONS,
  INTENSIFIERS,
  NEGATION_SCOPE,
  NEGATORS,
  SCOPE_BREAKERS,
} from "./lexicon.ts";

/** Surface cues counted while tokenising; they feed both model features and arousal. */
export interface TextCues {
  /** Emoji/emoticon votes per Ekman class, in EKMAN_LABELS order. */
  lex: number[];
  exclamations: number;
  questions: number;
  /** Words of two or more letters written entirely in capitals ("WHY", not "I"). */
  capsWords: number;
  words: number;
  intensifiers: number;
  diminishers: number;
  /** Words with a letter repeated three or more times ("sooo"). */
  elongated: number;
  negations: number;
}

/** A message split into model tokens plus the counts of surface cues found on the way. */
export interface Tokenized {
  /** Feature tokens in order: words (negated ones prefixed "!"), emoji, emoticons, "!" and "?". */
  tokens: string[];
  /** Plain lower-cased words (no negation mark) for character n-grams. */
  words: string[];
  /** Parallel to `words`: whether the word sits in a negation scope. */
  negated: boolean[];
  cues: TextCues;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

// Longest emoticons first so ">:(" wins over ":(". They must stand alone (space, punctuation or
// text edge around them), otherwise "http://" would contain ":/" and "(:" would fire inside code.
// Emoticons opening with ":", ";" or "=" may also follow a word directly ("thanks:)").
const emoticonAlternation = (keep: (e: string) => boolean): string =>
  EMOTICONS.map(([e]) => e)
    .filter(keep)
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join("|");
const EMOTICON_SOURCE = emoticonAlternation(() => true);
const GLUED_EMOTICON_SOURCE = emoticonAlternation((e) => /^[:;=]/.test(e));
const EMOTICON_LABEL = new Map<string, EmotionLabel>(EMOTICONS);

const TOKEN_RE = new RegExp(
  [
    // The leading lookahead lets most positions fail on one character before the costly lookbehinds.
    `(?<emoticon>(?=[:;=<>^()\\-])(?:(?<=^|[\\s.,!?])(?:${EMOTICON_SOURCE})|(?<=[\\p{L}\\p{N}])(?:${GLUED_EMOTICON_SOURCE}))(?=$|[\\s.,!?]))`,
    "(?<placeholder>\\[[A-Z]+\\])",
    "(?<emoji>\\p{Extended_Pictographic})",
    "(?<word>[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*)",
    "(?<excl>!+)",
    "(?<quest>\\?+)",
    "(?<stop>[.,;:]+)",
  ].join("|"),
  "gu",
);

const ELONGATION_RE = /(.)\1{2,}/gu;
const HAS_LETTER_RE = /\p{L}/u;
// Emoticons that start with a letter are caught as words by the tokenizer and re-labelled here.
const LETTER_EMOTICONS = new Set(["XD", "xD"]);

function hasTripleLetter(w: string): boolean {
  for (let i = 2; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === w.charCodeAt(i - 1) && c === w.charCodeAt(i - 2)) return true;
  }
  return false;
}

/**
 * Split a chat message into model tokens and surface cues. Negation is marked by prefixing the
 * next few words with "!" (so "not happy" yields "!happy", a separate feature from "happy"),
 * because bag-of-words models otherwise read "not happy" as happy.
 */
export function tokenize(text: string): Tokenized {
  const tokens: string[] = [];
  const words: string[] = [];
  const negated: boolean[] = [];
  const lex = new Array<number>(NUM_LABELS).fill(0);
  const cues: TextCues = {
    lex,
    exclamations: 0,
    questions: 0,
    capsWords: 0,
    words: 0,
    intensifiers: 0,
    diminishers: 0,
    elongated: 0,
    negations: 0,
  };
  const normalized = text.replace(/[’‘`´]/g, "'");
  let scope = 0;
  for (const m of normalized.matchAll(TOKEN_RE)) {
    const g = m.groups!;
    if (g.emoticon !== undefined) {
      tokens.push(`:${g.emoticon}`);
      const label = EMOTICON_LABEL.get(g.emoticon);
      if (label !== undefined) lex[EKMAN_LABELS.indexOf(label)]! += 1;
      scope = 0;
    } else if (g.placeholder !== undefined) {
      // GoEmotions masks names and religions as [NAME]/[RELIGION]; keep them as one token each.
      tokens.push(g.placeholder.toLowerCase());
      if (scope > 0) scope--;
    } else if (g.emoji !== undefined) {
      tokens.push(g.emoji);
      const label = EMOJI_EMOTION.get(g.emoji);
      if (label !== undefined) lex[EKMAN_LABELS.indexOf(label)]! += 1;
    } else if (g.word !== undefined) {
      const raw = g.word;
      if (LETTER_EMOTICONS.has(raw)) {
        tokens.push(`:${raw}`);
        lex[EKMAN_LABELS.indexOf(EMOTICON_LABEL.get(raw)!)]! += 1;
        continue;
      }
      cues.words++;
      const lower = raw.toLowerCase();
      if (raw.length >= 2 && lower !== raw && raw === raw.toUpperCase() && HAS_LETTER_RE.test(raw)) {
        cues.capsWords++;
      }
      let word = lower.includes("'") ? lower.replace(/'/g, "") : lower;
      const elongated = hasTripleLetter(word);
      if (elongated) {
        cues.elongated++;
        word = word.replace(ELONGATION_RE, "$1$1");
      }
      words.push(word);
      negated.push(false);
      if (NEGATORS.has(word) || (word.endsWith("nt") && lower.endsWith("n't"))) {
        cues.negations++;
        tokens.push(word);
        scope = NEGATION_SCOPE;
        continue;
      }
      if (SCOPE_BREAKERS.has(word)) scope = 0;
      // "soo" is still "so": elongation was only collapsed to two letters to keep it visible.
      if (INTENSIFIERS.has(word) || (elongated && INTENSIFIERS.has(word.replace(/(.)\1/gu, "$1")))) {
        cues.intensifiers++;
      }
      if (DIMINISHERS.has(word)) cues.diminishers++;
      if (scope > 0) {
        tokens.push(`!${word}`);
        negated[negated.length - 1] = true;
        scope--;
      } else {
        tokens.push(word);
      }
    } else if (g.excl !== undefined) {
      cues.exclamations += g.excl.length;
      tokens.push("!");
      scope = 0;
    } else if (g.quest !== undefined) {
      cues.questions += g.quest.length;
      tokens.push("?");
      scope = 0;
    } else {
      scope = 0;
    }
  }
  return { tokens, words, negated, cues };
}
