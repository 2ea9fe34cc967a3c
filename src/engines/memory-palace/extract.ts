/**
 * Offline fact extraction: first-person statements ("my sister is called Anna", "I work as a
 * nurse", "I'm allergic to nuts") are rewritten into self-contained third-person facts about the
 * speaker. Rules are deliberately conservative; an LLM can add richer facts through `ingestFacts`.
 */
import { extractLocalFacts } from "./extract-locales.ts";
import { textLanguage } from "./text-language.ts";
import type { ExtractedFact, RoomId } from "./types.ts";

interface FactRule {
  re: RegExp;
  room: RoomId;
  salience: number;
  render(speaker: string, m: RegExpExecArray): string;
}

/** A clause: up to the end of the sentence or a clause break, at most ~12 words. */
const CLAUSE = "([^.!?;\\n]{2,90}?)(?=[.!?;,\\n]| but | and i | because | so i |$)";

const RELATIONS =
  "sister|brother|mom|mother|dad|father|son|daughter|husband|wife|partner|boyfriend|girlfriend|best friend|" +
  "friend|cousin|aunt|uncle|grandma|grandmother|grandpa|grandfather|boss|mentor|roommate|fiance|fiancee";
const PETS = "dog|cat|puppy|kitten|pet|horse|bird|parrot|hamster|rabbit|bunny|fish|turtle|snake";

const RULES: FactRule[] = [
  {
    re: /\b[Mm]y name is ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)/g,
    room: "identity",
    salience: 0.95,
    render: (s, m) => `${s}'s name is ${m[1]}`,
  },
  {
    re: /\bi(?:'m| am) (\d{1,3}) (?:years old|yo)\b/gi,
    room: "identity",
    salience: 0.9,
    render: (s, m) => `${s} is ${m[1]} years old`,
  },
  {
    re: new RegExp(
      `\\b[Mm]y (${RELATIONS})(?:'s name)? (?:is (?:called|named) |is |named |called )([A-Z][\\w'-]+)`,
      "g",
    ),
    room: "people",
    salience: 0.85,
    render: (s, m) => `${s}'s ${m[1]!.toLowerCase()} is ${m[2]}`,
  },
  {
    re: new RegExp(
      `\\bmy (${PETS})(?:'s name)? (?:is (?:called|named) |is |named |called )([A-Z][\\w'-]+)`,
      "gi",
    ),
    room: "pets",
    salience: 0.85,
    render: (s, m) => `${s}'s ${m[1]!.toLowerCase()} is called ${m[2]}`,
  },
  {
    re: new RegExp(
      `\\bi (?:have|got|adopted) (?:a|an|two|three) (?:new )?(?:little )?(${PETS})s?\\b${CLAUSE}?`,
      "gi",
    ),
    room: "pets",
    salience: 0.8,
    render: (s, m) => `${s} has a ${m[1]!.toLowerCase()}${m[2] ? m[2].replace(/\s+$/, "") : ""}`,
  },
  {
    re: new RegExp(`\\bi (?:work|am working|'m working) (as|at|for|in) ${CLAUSE}`, "gi"),
    room: "work",
    salience: 0.85,
    render: (s, m) => `${s} works ${m[1]!.toLowerCase()} ${m[2]}`,
  },
  {
    re: new RegExp(`\\bmy (?:new )?job (?:is|as) ${CLAUSE}`, "gi"),
    room: "work",
    salience: 0.8,
    render: (s, m) => `${s}'s job: ${m[1]}`,
  },
  {
    re: new RegExp(`\\bi (?:live|am living|'m living) (in|near|with) ${CLAUSE}`, "gi"),
    room: "places",
    salience: 0.85,
    render: (s, m) => `${s} lives ${m[1]!.toLowerCase()} ${m[2]}`,
  },
  {
    re: new RegExp(`\\bi (?:moved|relocated) (?:here )?(to|from) ${CLAUSE}`, "gi"),
    room: "places",
    salience: 0.8,
    render: (s, m) => `${s} moved ${m[1]!.toLowerCase()} ${m[2]}`,
  },
  {
    re: new RegExp(`\\bi(?:'m| am) (?:originally )?from ${CLAUSE}`, "gi"),
    room: "places",
    salience: 0.8,
    render: (s, m) => `${s} is from ${m[1]}`,
  },
  {
    re: new RegExp(`\\bmy fav(?:ou?rite|e) ([a-z ]{2,30}?) (?:is|are|was) ${CLAUSE}`, "gi"),
    room: "preferences",
    salience: 0.75,
    render: (s, m) => `${s}'s favorite ${m[1]!.toLowerCase()} is ${m[2]}`,
  },
  {
    re: new RegExp(
      `\\bi (?:really |absolutely |just )?(love|adore|enjoy|hate|can't stand|prefer) ${CLAUSE}`,
      "gi",
    ),
    room: "preferences",
    salience: 0.6,
    render: (s, m) => {
      const verb = m[1]!.toLowerCase();
      const v = verb === "can't stand" ? "can't stand" : `${verb}s`;
      return `${s} ${v} ${m[2]}`;
    },
  },
  {
    re: new RegExp(`\\bi(?:'m| am) allergic to ${CLAUSE}`, "gi"),
    room: "health",
    salience: 0.9,
    render: (s, m) => `${s} is allergic to ${m[1]}`,
  },
  {
    re: new RegExp(`\\bi (?:was|got|have been|'ve been) diagnosed with ${CLAUSE}`, "gi"),
    room: "health",
    salience: 0.9,
    render: (s, m) => `${s} was diagnosed with ${m[1]}`,
  },
  {
    re: new RegExp(
      `\\bi(?:'m| am) (?:going|planning|hoping|about) to ${CLAUSE}|\\bi plan to ${CLAUSE}|\\bi(?:'m| am) thinking (?:of|about) ${CLAUSE}`,
      "gi",
    ),
    room: "plans",
    salience: 0.6,
    render: (s, m) => `${s} plans to ${(m[1] ?? m[2] ?? m[3] ?? "").trim()}`,
  },
  {
    re: new RegExp(
      `\\bi (?:just )?(started|joined|signed up for|took up|quit|finished|graduated from) ${CLAUSE}`,
      "gi",
    ),
    room: "events",
    salience: 0.65,
    render: (s, m) => `${s} ${m[1]!.toLowerCase()} ${m[2]}`,
  },
];

/** Rewrite first-person words inside an extracted clause so the fact reads about the speaker. */
function thirdPerson(clause: string, speaker: string): string {
  return clause
    .replace(/\bmyself\b/gi, "themselves")
    .replace(/\bmy\b/gi, `${speaker}'s`)
    .replace(/\bme\b/gi, speaker)
    .replace(/\bI(?:'m| am)\b/g, `${speaker} is`)
    .replace(/\bI\b/g, speaker)
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Extract self-contained facts about the speaker from one turn. Each fact names the speaker, so it
 * stays meaningful out of context; trivial clauses (under two words) are dropped. Text in another
 * of the bot's locales (`lang`, detected when omitted) goes to that locale's rules instead.
 */
export function extractFacts(text: string, speaker: string, lang = textLanguage(text)): ExtractedFact[] {
  if (lang !== "en") return extractLocalFacts(text, speaker, lang);
  const out: ExtractedFact[] = [];
  const seen = new Set<string>();
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      const fact = thirdPerson(rule.render(speaker, m), speaker).replace(/[\s,]+$/, "");
      const key = fact.toLowerCase();
      if (fact.split(" ").length < 3 || seen.has(key)) continue;
      seen.add(key);
      out.push({ text: fact, room: rule.room, salience: rule.salience });
    }
  }
  return out;
}
