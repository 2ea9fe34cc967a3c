/**
 * Offline fact rules for the bot's other eleven locales: what people most often say about
 * themselves — a name ("мою дочь зовут Матильда", "mi hija se llama…", "دخترم ماتیلدا نام دارد"),
 * a job, a home, a liking, an age. A fact keeps the user's own words and language, attributed to
 * the speaker ("Anna: мою дочь зовут Матильда"): rewriting inflected languages into the third
 * person takes grammar we do not have offline, while the quoted clause stays self-contained,
 * reads right in /memory and matches later questions in the same language.
 *
 * Patterns are written in lower case and normalised like the text (see text-language.ts), with
 * placeholders: {name} a name (capitalised where the script has case), {w} one word, {clause} the
 * rest of the clause, {before} the one to four words before a verb (Turkish and Persian put the
 * object first), {num} a number.
 */
import { normalizeText, normalizeWithOffsets, stopWordSet } from "./text-language.ts";
import type { ExtractedFact, RoomId } from "./types.ts";

type Spec = [pattern: string, room: RoomId, salience: number];

const ID = 0.95;
const PPL = 0.85;
const WRK = 0.85;
const PLC = 0.8;
const PRF = 0.6;

const RULES: Record<string, Spec[]> = {
  ru: [
    ["меня зовут {name}", "identity", ID],
    ["мо(?:ю|я|й|его|ей|и|их) {w} зовут {name}", "people", PPL],
    ["мне {num} (?:год|года|лет)", "identity", ID],
    ["я (?:сейчас )?работаю {clause}", "work", WRK],
    ["я по профессии {clause}", "work", WRK],
    ["я (?:сейчас )?живу {clause}", "places", PLC],
    ["я (?:родом )?из {clause}", "places", PLC],
    ["я (?:очень |просто )?(?:люблю|обожаю|ненавижу) {clause}", "preferences", PRF],
    ["мне (?:очень )?нравится {clause}", "preferences", PRF],
    ["мне (?:очень )?нравятся {clause}", "preferences", PRF],
  ],
  uk: [
    ["мене звати {name}", "identity", ID],
    ["мо(?:ю|я|го|єї|й|ї|іх) {w} зв(?:уть|ати) {name}", "people", PPL],
    ["мені {num} (?:рік|роки|років)", "identity", ID],
    ["я (?:зараз )?працюю {clause}", "work", WRK],
    ["я (?:зараз )?живу {clause}", "places", PLC],
    ["я родом з {clause}", "places", PLC],
    ["я (?:дуже )?(?:люблю|обожнюю|ненавиджу) {clause}", "preferences", PRF],
    ["мені (?:дуже )?подоба(?:ється|ються) {clause}", "preferences", PRF],
  ],
  es: [
    ["(?:me llamo|mi nombre es) {name}", "identity", ID],
    ["mis? {w} se llama(?:n)? {name}", "people", PPL],
    ["el nombre de mi {w} es {name}", "people", PPL],
    ["tengo {num} años", "identity", ID],
    ["(?:yo )?trabajo (?:como|de|en|para) {clause}", "work", WRK],
    ["mi trabajo es {clause}", "work", WRK],
    ["(?:yo )?vivo en {clause}", "places", PLC],
    ["soy de {clause}", "places", PLC],
    ["me (?:gusta|gustan|encanta|encantan) {clause}", "preferences", PRF],
    ["(?:adoro|odio) {clause}", "preferences", PRF],
  ],
  pt: [
    ["(?:me chamo|meu nome é) {name}", "identity", ID],
    ["(?:meu|minha|meus|minhas) {w} (?:se chama(?:m)?|chama-se) {name}", "people", PPL],
    ["o nome d[oa] (?:meu|minha) {w} é {name}", "people", PPL],
    ["tenho {num} anos", "identity", ID],
    ["(?:eu )?trabalho (?:como|de|em|na|no|numa|num|para) {clause}", "work", WRK],
    ["(?:eu )?(?:moro|vivo) (?:em|no|na|num|numa) {clause}", "places", PLC],
    ["sou de {clause}", "places", PLC],
    ["(?:eu )?(?:gosto (?:muito )?de|adoro|amo|odeio) {clause}", "preferences", PRF],
  ],
  de: [
    ["(?:ich heiße|mein name ist) {name}", "identity", ID],
    ["(?:mein|meine) {w} heißt {name}", "people", PPL],
    ["ich bin {num} jahre alt", "identity", ID],
    ["ich arbeite (?:als|bei|in|im|an|am|für) {clause}", "work", WRK],
    ["ich (?:wohne|lebe) (?:in|im|auf|bei) {clause}", "places", PLC],
    ["ich komme aus {clause}", "places", PLC],
    ["ich (?:mag|liebe|hasse) {clause}", "preferences", PRF],
  ],
  fr: [
    ["(?:je m'appelle|mon nom est) {name}", "identity", ID],
    ["(?:mon|ma|mes) {w} s'appell(?:e|ent) {name}", "people", PPL],
    ["j'ai {num} ans", "identity", ID],
    ["je travaille (?:comme|chez|à|au|dans|en tant que|pour) {clause}", "work", WRK],
    ["(?:j'habite|je vis) (?:à|au|en|dans) {clause}", "places", PLC],
    ["je viens d(?:e |')\\s?{clause}", "places", PLC],
    ["(?:j'aime|j'adore|je déteste|je préfère) {clause}", "preferences", PRF],
  ],
  it: [
    ["(?:mi chiamo|il mio nome è) {name}", "identity", ID],
    ["(?:mio|mia|il mio|la mia|i miei|le mie) {w} si chiam(?:a|ano) {name}", "people", PPL],
    ["ho {num} anni", "identity", ID],
    ["lavoro (?:come|da|in|presso|per|a|al|alla|nel|nella) {clause}", "work", WRK],
    ["(?:vivo|abito) (?:a|in|al|nel|nella) {clause}", "places", PLC],
    ["sono di {clause}", "places", PLC],
    ["(?:mi piace|mi piacciono|adoro|amo|odio) {clause}", "preferences", PRF],
  ],
  tr: [
    ["(?:benim )?adım {name}", "identity", ID],
    ["{w} adı {name}", "people", PPL],
    ["{num} yaşındayım", "identity", ID],
    ["{before} olarak çalışıyorum", "work", WRK],
    ["{before} çalışıyorum", "work", WRK],
    ["mesleğim {clause}", "work", WRK],
    ["{before} (?:yaşıyorum|oturuyorum)", "places", PLC],
    ["{before} (?:seviyorum|severim|bayılıyorum|bayılırım|nefret ediyorum)", "preferences", PRF],
  ],
  id: [
    ["(?:nama saya|saya bernama) {name}", "identity", ID],
    ["nama {w}(?: {w})? (?:saya|aku) (?:adalah )?{name}", "people", PPL],
    ["{w}(?: {w})? (?:saya|aku) bernama {name}", "people", PPL],
    ["(?:umur saya|saya berumur) {num} tahun", "identity", ID],
    ["(?:saya|aku) (?:bekerja|kerja) (?:sebagai|di|pada) {clause}", "work", WRK],
    ["pekerjaan (?:saya|aku) (?:adalah )?{clause}", "work", WRK],
    ["(?:saya|aku) tinggal di {clause}", "places", PLC],
    ["(?:saya|aku) berasal dari {clause}", "places", PLC],
    ["(?:saya|aku) (?:sangat )?(?:suka|senang|menyukai|cinta|benci) {clause}", "preferences", PRF],
    ["hobi (?:saya|aku) {clause}", "preferences", PRF],
  ],
  fa: [
    ["(?:اسم من|اسمم) {name} است", "identity", ID],
    ["{w}م {name} نام دارد", "people", PPL],
    ["اسم {w}م {name} (?:است|هست)", "people", PPL],
    ["{w}م اسمش {name} (?:است|هست|ه)", "people", PPL],
    ["{num} (?:سالمه|سال دارم|ساله هستم)", "identity", ID],
    ["{before} کار می ?کنم", "work", WRK],
    ["شغل(?:م| من) {clause}", "work", WRK],
    ["{before} زندگی می ?کنم", "places", PLC],
    ["اهل {w}(?: {w})? هستم", "places", PLC],
    ["{before} (?:را )?دوست دارم", "preferences", PRF],
  ],
  ar: [
    ["اسمي {name}", "identity", ID],
    ["اسم {w} {name}", "people", PPL],
    ["{w} (?:اسمها|اسمه|تدعى|يدعى) {name}", "people", PPL],
    ["عمري {num} (?:سنة|عاما|عام)", "identity", ID],
    ["(?:انا )?أعمل {clause}", "work", WRK],
    ["(?:وظيفتي|مهنتي) {clause}", "work", WRK],
    ["(?:انا )?(?:أسكن|أعيش) في {clause}", "places", PLC],
    ["انا من {clause}", "places", PLC],
    ["(?:انا )?(?:أحب|أعشق|أكره|أفضل) {clause}", "preferences", PRF],
    ["يعجبني {clause}", "preferences", PRF],
  ],
};

