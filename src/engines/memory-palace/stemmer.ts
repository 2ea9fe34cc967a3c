/**
 * Porter stemmer (M. F. Porter, 1980), written from the published algorithm.
 *
 * Recall matches words by their stems so that "running", "runs" and "ran"-style inflections of the
 * same word meet in the lexical index without a model. A handful of irregular forms that Porter
 * cannot reach (ran, went, children…) are mapped first because they are frequent in chat.
 */

const IRREGULAR: Record<string, string> = {
  ran: "run",
  went: "go",
  gone: "go",
  goes: "go",
  did: "do",
  done: "do",
  does: "do",
  made: "make",
  bought: "buy",
  brought: "bring",
  thought: "think",
  taught: "teach",
  caught: "catch",
  felt: "feel",
  kept: "keep",
  met: "meet",
  left: "leav",
  lost: "lose",
  won: "win",
  saw: "see",
  seen: "see",
  took: "take",
  taken: "take",
  gave: "give",
  given: "give",
  got: "get",
  gotten: "get",
  wrote: "write",
  written: "write",
  read: "read",
  ate: "eat",
  eaten: "eat",
  drove: "drive",
  driven: "drive",
  flew: "fly",
  flown: "fly",
  began: "begin",
  begun: "begin",
  sang: "sing",
  sung: "sing",
  swam: "swim",
  swum: "swim",
  told: "tell",
  sold: "sell",
  found: "find",
  built: "build",
  spent: "spend",
  sent: "send",
  became: "becom",
  came: "come",
  knew: "know",
  known: "know",
  grew: "grow",
  grown: "grow",
  drew: "draw",
  drawn: "draw",
  chose: "choos",
  chosen: "choos",
  fell: "fall",
  fallen: "fall",
  held: "hold",
  heard: "hear",
  paid: "pai",
  said: "sai",
  children: "child",
  kids: "kid",
  men: "man",
  women: "woman",
  people: "person",
  mice: "mous",
  feet: "foot",
  teeth: "tooth",
  better: "good",
  best: "good",
};

function isConsonant(w: string, i: number): boolean {
  const c = w[i];
  if (c === "a" || c === "e" || c === "i" || c === "o" || c === "u") return false;
  if (c === "y") return i === 0 ? true : !isConsonant(w, i - 1);
  return true;
}

/** m() of the Porter paper: the number of vowel-consonant sequences in w[0..end). */
function measure(w: string, end: number): number {
  let n = 0;
  let i = 0;
  while (i < end && isConsonant(w, i)) i++;
  while (i < end) {
    while (i < end && !isConsonant(w, i)) i++;
    if (i >= end) break;
    while (i < end && isConsonant(w, i)) i++;
    n++;
  }
  return n;
}

function hasVowel(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isConsonant(w, i)) return true;
  return false;
}

function endsDoubleConsonant(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1);
}

/** *o condition: stem ends consonant-vowel-consonant, the last not w, x or y. */
function endsCvc(w: string, end: number): boolean {
  if (end < 3) return false;
  if (!isConsonant(w, end - 1) || isConsonant(w, end - 2) || !isConsonant(w, end - 3)) return false;
  const c = w[end - 1];
  return c !== "w" && c !== "x" && c !== "y";
}

/** Replace `suffix` by `repl` when the stem before it has measure > `minM`. */
function replaceIf(w: string, suffix: string, repl: string, minM: number): string | null {
  if (!w.endsWith(suffix)) return null;
  const stemLen = w.length - suffix.length;
  if (measure(w, stemLen) > minM) return w.slice(0, stemLen) + repl;
  return w;
}

function step1a(w: string): string {
  if (w.endsWith("sses")) return w.slice(0, -2);
  if (w.endsWith("ies")) return w.slice(0, -2);
  if (w.endsWith("ss")) return w;
  if (w.endsWith("s") && w.length > 3) return w.slice(0, -1);
  return w;
}

function step1b(w: string): string {
  if (w.endsWith("eed")) {
    return measure(w, w.length - 3) > 0 ? w.slice(0, -1) : w;
  }
  let stem: string | null = null;
  if (w.endsWith("ed") && hasVowel(w, w.length - 2)) stem = w.slice(0, -2);
  else if (w.endsWith("ing") && hasVowel(w, w.length - 3)) stem = w.slice(0, -3);
  if (stem === null) return w;
  if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) return stem + "e";
  if (endsDoubleConsonant(stem)) {
    const last = stem[stem.length - 1];
    if (last !== "l" && last !== "s" && last !== "z") return stem.slice(0, -1);
    return stem;
  }
  if (measure(stem, stem.length) === 1 && endsCvc(stem, stem.length)) return stem + "e";
  return stem;
}

function step1c(w: string): string {
  if (w.endsWith("y") && hasVowel(w, w.length - 1)) return w.slice(0, -1) + "i";
  return w;
}

const STEP2: [string, string][] = [
  ["ational", "ate"],
  ["tional", "tion"],
  ["enci", "ence"],
  ["anci", "ance"],
  ["izer", "ize"],
  ["bli", "ble"],
  ["alli", "al"],
  ["entli", "ent"],
  ["eli", "e"],
  ["ousli", "ous"],
  ["ization", "ize"],
  ["ation", "ate"],
  ["ator", "ate"],
  ["alism", "al"],
  ["iveness", "ive"],
  ["fulness", "ful"],
  ["ousness", "ous"],
  ["aliti", "al"],
  ["iviti", "ive"],
  ["biliti", "ble"],
  ["logi", "log"],
];

const STEP3: [string, string][] = [
  ["icate", "ic"],
  ["ative", ""],
  ["alize", "al"],
  ["iciti", "ic"],
  ["ical", "ic"],
  ["ful", ""],
  ["ness", ""],
];

const STEP4 = [
  "al",
  "ance",
  "ence",
  "er",
  "ic",
  "able",
  "ible",
  "ant",
  "ement",
  "ment",
  "ent",
  "ion",
  "ou",
  "ism",
  "ate",
  "iti",
  "ous",
  "ive",
  "ize",
];

function applyTable(w: string, table: [string, string][], minM: number): string {
  for (const [suffix, repl] of table) {
    if (w.endsWith(suffix)) return replaceIf(w, suffix, repl, minM) ?? w;
  }
  return w;
}

function step4(w: string): string {
  // Longest matching suffix wins, as in the paper's table order by last letters.
  let best = "";
  for (const s of STEP4) if (w.endsWith(s) && s.length > best.length) best = s;
  if (!best) return w;
  const stemLen = w.length - best.length;
  if (measure(w, stemLen) <= 1) return w;
  if (best === "ion") {
    const c = w[stemLen - 1];
    if (c !== "s" && c !== "t") return w;
  }
  return w.slice(0, stemLen);
}

function step5(w: string): string {
  let out = w;
  if (out.endsWith("e")) {
    const m = measure(out, out.length - 1);
    if (m > 1 || (m === 1 && !endsCvc(out, out.length - 1))) out = out.slice(0, -1);
  }
  if (measure(out, out.length) > 1 && endsDoubleConsonant(out) && out.endsWith("l")) out = out.slice(0, -1);
  return out;
}

/**
 * Reduce a lower-case English word to its Porter stem, so inflected forms share one index key.
 * Words of one or two letters and tokens containing digits are returned unchanged.
 */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length <= 2 || /[^a-z]/.test(word)) return word;
  let w = word;
  w = step1a(w);
  w = step1b(w);
  w = step1c(w);
  w = applyTable(w, STEP2, 0);
  w = applyTable(w, STEP3, 0);
  w = step4(w);
  w = step5(w);
  return w;
}
