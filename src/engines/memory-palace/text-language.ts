/**
 * Which language a memory or a question is written in, and the normal form its words are indexed
 * under. Both sides of recall must agree on the two, or a stem stored under one language never
 * meets the same word stemmed under another; so this is the one place that decides them.
 *
 * The script comes from the personality engine's detector. Inside a script we score our own
 * stop-word lists, which are longer than the detector's and cover Indonesian and Persian, which it
 * does not tell apart (it reports Persian as Arabic and Indonesian as nothing). When a text gives
 * too little evidence (a short question), the palace's dominant language decides, so a user who
 * writes in Italian keeps Italian stems for "Dove lavoro?" as well.
 */
import { LANGUAGES } from "../../domain/locales.ts";
import { detectLanguage } from "../personality/language.ts";
import { EN_STOP_WORDS, STOP_WORD_TEXT } from "./stop-words.ts";

/** The languages with stemmers, stop words, time expressions and fact rules: every locale's. */
export const MEMORY_LOCALES = LANGUAGES;

const LATIN = ["en", "es", "pt", "de", "fr", "it", "tr", "id"] as const;
/** Languages the detector recognises by a script of their own; they are taken as detected. */
const OWN_SCRIPT = new Set(["ja", "ko", "zh", "el", "he", "hi", "th"]);

const ASCII = /^[^\u0080-\uffff]*$/;
const ZERO_WIDTH = /[\u200b-\u200f\u00ad\u2060\ufeff]/g;
// Harakat, superscript alef and Quranic annotation marks: optional in writing, noise for matching.
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const ARABIC_LETTER_MAP: Record<string, string> = {
  "\u06cc": "\u064a", // Persian yeh → Arabic yeh
  "\u0649": "\u064a", // alef maksura → yeh (written interchangeably in chat)
  "\u06a9": "\u0643", // Persian keheh → Arabic kaf
  "\u0623": "\u0627",
  "\u0625": "\u0627",
  "\u0622": "\u0627",
  "\u0671": "\u0627",
  "\u06c0": "\u0647",
};
const ARABIC_LETTERS = /[\u06cc\u0649\u06a9\u0623\u0625\u0622\u0671\u06c0]/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * The form words are compared in: NFKC (full-width and presentation forms folded), lower case
 * with the language's own rules (Turkish İ/ı), ё as е, and for Arabic script one spelling per
 * letter (ي/ی, ك/ک, hamza on alef), no harakat or tatweel, Western digits. Zero-width joiners are
 * removed, so Persian "می‌خواهم" and "میخواهم" are one word.
 */
export function normalizeText(text: string, lang: string): string {
  // Most chat is plain ASCII, which none of the folds below change except case and quotes.
  if (ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'");
  let t = text.normalize("NFKC").replace(ZERO_WIDTH, "");
  t = lang === "tr" ? t.toLocaleLowerCase("tr") : t.toLowerCase();
  t = t
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/ё/g, "е")
    .replace(/ς/g, "σ");
  if (/[\u0600-\u06ff]/.test(t)) {
    t = t
      .replace(ARABIC_MARKS, "")
      .replace(ARABIC_LETTERS, (c) => ARABIC_LETTER_MAP[c] ?? c)
      .replace(EASTERN_DIGITS, (c) => String((c.charCodeAt(0) - 0x0660) % 0x90));
  }
  return t;
}

/**
 * `normalizeText` done character by character, keeping for each output character the index of the
 * input character it came from, so a phrase found in the normal form can be cut from the original
 * text as the user wrote it. NFKC is left out: it can merge characters, and patterns do not need it.
 */