/** Words that end a clause: "but", "and I", "because" and the like. */
const BREAKS: Record<string, string> = {
  ru: "но|а|и я|потому что|так что|хотя",
  uk: "але|а|і я|бо|тому що|хоча",
  es: "pero|y yo|porque|aunque",
  pt: "mas|e eu|porque|embora",
  de: "aber|und ich|weil|obwohl|denn",
  fr: "mais|et je|parce que|car",
  it: "ma|e io|perché|anche se",
  tr: "ama|fakat|çünkü|ve ben",
  id: "tapi|dan saya|karena|namun",
  fa: "اما|ولی|چون|و من",
  ar: "لكن|و انا|لان",
};

/** Pet words (as stems): a "my X is called Y" about one of them files under pets, not people. */
const PETS: Record<string, string> = {
  ru: "собак|кошк|кот|пес|щен|попуга|хомяк",
  uk: "собак|кішк|кіт|пес|цуцен|папуг",
  es: "perr|gat|mascot",
  pt: "cachorr|cão|gat|cadel",
  de: "hund|katze|kater",
  fr: "chien|chat",
  it: "can|gatt",
  tr: "köpe|kedi",
  id: "anjing|kucing",
  fa: "سگ|گربه",
  ar: "كلب|قط",
};

const WORD = "[\\p{L}\\p{M}'-]+";
const CASED = new Set(["ru", "uk", "es", "pt", "de", "fr", "it", "tr", "id"]);

