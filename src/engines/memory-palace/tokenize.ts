/**
 * Tokenisation for the memory palace, in any script: normalised words (see text-language.ts),
 * English contractions and possessives folded, words of scripts written without spaces (Chinese,
 * Japanese, Thai, Lao, Khmer, Burmese) split by `Intl.Segmenter`, stop words of the text's language
 * dropped and stems of that language kept. Both ingest and recall go through here so that index
 * keys and query keys always agree.
 */
import { stemWord } from "./stemmers.ts";
import { EN_STOP_WORDS } from "./stop-words.ts";
import { normalizeText, stopWordSet, textLanguage } from "./text-language.ts";

/**
 * English function words that carry no topic. Kept short on purpose: words such as "never",
 * "first", "new" or "favorite" stay because questions about preferences and firsts hinge on them.
 */
const STOP_WORDS = new Set(EN_STOP_WORDS.split(/\s+/));

/**
 * Words that are stop words for lexical matching but still signal the kind of question being asked;
 * recall reads them from the raw text, so they are only excluded from the index here.
 */
export const QUESTION_WORDS = new Set(["when", "where", "who", "why", "how", "what", "which", "whom"]);

const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan't\b/g, "can not"],
  [/\bwon't\b/g, "will not"],
  [/n't\b/g, " not"],
  [/'re\b/g, " are"],
  [/'ve\b/g, " have"],
  [/'ll\b/g, " will"],
  [/'d\b/g, " would"],
  [/'m\b/g, " am"],
  [/'s\b/g, ""],
  [/s'(?=\s|$)/g, "s"],
];

/** Letters, digits and combining marks, joined by inner apostrophes or hyphens. */
const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['-][\p{L}\p{N}\p{M}]+)*/gu;
const NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(token: string): Intl.Segmenter {
  const locale = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(token)
    ? "ja"
    : /\p{Script=Thai}/u.test(token)
      ? "th"
      : /\p{Script=Lao}/u.test(token)
        ? "lo"
        : /\p{Script=Khmer}/u.test(token)
          ? "km"
          : /\p{Script=Myanmar}/u.test(token)
            ? "my"
            : "zh";
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: "word" });
    segmenters.set(locale, s);
  }
  return s;
}

function pushSegments(token: string, out: string[]): void {
  for (const seg of segmenterFor(token).segment(token)) if (seg.isWordLike) out.push(seg.segment);
}

/**
 * Split text into normalised word tokens. English folds contractions and possessives ("Jon's" ->
 * "jon") and indexes hyphenated compounds as parts and joined ("self-care" -> self, care,
 * selfcare). Elsewhere an apostrophe separates an elided article ("l'école" -> l, école); in
 * Turkish it separates a name from its case ending ("Ankara'da" -> ankara), which is dropped.
 * `lang` defaults to the detected language of the text.
 */
export function words(text: string, lang?: string): string[] {
  const l = lang ?? textLanguage(text);
  let t = normalizeText(text, l);
  if (l === "en") for (const [re, rep] of CONTRACTIONS) t = t.replace(re, rep);
  const out: string[] = [];
  for (const m of t.matchAll(WORD_RE)) {
    const w = m[0];
    if (NO_SPACE_SCRIPT.test(w)) {
      pushSegments(w, out);
    } else if (w.includes("-")) {
      const parts = w.split(/[-']/).filter(Boolean);
      out.push(...parts);
      if (parts.length > 1) out.push(parts.join(""));
    } else if (!w.includes("'")) {
      out.push(w);
    } else if (l === "en") {
      out.push(w.replace(/'/g, ""));
    } else if (l === "tr") {
      out.push(w.slice(0, w.indexOf("'")));
    } else {
      out.push(...w.split("'").filter(Boolean));
    }
  }
  return out;
}

const SINGLE_CHAR_WORD = /[\d\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * True for tokens that should not become index keys: function words of `lang` (English by
 * default) and single letters. English words in a text of a non-Latin language are checked
 * against the English list too ("ok" in a Russian message).
 */
export function isStopWord(word: string, lang = "en"): boolean {
  if (word.length < 2 && !SINGLE_CHAR_WORD.test(word)) return true;
  if (lang === "en") return STOP_WORDS.has(word) || QUESTION_WORDS.has(word);
  if (stopWordSet(lang).has(word)) return true;
  return /^[a-z']+$/.test(word) && NON_LATIN.has(lang) && STOP_WORDS.has(word);
}
const NON_LATIN = new Set(["ru", "uk", "fa", "ar", "el", "he", "hi", "th", "zh", "ja", "ko"]);

/**
 * Stemmed content tokens of a text, in order, duplicates kept (term frequency matters for BM25).
 * `lang` defaults to the detected language; callers that know the text's language pass it so the
 * stems match those of the same text stored earlier.
 */
export function contentStems(text: string, lang?: string): string[] {
  const l = lang ?? textLanguage(text);
  const out: string[] = [];
  for (const w of words(text, l)) {
    if (isStopWord(w, l)) continue;
    out.push(stemWord(w, l));
  }
  return out;
}

/** Distinct stemmed content tokens of a text, used for near-duplicate detection. */
export function stemSet(text: string, lang?: string): Set<string> {
  return new Set(contentStems(text, lang));
}

/** Jaccard similarity of two token sets; 0 when either is empty. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