export function normalizeWithOffsets(text: string, lang: string): { text: string; offsets: number[] } {
  let out = "";
  const offsets: number[] = [];
  const arabic = /[\u0600-\u06ff]/.test(text);
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    ZERO_WIDTH.lastIndex = 0;
    ARABIC_MARKS.lastIndex = 0;
    if (ZERO_WIDTH.test(ch) || (arabic && ARABIC_MARKS.test(ch))) {
      i = next;
      continue;
    }
    let t = lang === "tr" ? ch.toLocaleLowerCase("tr") : ch.toLowerCase();
    t = t
      .replace(/[\u2018\u2019\u02bc`]/g, "'")
      .replace(/ё/g, "е")
      .replace(/ς/g, "σ");
    if (arabic) {
      t = ARABIC_LETTER_MAP[t] ?? t;
      if (/[\u0660-\u0669\u06f0-\u06f9]/.test(t)) t = String((t.charCodeAt(0) - 0x0660) % 0x90);
    }
    out += t;
    for (let k = 0; k < t.length; k++) offsets.push(i);
    i = next;
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

let stopSets: Map<string, Set<string>> | null = null;

/** Normalised stop-word set of a locale (empty for locales without one). */
export function stopWordSet(lang: string): Set<string> {
  if (!stopSets) {
    stopSets = new Map();
    stopSets.set("en", new Set(EN_STOP_WORDS.split(/\s+/)));
    for (const [code, list] of Object.entries(STOP_WORD_TEXT)) {
      stopSets.set(code, new Set(normalizeText(list, code).split(/\s+/).filter(Boolean)));
    }
  }
  return stopSets.get(lang) ?? EMPTY;
}
const EMPTY = new Set<string>();

// Letters that only some Latin-script languages use, with how strongly each suggests them.
const LATIN_HINTS: readonly (readonly [RegExp, string, number])[] = [
  [/[ñ¿¡]/g, "es", 2],
  [/[áéíóú]/g, "es", 0.3],
  [/ß/g, "de", 2],
  [/[äöü]/g, "de", 0.8],
  [/[ãõ]/g, "pt", 2],
  [/[âêôàç]/g, "pt", 0.3],
  [/[èêëîïôûœç]/g, "fr", 0.6],
  [/[ìòù]/g, "it", 0.8],
  [/[ğşı]/g, "tr", 2],
  [/[öüç]/g, "tr", 0.3],
];

/**
 * Frequent words that tell Latin-script languages apart in the short sentences people share about
 * themselves (family, work, home, likes, days). They only score detection; they are not stop words.
 */
const LATIN_WORDS: Readonly<Record<string, string>> = {
  es:
    "llamo llama llaman hija hijo hermano hermana mamá papá esposo esposa novio novia perro gato trabajo " +
    "trabaja vivo vive gusta gustan encanta tengo tienes tiene mañana ayer semana año hoy también casa " +
    "ciudad ahora siempre nunca mucho",
  pt:
    "chamo chama chamam filha filho irmão irmã mãe pai marido esposa namorado namorada cachorro gato " +
    "trabalho trabalha moro mora gosto gosta adoro tenho tem amanhã ontem semana ano hoje também casa " +
    "cidade agora sempre nunca você minha meu",
  it:
    "chiamo chiama figlia figlio fratello sorella mamma papà marito moglie ragazzo ragazza cane gatto " +
    "lavoro lavora vivo vive abito abita piace piacciono adoro domani ieri settimana anno oggi anche casa " +
    "città adesso sempre mai mia",
  de:
    "heiße heißt tochter sohn bruder schwester mutter vater mann frau freund freundin hund katze arbeite " +
    "arbeitet wohne wohnt lebe mag liebe gern gerne morgen gestern woche jahr heute immer nie zuhause " +
    "stadt jetzt",
  fr:
    "appelle appelles fille fils frère sœur mère père mari femme copain copine chien chat travaille " +
    "habite vis aime adore demain hier semaine année aujourd'hui toujours jamais maison ville maintenant",
  tr:
    "adım adı kızım oğlum annem babam kardeşim eşim köpeğim kedim çalışıyorum yaşıyorum seviyorum yarın " +
    "dün hafta yıl bugün ev şehir şimdi hiç",
  id:
    "nama anak ibu ayah kakak adik suami istri pacar anjing kucing kerja bekerja tinggal suka senang " +
    "besok kemarin minggu tahun hari rumah kota sekarang selalu pernah belum",
};
let latinWordSets: Map<string, Set<string>> | null = null;

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

function words(lower: string): string[] {
  return lower.match(/[\p{L}\p{M}]+/gu) ?? [];
}

function best(scores: Map<string, number>): { code: string; score: number; margin: number } | null {
  let code = "";
  let top = 0;
  let second = 0;
  for (const [c, s] of scores) {
    if (s > top) {
      second = top;
      top = s;
      code = c;
    } else if (s > second) second = s;
  }
  return top > 0 ? { code, score: top, margin: top - second } : null;
}

function scoreLists(codes: readonly string[], toks: readonly string[], scores: Map<string, number>): void {
  for (const code of codes) {
    const set = stopWordSet(code);
    let s = scores.get(code) ?? 0;
    for (const w of toks) if (set.has(w)) s += 1;
    scores.set(code, s);
  }
}

function detectLatin(lower: string, prior: string | undefined): string {
  const scores = new Map<string, number>();
  const ascii = ASCII.test(lower);
  for (const [re, code, weight] of ascii ? [] : LATIN_HINTS) {
    const n = count(lower, re);
    if (n > 0) scores.set(code, (scores.get(code) ?? 0) + n * weight);
  }
  // English contractions are English whatever else the words are.
  scores.set("en", (scores.get("en") ?? 0) + 2 * count(lower, /[a-z]'(?:s|t|m|re|ve|ll|d)\b/g));
  const toks = words(lower);
  scoreLists(LATIN, toks, scores);
  latinWordSets ??= new Map(Object.entries(LATIN_WORDS).map(([c, l]) => [c, new Set(l.split(/\s+/))]));
  for (const [code, set] of latinWordSets) {
    let s = 0;
    for (const w of toks) if (set.has(w)) s += 1;
    if (s > 0) scores.set(code, (scores.get(code) ?? 0) + s);
  }
  const top = best(scores);
  const fallback = prior && (LATIN as readonly string[]).includes(prior) ? prior : "en";
  if (!top || top.score < 1.5 || top.margin < 1) {
    // Weak evidence: a short text in the user's usual language should stay in it.
    return top && top.code === fallback ? top.code : fallback;
  }
  return top.code;
}

function detectArabicScript(raw: string, prior: string | undefined): string {
  const scores = new Map<string, number>([
    ["fa", 2 * count(raw, /[پچژگ]/g) + 0.5 * count(raw, /[یک]/g)],
    ["ar", 0.5 * count(raw, /[يكة]/g) + 0.5 * count(raw, /(?:^|\s)ال/g)],
  ]);
  scoreLists(["fa", "ar"], words(normalizeText(raw, "ar")), scores);
  const top = best(scores);
  if (!top || top.margin < 1) return prior === "fa" || prior === "ar" ? prior : (top?.code ?? "ar");
  return top.code;
}

/** Frequent words that differ between Russian and Ukrainian, for detection only. */
const CYRILLIC_WORDS: Readonly<Record<string, string>> = {
  ru:
    "работаю работает работал работала зовут дочь дочка дочку сын сына папа муж жена нравится где когда кто что " +
    "почему какой какая какое очень тоже уже еще сейчас сегодня вчера завтра был была было мой моя свой",
  uk:
    "працюю працює працював працювала звати звуть донька доньку дочка син сина тато чоловік дружина подобається " +
    "де коли хто що чому який яка яке дуже теж вже ще зараз сьогодні вчора завтра був була було мій моя свій",
};
let cyrillicWordSets: Map<string, Set<string>> | null = null;

function detectCyrillic(lower: string, prior: string | undefined): string {
  const ukLetters = count(lower, /[іїєґ]/g);
  const scores = new Map<string, number>([
    // Ukrainian sentences of any length nearly always contain і, ї or є; Russian never does.
    ["uk", 2 * ukLetters],
    ["ru", 2 * count(lower, /[ыэъ]/g) + (ukLetters === 0 ? 0.5 : 0)],
  ]);
  const toks = words(lower);
  scoreLists(["ru", "uk"], toks, scores);
  cyrillicWordSets ??= new Map(
    Object.entries(CYRILLIC_WORDS).map(([c, l]) => [c, new Set(normalizeText(l, c).split(/\s+/))]),
  );
  for (const [code, set] of cyrillicWordSets) {
    for (const w of toks) if (set.has(w)) scores.set(code, (scores.get(code) ?? 0) + 1);
  }
  const top = best(scores);
  if (!top || top.margin < 1) return prior === "uk" || prior === "ru" ? prior : (top?.code ?? "ru");
  return top.code;
}

/**
 * The language of `text`: one of MEMORY_LOCALES, another ISO 639-1 code the detector knows (zh,
 * ja, el, …), or `prior` (else "en") when the text says too little. `prior` is the language the
 * same user usually writes in.
 */
export function textLanguage(text: string, prior?: string): string {
  // Ingest and recall ask about the same text several times in a row (episode, room, facts).
  const key = `${prior ?? ""}\u0000${text}`;
  const hit = recent.get(key);
  if (hit !== undefined) return hit;
  const lang = detect(text, prior);
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(key, lang);
  return lang;
}

const RECENT_LIMIT = 64;
const recent = new Map<string, string>();

function detect(text: string, prior: string | undefined): string {
  const sample = text.length > 600 ? text.slice(0, 600) : text;
  // Plain ASCII can only be one of the Latin-script languages; skip the script census.
  if (ASCII.test(sample))
    return /[a-z]/i.test(sample) ? detectLatin(sample.toLowerCase(), prior) : (prior ?? "en");
  const detected = detectLanguage(sample)?.code;
  if (detected === "ar") return detectArabicScript(sample, prior);
  const lower = sample.toLowerCase();
  if (detected === "ru" || detected === "uk" || detected === "be") return detectCyrillic(lower, prior);
  if (detected && OWN_SCRIPT.has(detected)) return detected;
  // Digits, emoji or punctuation alone say nothing.
  if (!/\p{Script=Latin}/u.test(sample)) return prior ?? "en";
  return detectLatin(lower, prior);
}