interface Rule {
  re: RegExp;
  room: RoomId;
  salience: number;
  /** Index of the {name} group, or 0. */
  name: number;
}

const compiled = new Map<string, Rule[]>();

function rulesFor(lang: string): Rule[] {
  let rules = compiled.get(lang);
  if (rules) return rules;
  const breaks = normalizeText(BREAKS[lang] ?? "", lang);
  const clause = `([^.!?;\\n]{2,90}?)(?=[.!?;,\\n]|$|\\s(?:${breaks})\\s)`;
  rules = (RULES[lang] ?? []).map(([pattern, room, salience]) => {
    const groups = [...pattern.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const nameGroup = groups.includes("name")
      ? groups
          .filter((g) => g === "name" || g === "clause" || g === "before" || g === "num")
          .indexOf("name") + 1
      : 0;
    const source = normalizeText(pattern, lang)
      .replaceAll("{name}", `(${WORD})`)
      .replaceAll("{w}", WORD)
      .replaceAll("{clause}", clause)
      .replaceAll("{before}", `((?:${WORD}\\s+){0,3}${WORD})`)
      .replaceAll("{num}", "(\\d{1,3})");
    return { re: new RegExp(`(?<![\\p{L}\\p{N}])${source}`, "gdu"), room, salience, name: nameGroup };
  });
  compiled.set(lang, rules);
  return rules;
}

let petRes: Map<string, RegExp> | null = null;

function petRoom(lang: string, clause: string): boolean {
  petRes ??= new Map(
    Object.entries(PETS).map(([l, p]) => [l, new RegExp(`(?<![\\p{L}])(?:${normalizeText(p, l)})`, "u")]),
  );
  return petRes.get(lang)?.test(clause) ?? false;
}

/**
 * Facts about the speaker in a turn written in `lang` (one of the eleven locales besides English;
 * others give none). Each fact is the matched clause as written, prefixed with the speaker.
 */
export function extractLocalFacts(text: string, speaker: string, lang: string): ExtractedFact[] {
  const rules = rulesFor(lang);
  if (rules.length === 0) return [];
  const { text: norm, offsets } = normalizeWithOffsets(text, lang);
  const stop = stopWordSet(lang);
  const out: ExtractedFact[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(norm); m !== null; m = rule.re.exec(norm)) {
      if (rule.name > 0) {
        const [s] = m.indices![rule.name]!;
        const name = text.slice(offsets[s]!, offsets[m.indices![rule.name]![1]]!);
        // A name is capitalised where the script has case, and is never a function word.
        if (CASED.has(lang) && !/^\p{Lu}/u.test(name)) continue;
        if (stop.has(m[rule.name]!)) continue;
      }
      const [start, end] = m.indices![0]!;
      const said = text
        .slice(offsets[start]!, offsets[end]!)
        .replace(/[\s,]+$/, "")
        .trim();
      if (said.split(/\s+/).length < 2) continue;
      const fact = `${speaker}: ${said}`;
      const key = fact.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const room: RoomId = rule.room === "people" && petRoom(lang, m[0]) ? "pets" : rule.room;
      out.push({ text: fact, room, salience: rule.salience });
    }
  }
  return out;
}
