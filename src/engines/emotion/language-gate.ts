import { detectLanguage, normalizeLanguageCode } from "../personality/language.ts";
import { LEXICON_LANGUAGES, lexiconVotes } from "./lexicon-reading.ts";

/**
 * Which reader may interpret a message. The n-gram model learnt English Reddit comments; on any
 * other language its character n-grams still fire (Russian "злой" shares nothing with "angry", but
 * hashed n-grams collide at random), so it would read confident emotions into text it cannot
 * understand. Only English, or text with no language at all (emoji, "lol"), goes to the model.
 */
export interface ReadingPlan {
  /** ISO 639-1 code of the message, or null when it could not be told. */
  language: string | null;
  /** True when the English model may read the message. */
  model: boolean;
  /**
   * True when the model reads a Latin-script message nobody could place: most are English with
   * no function word ("nice try balance team"), a few are languages the detector does not know,
   * so the reading is kept but may not be strong.
   */
  guarded: boolean;
  /** Lexicons to read it with otherwise (may be empty: then only emoji are read). */
  lexicons: readonly string[];
}

// English function words that are not also common words of the Latin-script languages the
// detector knows ("a", "no", "so", "do", "am", "was", "will", "on", "my" are left out), so two of
// them outvote a detector that took "He's gotta be a robot" for Portuguese.
const ENGLISH_ONLY = new Set(
  "i'm you he she it we they his her him your our their the and or but is are were be been does did not of for with that this what how why when where who just like really very too have has had could would should about from there if all out up an don't didn't can't gonna as by even being got which than then them these those".split(
    " ",
  ),
);
// With no other language in sight, these short words also point to English.
const ENGLISH_ALSO = new Set(
  "i a no so to in on at do am was will me my im dont its thats lol omg".split(" "),
);

// Indonesian is not among the detector's languages and looks like nothing else it knows.
const INDONESIAN_WORDS = new Set(
  "saya aku kamu yang dan di ini itu tidak sangat sekali hari juga dengan untuk ada apa banget gak nggak sudah belum karena tapi mau bisa lagi".split(
    " ",
  ),
);

// Words that settle it alone in a short message ("saya sedih"); "dan" or "di" could be a name.
const INDONESIAN_PRONOUNS = new Set(["saya", "aku", "kamu", "tidak", "sangat", "banget", "gak", "nggak"]);

// Letters Persian has and Arabic lacks, and Persian words that Arabic text rarely contains.
const PERSIAN_LETTERS = /[پچژگ]/u;
const PERSIAN_WORDS = /(^|\s)(است|هست|من|خیلی|می|نمی|این|اون|چرا|هستم)(?=\s|$)/u;

// Entries of the Latin-script word lists that English uses too, so they prove nothing.
const SHARED_WITH_ENGLISH = /\b(?:w+o+w+|a?(?:h+a+)+h*|super|fantastic\w*|terror|panic\w*|shock\w*)\b/giu;

const SCRIPT_LEXICONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\p{Script=Cyrillic}/u, ["ru", "uk"]],
  [/\p{Script=Arabic}/u, ["fa", "ar"]],
  [/\p{Script=Latin}/u, ["es", "pt", "de", "fr", "it", "tr", "id"]],
];

function lexiconsFor(code: string | null, text: string): readonly string[] {
  if (code !== null) {
    if (LEXICON_LANGUAGES.includes(code)) return [code];
    // A related language without a list of its own shares its neighbour's common words.
    if (code === "be") return ["ru", "uk"];
    return [];
  }
  for (const [script, codes] of SCRIPT_LEXICONS) if (script.test(text)) return codes;
  return [];
}

const ENGLISH: ReadingPlan = { language: "en", model: true, guarded: false, lexicons: [] };

function notEnglish(code: string | null, text: string): ReadingPlan {
  return { language: code, model: false, guarded: false, lexicons: lexiconsFor(code, text) };
}

/**
 * Decide how to read a message. `language` is the caller's knowledge of the message's language
 * (when it has any); without it the language is detected from the text.
 */
export function readingPlan(text: string, language?: string | null): ReadingPlan {
  const given = normalizeLanguageCode(language);
  if (given !== null) return given === "en" ? ENGLISH : notEnglish(given, text);
  const words = (
    text
      .slice(0, 2000)
      .toLowerCase()
      .match(/[\p{L}']+/gu) ?? []
  ).map((w) => w.replace(/^'+|'+$/g, "").replace(/'(s|re|ll|ve|d)$/, ""));
  if (words.length === 0) return { language: null, model: true, guarded: false, lexicons: [] };
  const latin = /\p{Script=Latin}/u.test(text);
  const englishOnly = words.filter((w) => ENGLISH_ONLY.has(w)).length;
  if (latin && englishOnly >= 2 && englishOnly * 6 >= words.length) return ENGLISH;
  const detected = detectLanguage(text);
  if (detected) {
    if (detected.code === "en") return ENGLISH;
    if (detected.code === "ar" && (PERSIAN_LETTERS.test(text) || PERSIAN_WORDS.test(text))) {
      return notEnglish("fa", text);
    }
    return notEnglish(detected.code, text);
  }
  if (!latin) return notEnglish(null, text);
  const english = englishOnly > 0 || words.some((w) => ENGLISH_ALSO.has(w));
  const indonesian = words.filter((w) => INDONESIAN_WORDS.has(w));
  if (indonesian.length >= 2 || (!english && indonesian.some((w) => INDONESIAN_PRONOUNS.has(w)))) {
    return notEnglish("id", text);
  }
  if (english) return ENGLISH;
  // No language in sight and no English word: if a Latin-script word list knows one of its words
  // ("Çok korkuyorum" slips past the detector), read it as that; otherwise let the model read it
  // ("wow", "nice try balance team" are English too), guarded.
  const latinLists = lexiconsFor(null, text);
  if (lexiconVotes(text.replace(SHARED_WITH_ENGLISH, " "), latinLists).matched > 0)
    return { language: null, model: false, guarded: false, lexicons: latinLists };
  return { language: null, model: true, guarded: true, lexicons: [] };
}
