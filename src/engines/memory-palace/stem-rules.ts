/**
 * Small rule-based stemmers for Ukrainian and Persian, which Snowball has no algorithm for. Both
 * strip the longest known inflectional ending that leaves a stem of at least three letters, which
 * is the light-stemming approach that works well for retrieval in inflected languages: it joins
 * the forms a chat actually uses ("донька", "доньку", "доньки"; "دخترم", "دخترها", "دختری") and
 * rarely merges unrelated words, because stems must stay long. They are written by us, not ported.
 * Input is normalised text (see text-language.ts): lower case, and for Persian Arabic-form
 * yeh/kaf (ي, ك) with zero-width non-joiners removed.
 */

const MIN_STEM = 3;

/** Endings sorted longest first, so the first match is the longest. */
function byLength(list: string): string[] {
  return [...new Set(list.split(/\s+/).filter(Boolean))].sort((a, b) => b.length - a.length);
}

function stripLongest(word: string, endings: readonly string[], minStem = MIN_STEM): string {
  for (const e of endings) {
    if (word.length - e.length >= minStem && word.endsWith(e)) return word.slice(0, -e.length);
  }
  return word;
}

// Noun, adjective and verb endings of Ukrainian, including the -ва- of -увати/-ювати verbs so
// that "працюю", "працює", "працювала" and "працювати" share "працю".
const UK_ENDINGS = byLength(
  "вання вати вала вали вало вав " +
    "аю аєш ає аємо аєте ають яю яєш яє яємо яєте яють " +
    "ами ями ого ому ими іми ієї ого ими ові еві єві ість ості істю " +
    "ати яти ити іти ала яла ила іла али яли или іли ало яло ило ують юють ають яють ать ять уть ють " +
    "ить іть ете єте ите іте емо ємо имо імо еш єш иш іш ив ів їв ав ах ях ам ям ом ем ою ею єю ої ій " +
    "ий им ім их іх ла ли ло ти ть ся сь а я о е є у ю и і ї ь",
);

/** Light stemmer for Ukrainian (our own rules: Snowball has no Ukrainian algorithm). */
export function stemUkrainian(word: string): string {
  if (word.length <= MIN_STEM || !/^[\p{Script=Cyrillic}'’-]+$/u.test(word)) return word;
  let w = word;
  // Reflexive particle first ("займаюся" → "займаю"), then one ending, then a soft sign.
  if (w.length > MIN_STEM + 2 && (w.endsWith("ся") || w.endsWith("сь"))) w = w.slice(0, -2);
  w = stripLongest(w, UK_ENDINGS);
  if (w.endsWith("ь") && w.length > MIN_STEM) w = w.slice(0, -1);
  return w;
}

// Persian: plural (ها, ان, ات), possessive (م ت ش مان تان شان), ezafe and indefinite ی, the
// comparative تر/ترین and personal verb endings; written in the normalised letters (ي, ك).
const FA_ENDINGS = byLength(
  "هايمان هايتان هايشان هايم هايت هايش هاي ها ترين تر مان تان شان ايم ايد اند ات ان ام اي يم يد ند " +
    "يت يش م ت ش ي د",
);
const FA_PREFIXES = ["نمي", "مي"];

/** Light stemmer for Persian (our own rules: Snowball has no Persian algorithm). */
export function stemPersian(word: string): string {
  if (word.length <= MIN_STEM || !/^[\p{Script=Arabic}]+$/u.test(word)) return word;
  let w = word;
  // The continuous prefix می/نمی marks verbs ("ميخواهم" → "خواهم"); only strip it from words
  // long enough to be a prefixed verb, never from short nouns that start with the same letters.
  for (const p of FA_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= MIN_STEM) {
      w = w.slice(p.length);
      break;
    }
  }
  // Two passes take a plural and a possessive together ("دخترهايم" → "دختر").
  w = stripLongest(w, FA_ENDINGS);
  w = stripLongest(w, FA_ENDINGS);
  return w;
}
