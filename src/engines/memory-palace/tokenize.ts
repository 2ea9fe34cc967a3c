/**
 * Tokenisation for the memory palace: lower-cased words, contractions and possessives folded, stop
 * words dropped, Porter stems kept. Both ingest and recall go through here so that index keys and
 * query keys always agree.
 */
import { stem } from "./stemmer.ts";

/**
 * Function words that carry no topic. Kept short on purpose: words such as "never", "first", "new"
 * or "favorite" stay because questions about preferences and firsts hinge on them.
 */
const STOP_WORDS = new Set(
  (
    "a an the and or but if then else so than that this these those there here of to in on at by for " +
    "with about as into onto from up down out off over under again further once is am are was were be been " +
    "being have has had having do does did doing i me my mine myself we us our ours ourselves you your yours " +
    "yourself yourselves he him his himself she her hers herself it its itself they them their theirs " +
    "themselves what which who whom whose when where why how all any both each few more most other some such " +
    "no nor not only own same too very s t can will just don should now d ll m o re ve y ain aren couldn " +
    "didn doesn hadn hasn haven isn ma mightn mustn needn shan shouldn wasn weren won wouldn would could " +
    "might must shall may also yeah yes oh hey hi hello wow ok okay really lot lots thing things something " +
    "anything everything get got gonna wanna gotta let lets like just well much many even still though " +
    "too quite pretty kind sort totally definitely absolutely sure thanks thank glad great awesome cool " +
    "amazing good nice"
  ).split(/\s+/),
);

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

/** Split text into lower-case word tokens, folding contractions and possessives ("Jon's" -> "jon"). */
export function words(text: string): string[] {
  let t = text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
  for (const [re, rep] of CONTRACTIONS) t = t.replace(re, rep);
  const out: string[] = [];
  for (const m of t.matchAll(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g)) {
    const w = m[0];
    if (w.includes("-")) {
      // Hyphenated compounds are indexed both as parts and joined ("self-care" -> self, care, selfcare).
      const parts = w.split(/[-']/).filter(Boolean);
      out.push(...parts);
      if (parts.length > 1) out.push(parts.join(""));
    } else {
      out.push(w.replace(/'/g, ""));
    }
  }
  return out;
}

/** True for tokens that should not become index keys (function words and single letters). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || QUESTION_WORDS.has(word) || (word.length < 2 && !/\d/.test(word));
}

/** Stemmed content tokens of a text, in order, duplicates kept (term frequency matters for BM25). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (isStopWord(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Distinct stemmed content tokens of a text, used for near-duplicate detection. */
export function stemSet(text: string): Set<string> {
  return new Set(contentStems(text));
}

/** Jaccard similarity of two token sets; 0 when either is empty. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
