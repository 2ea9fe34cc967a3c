import { FOREIGN_LEXICONS, type LanguageLexicon } from "./foreign-lexicon.ts";
import { EKMAN_LABELS, type EmotionLabel, NUM_LABELS } from "./labels.ts";

interface CompiledLexicon {
  exact: Map<string, EmotionLabel>;
  /** Longest stems first, so "злост" wins over a shorter stem of another emotion. */
  stems: Array<readonly [string, EmotionLabel]>;
  before: Set<string>;
  after: Array<readonly [string, boolean]>;
  prefixes: string[];
}

// Arabic-script spellings vary (hamza seats, final yeh and teh marbuta, Arabic vs Persian kaf and
// yeh, optional short vowels), so words and entries are both folded to one spelling before they
// are compared.
const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;
function foldArabic(s: string): string {
  return s
    .replace(ARABIC_DIACRITICS, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/[يى]/g, "ی")
    .replace(/ئ/g, "ی")
    .replace(/ؤ/g, "و")
    .replace(/ك/g, "ک");
}

const HAS_ARABIC = /\p{Script=Arabic}/u;

/** Lower-case (Turkish-aware), NFC, and Arabic-script folding, for words and entries alike. */
export function normalizeWord(word: string, language: string): string {
  const lower = word.toLocaleLowerCase(language === "tr" ? "tr" : undefined).normalize("NFC");
  return HAS_ARABIC.test(lower) ? foldArabic(lower) : lower;
}

const split = (s: string | undefined): string[] => (s ? s.split(/\s+/).filter(Boolean) : []);

function compile(code: string, lex: LanguageLexicon): CompiledLexicon {
  const exact = new Map<string, EmotionLabel>();
  const stems: Array<readonly [string, EmotionLabel]> = [];
  for (const [label, list] of Object.entries(lex.words) as Array<[EmotionLabel, string]>) {
    for (const entry of split(list)) {
      if (entry.endsWith("*")) stems.push([normalizeWord(entry.slice(0, -1), code), label]);
      else exact.set(normalizeWord(entry, code), label);
    }
  }
  stems.sort((a, b) => b[0].length - a[0].length);
  return {
    exact,
    stems,
    before: new Set(split(lex.negation.before).map((w) => normalizeWord(w, code))),
    after: split(lex.negation.after).map((w) =>
      w.endsWith("*") ? [normalizeWord(w.slice(0, -1), code), true] : [normalizeWord(w, code), false],
    ),
    prefixes: split(lex.prefixes).map((p) => normalizeWord(p, code)),
  };
}

const compiled = new Map<string, CompiledLexicon>();
function lexiconFor(code: string): CompiledLexicon | null {
  const lex = FOREIGN_LEXICONS[code];
  if (!lex) return null;
  let c = compiled.get(code);
  if (!c) {
    c = compile(code, lex);
    compiled.set(code, c);
  }
  return c;
}

/** Languages that have a lexicon. */
export const LEXICON_LANGUAGES: readonly string[] = Object.keys(FOREIGN_LEXICONS);

function lookup(lex: CompiledLexicon, word: string): EmotionLabel | null {
  const candidates = [word];
  // Clitics glued to the front (Arabic "و" and, "ال" the) hide the word; shorter leftovers
  // than three letters are too ambiguous to look up.
  for (const p of lex.prefixes) {
    if (word.startsWith(p) && word.length - p.length >= 3) candidates.push(word.slice(p.length));
  }
  for (const w of candidates) {
    const hit = lex.exact.get(w);
    if (hit) return hit;
    for (const [stem, label] of lex.stems) if (w.startsWith(stem)) return label;
  }
  return null;
}

function negatedAt(lex: CompiledLexicon, words: readonly string[], i: number): boolean {
  for (let j = Math.max(0, i - 2); j < i; j++) if (lex.before.has(words[j]!)) return true;
  const next = words[i + 1];
  if (next === undefined) return false;
  return lex.after.some(([w, stem]) => (stem ? next.startsWith(w) : next === w));
}

const JOY = EKMAN_LABELS.indexOf("joy");
const SADNESS = EKMAN_LABELS.indexOf("sadness");

/** Emotion words found in a message, as votes per Ekman class. */
export interface LexiconVotes {
  /** Votes per class in EKMAN_LABELS order (neutral stays 0). */
  votes: number[];
  /** How many words matched an entry (negated ones included). */
  matched: number;
}

/**
 * Count emotion words of the given languages' lexicons in `text` (the first language whose
 * lexicon knows a word decides it). A negated emotion word ("не рад", "no estoy feliz",
 * "mutlu değilim") casts no vote for its emotion; negated joy counts as half a vote of sadness.
 */
export function lexiconVotes(text: string, languages: readonly string[]): LexiconVotes {
  const votes = new Array<number>(NUM_LABELS).fill(0);
  const lexicons = languages.map(lexiconFor).filter((l): l is CompiledLexicon => l !== null);
  if (lexicons.length === 0) return { votes, matched: 0 };
  const raw = text.slice(0, 4000).match(/[\p{L}\p{M}]+/gu) ?? [];
  const words = raw.map((w) => normalizeWord(w, languages[0]!));
  let matched = 0;
  for (let i = 0; i < words.length; i++) {
    for (const lex of lexicons) {
      const label = lookup(lex, words[i]!);
      if (label === null) continue;
      matched++;
      const c = EKMAN_LABELS.indexOf(label);
      if (!negatedAt(lex, words, i)) votes[c]! += 1;
      else if (c === JOY) votes[SADNESS]! += 0.5;
      break;
    }
  }
  return { votes, matched };
}
