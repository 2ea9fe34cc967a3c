/**
 * Lightweight language detection: writing system first, then stopwords and telltale letters for
 * scripts shared by many languages. Good enough to pick the reply language of a chat message;
 * short or ambiguous messages return null and the caller falls back to what it already knows.
 */

/** A detected language (ISO 639-1) with a rough 0..1 confidence. */
export interface DetectedLanguage {
  readonly code: string;
  readonly confidence: number;
}

/** English names of the languages we name in directives; other codes are shown as codes. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: "English",
  ru: "Russian",
  uk: "Ukrainian",
  be: "Belarusian",
  es: "Spanish",
  de: "German",
  fr: "French",
  pt: "Portuguese",
  it: "Italian",
  nl: "Dutch",
  pl: "Polish",
  tr: "Turkish",
  el: "Greek",
  ar: "Arabic",
  he: "Hebrew",
  hi: "Hindi",
  th: "Thai",
  ja: "Japanese",
  ko: "Korean",
  zh: "Chinese",
};

// Scripts used by exactly one of the languages we care about (Han is checked after kana).
const UNIQUE_SCRIPTS: readonly (readonly [RegExp, string])[] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, "ja"],
  [/\p{Script=Hangul}/gu, "ko"],
  [/\p{Script=Han}/gu, "zh"],
  [/\p{Script=Greek}/gu, "el"],
  [/\p{Script=Arabic}/gu, "ar"],
  [/\p{Script=Hebrew}/gu, "he"],
  [/\p{Script=Devanagari}/gu, "hi"],
  [/\p{Script=Thai}/gu, "th"],
];

const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: "the and is are you i it to of that what this have my me with for not was how do don't i'm can just so but hi hello thanks yes your it's".split(
    " ",
  ),
  es: "el la los las que de y es en por para con no una un pero muy qué cómo estoy tengo mi yo hola gracias sí está también del".split(
    " ",
  ),
  de: "der die das und ist nicht ich du es ein eine mit auf wie was bin habe auch sehr danke hallo aber mir dich ja zu".split(
    " ",
  ),
  fr: "le la les et est je tu vous pas une un des que qui pour avec mais c'est très suis bonjour merci ça oui moi j'ai du".split(
    " ",
  ),
  pt: "o a os as que de e é não um uma com para eu você muito está estou obrigado obrigada olá mas tudo bem do da isso".split(
    " ",
  ),
  it: "il lo la gli le e è che non un una per con sono sei ciao grazie molto anche ma cosa come io ho della questo".split(
    " ",
  ),
  nl: "de het een en is niet ik je dat van met maar wat hoe dank hallo ook zijn heb jij".split(" "),
  pl: "i w nie na się to jest że jak co ja ty mam dziękuję cześć tak bardzo czy".split(" "),
  tr: "ve bir bu da de ne ben sen çok için mi var yok merhaba teşekkürler evet nasıl".split(" "),
};

// Letters that strongly suggest one language among the Latin-script ones.
const LATIN_HINTS: readonly (readonly [RegExp, string, number])[] = [
  [/[ñ¿¡]/gu, "es", 2],
  [/ß/gu, "de", 2],
  [/[äöü]/gu, "de", 1],
  [/[ãõ]/gu, "pt", 2],
  [/ç/gu, "pt", 0.5],
  [/ç/gu, "fr", 0.5],
  [/[èêëîïôûœ]/gu, "fr", 1],
  [/[ìò]/gu, "it", 1],
  [/[łąęśźżńć]/gu, "pl", 2],
  [/[ğşı]/gu, "tr", 2],
];

const CYRILLIC_WORDS: Readonly<Record<string, readonly string[]>> = {
  ru: "что это как и не привет спасибо мне я ты он она мы вы да нет у меня очень так".split(" "),
  uk: "що це як і й не та привіт дякую мені я ти він вона ми ви так ні в мене дуже".split(" "),
};

const LATIN_ORDER = Object.keys(STOPWORDS);

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Picks the best-scoring language from a score table; ties go to the earlier key so the result
 * is deterministic. Returns null when nothing scored.
 */
function pickBest(scores: Record<string, number>, order: readonly string[]): DetectedLanguage | null {
  let best: string | null = null;
  let bestScore = 0;
  let second = 0;
  for (const code of order) {
    const s = scores[code] ?? 0;
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = code;
    } else if (s > second) second = s;
  }
  if (best === null) return null;
  const margin = (bestScore - second) / bestScore;
  // Evidence: one stopword is weak, three or more is solid.
  const evidence = Math.min(1, bestScore / 3);
  return { code: best, confidence: Math.round(evidence * (0.4 + 0.6 * margin) * 100) / 100 };
}

function detectCyrillic(lower: string, words: readonly string[]): DetectedLanguage {
  if (/ў/u.test(lower)) return { code: "be", confidence: 0.9 };
  const scores: Record<string, number> = { ru: 0, uk: 0 };
  scores.uk! += 2 * count(lower, /[іїєґ]/gu);
  scores.ru! += 2 * count(lower, /[ыэъё]/gu);
  for (const w of words) {
    if (CYRILLIC_WORDS.ru!.includes(w)) scores.ru! += 1;
    if (CYRILLIC_WORDS.uk!.includes(w)) scores.uk! += 1;
  }
  // Plain Cyrillic with no telltales is most often Russian in practice; say so, but weakly.
  return pickBest(scores, ["ru", "uk"]) ?? { code: "ru", confidence: 0.3 };
}

function detectLatin(lower: string, words: readonly string[]): DetectedLanguage | null {
  const scores: Record<string, number> = {};
  for (const code of LATIN_ORDER) {
    const list = STOPWORDS[code]!;
    let s = 0;
    for (const w of words) if (list.includes(w)) s += 1;
    scores[code] = s;
  }
  for (const [re, code, weight] of LATIN_HINTS)
    scores[code] = (scores[code] ?? 0) + weight * count(lower, re);
  const best = pickBest(scores, LATIN_ORDER);
  // A lone shared word ("a", "de") is not evidence of anything.
  return best && (scores[best.code] ?? 0) >= 1.5 ? best : null;
}

/**
 * Detects the language of a chat message from its script, stopwords and telltale letters.
 * Returns null when the text is too short or ambiguous to say (e.g. "ok", "😂").
 */
export function detectLanguage(text: string): DetectedLanguage | null {
  const sample = text.slice(0, 2000);
  const letters = count(sample, /\p{L}/gu);
  if (letters < 2) return null;
  for (const [re, code] of UNIQUE_SCRIPTS) {
    if (count(sample, re) / letters >= 0.3) return { code, confidence: 0.95 };
  }
  const lower = sample.toLowerCase();
  const words = lower.match(/[\p{L}']+/gu) ?? [];
  const cyrillic = count(sample, /\p{Script=Cyrillic}/gu);
  const latin = count(sample, /\p{Script=Latin}/gu);
  if (cyrillic > latin) return detectCyrillic(lower, words);
  if (latin === 0) return null;
  return detectLatin(lower, words);
}

/**
 * Normalises a Telegram `language_code` ("en-US", "pt-br") to its ISO 639-1 part, or null if it
 * doesn't look like a language code at all.
 */
export function normalizeLanguageCode(code: string | undefined | null): string | null {
  if (typeof code !== "string") return null;
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(code.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** Human-readable name of a language code for directives ("Russian"), falling back to the code. */
export function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? `the language with code "${code}"`;
}
