/**
 * Per-message style signals (emoji, formality, humour) read from surface markers. Each is a
 * cheap heuristic; the style profile averages them over many messages, which is where they
 * become reliable.
 */
import { clamp01 } from "../../util/math.ts";

/** Style signals of one message, each in 0..1 except `chars`. */
export interface MessageSignals {
  readonly chars: number;
  readonly emoji: number;
  readonly formality: number;
  readonly humour: number;
}

const EMOJI = /\p{Extended_Pictographic}/gu;
const EMOTICON = /(?:^|\s)(?:[:;=]-?[)(DPp3]|<3|xD|XD)(?=\s|$)/g;
const LAUGH_EMOJI = /[😂🤣😆😹😜😝😅😄😁🙃😛]/gu;

// Formal markers across the languages we detect: polite forms, greetings, formal "you".
const FORMAL_WORDS =
  /\b(dear|hello|good (morning|afternoon|evening)|regards|sincerely|please|thank you|could you|would you|kindly|appreciate|apologi[sz]e|greetings|usted|por favor|buenos d[ií]as|bitte|guten (tag|morgen|abend)|sie|ihnen|vous|s'il vous pla[iî]t|bonjour|madame|monsieur|por gentileza|obrigad[oa]|prego|buongiorno|cortesemente)\b/giu;
// \b doesn't work with Cyrillic in JS regexes, so those use explicit non-letter boundaries.
const FORMAL_CYRILLIC =
  /(?<!\p{L})(здравствуйте|пожалуйста|будьте добры|уважаем\p{L}*|благодарю|извините|вы|вас|вам|вами|ваш\p{L}*|добрый (день|вечер)|доброе утро|дякую|будь ласка|ви|вам)(?!\p{L})/giu;
const SLANG_WORDS =
  /\b(lol|lmao|omg|u|ur|gonna|wanna|gotta|ya|yo|hey|sup|bro|dude|thx|pls|plz|idk|btw|tbh|nvm|k|kk|yep|nope|yeah|ngl|fr|rn|bruh|wtf|tío|wey|alter|mdr|ptdr|mano|cara|vc|tb)\b/giu;
const SLANG_CYRILLIC =
  /(?<!\p{L})(привет|прив|спс|пж|плз|ок|окей|норм|чё|че|щас|лол|кек|ты|тебя|тебе|твой|ага|хай|пасиб\p{L}*)(?!\p{L})/giu;
const LAUGH_WORDS =
  /(?<!\p{L})(a?(ha){2,}h?|he(he)+|hih(i)+|lol|lmao|lmfao|rofl|xd|kek|(ja){2,}|(je){2,}|k{4,}|(rs){2,}|mdr|ptdr|(ах){2,}|(ха){2,}|а?хах\p{L}*|лол|ору|(хі){2,}|(ha){2,})(?!\p{L})/giu;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** Counts emoji and classic emoticons (":)", "<3"); both read as the same signal. */
export function countEmoji(text: string): number {
  return count(text, EMOJI) + count(text, EMOTICON);
}

/**
 * Scores how formal one message reads, 0 (slangy texting) … 1 (letter-like), from polite
 * markers, capitalisation and final punctuation versus slang, all-lowercase and "!!!".
 */
export function formalityScore(text: string): number {
  let score = 0.5;
  score += 0.15 * Math.min(3, count(text, FORMAL_WORDS) + count(text, FORMAL_CYRILLIC));
  score -= 0.15 * Math.min(3, count(text, SLANG_WORDS) + count(text, SLANG_CYRILLIC));
  const letters = text.match(/\p{L}/gu) ?? [];
  const cased = letters.filter((c) => c.toLowerCase() !== c.toUpperCase());
  if (cased.length >= 3) {
    const first = cased[0]!;
    if (first === first.toUpperCase()) score += 0.1;
    else score -= 0.1;
    // Full lowercase in a sentence-length message is a strong casual marker.
    if (cased.length >= 12 && cased.every((c) => c === c.toLowerCase())) score -= 0.1;
  }
  const trimmed = text.trim();
  if (/[.?!…]["')\]»]?$/u.test(trimmed) && !/[!?]{2,}$/u.test(trimmed)) score += 0.1;
  else if (letters.length >= 12) score -= 0.05;
  if (/[!?]{2,}/u.test(text)) score -= 0.1;
  if (countEmoji(text) > 0) score -= 0.05;
  return clamp01(score);
}

/**
 * Scores how playful one message is: 0 no humour markers, rising with laughter ("haha", "lol",
 * "ахах", "jaja", 😂). A message without markers scores low but not zero, since plain text is
 * not a request for seriousness.
 */
export function humourScore(text: string): number {
  const hits = count(text, LAUGH_WORDS) + count(text, LAUGH_EMOJI);
  if (hits === 0) return 0.3;
  return hits === 1 ? 0.75 : 1;
}

/** Extracts all per-message signals at once. */
export function messageSignals(text: string): MessageSignals {
  return {
    chars: [...text].length,
    emoji: clamp01(countEmoji(text) / 3),
    formality: formalityScore(text),
    humour: humourScore(text),
  };
}
