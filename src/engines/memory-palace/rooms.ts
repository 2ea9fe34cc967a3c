/**
 * Room classification: files a memory under the life area it is about, using cue words (stemmed)
 * and a few phrase patterns. Rooms let services show and delete whole areas ("forget my health
 * stuff") and give recall a topical prior.
 */
import { stem } from "./stemmer.ts";
import { words } from "./tokenize.ts";
import { ROOM_IDS, type RoomId } from "./types.ts";

// No cue ever files a turn under "dreams" or "documents": only composed dreams and files sent go there.
const CUES: Record<Exclude<RoomId, "episodes" | "dreams" | "documents">, string> = {
  identity:
    "name named born birthday identity transgender trans gay lesbian queer nonbinary religion nationality " +
    "introvert extrovert personality",
  people:
    "mom mother dad father parent brother sister sibling son daughter kid child children husband wife partner " +
    "boyfriend girlfriend friend friends buddy cousin aunt uncle grandma grandpa grandmother grandfather family " +
    "neighbor neighbour colleague mentor married wedding divorce relationship date dating fiance",
  work:
    "job work working career boss office company business startup client customer colleague coworker salary " +
    "promotion promoted hired fired interview manager employee shift project meeting entrepreneur store shop " +
    "internship profession",
  education:
    "school college university class course study studying exam degree teacher student homework lecture " +
    "graduate graduation semester research thesis learn learning tutorial",
  hobbies:
    "hobby painting paint draw drawing pottery music guitar piano violin sing singing dance dancing game gaming " +
    "read reading book novel hike hiking camping camp run running marathon swim swimming yoga gym workout sport " +
    "soccer football basketball tennis garden gardening cook cooking bake baking photography photo knit craft " +
    "instrument concert band movie film collect collection volunteer volunteering",
  preferences:
    "love like likes favorite favourite fave prefer hate dislike enjoy enjoys adore obsessed fan " +
    "allergic vegetarian vegan taste",
  plans:
    "plan planning planned going goal goals want wants hope hoping tomorrow next future soon someday dream " +
    "intend schedule upcoming will gonna aim",
  events:
    "yesterday today tonight weekend party birthday anniversary wedding trip vacation holiday festival concert " +
    "event happened went visited attended celebrated conference race competition ceremony meetup",
  health:
    "health sick ill illness doctor hospital clinic medicine medication pain injury injured surgery therapy " +
    "therapist diet sleep insomnia headache covid flu cancer diagnosed pregnant anxiety depression mental",
  places:
    "live living lives moved move city town country home house apartment neighborhood street address from " +
    "abroad beach mountain lake park",
  pets: "dog dogs puppy cat cats kitten pet pets vet horse bird fish hamster rabbit",
  feelings:
    "feel feeling felt happy sad angry upset lonely stressed anxious excited scared afraid worried proud " +
    "grateful frustrated overwhelmed tired exhausted depressed hurt heartbroken thrilled nervous",
};

const PATTERNS: [RegExp, RoomId, number][] = [
  [/\b(my name is|i am called|call me|i'm \d+|i am \d+ years|years old)\b/i, "identity", 3],
  [/\b(i work as|i work at|i'm a[n]? \w+ (at|for)|my job|my boss)\b/i, "work", 3],
  [/\b(i live in|i'm from|i am from|moved to|grew up in)\b/i, "places", 3],
  [/\b(i (really )?(love|like|enjoy|hate|prefer)|my fav(ou?rite|e))\b/i, "preferences", 2],
  [
    /\b(i('m| am) (going|planning|hoping) to|i plan to|i want to|i will|i'll|next (week|month|year))\b/i,
    "plans",
    2,
  ],
  [/\b(i feel|i'm feeling|i felt|makes me feel)\b/i, "feelings", 2],
  [/\b(my (dog|cat|puppy|pet))\b/i, "pets", 3],
];

let cueTable: Map<string, RoomId[]> | null = null;

function cues(): Map<string, RoomId[]> {
  if (cueTable) return cueTable;
  const map = new Map<string, RoomId[]>();
  for (const [room, list] of Object.entries(CUES) as [RoomId, string][]) {
    for (const w of list.split(/\s+/)) {
      const s = stem(w);
      const rooms = map.get(s) ?? [];
      if (!rooms.includes(room)) rooms.push(room);
      map.set(s, rooms);
    }
  }
  cueTable = map;
  return map;
}

/** Scores per room for a text; rooms without any cue are absent. */
export function roomScores(text: string): Map<RoomId, number> {
  const scores = new Map<RoomId, number>();
  const table = cues();
  for (const w of words(text)) {
    const rooms = table.get(stem(w));
    if (!rooms) continue;
    // A word that cues several rooms counts less for each.
    for (const r of rooms) scores.set(r, (scores.get(r) ?? 0) + 1 / rooms.length);
  }
  for (const [re, room, weight] of PATTERNS) {
    if (re.test(text)) scores.set(room, (scores.get(room) ?? 0) + weight);
  }
  return scores;
}

/**
 * File a text under its best room. Ties are broken by the room order in ROOM_IDS; text with too
 * little signal goes to "episodes" so specific rooms stay meaningful.
 */
export function classifyRoom(text: string, minScore = 1): RoomId {
  let best: RoomId = "episodes";
  let bestScore = minScore - 1e-9;
  const scores = roomScores(text);
  for (const room of ROOM_IDS) {
    const score = scores.get(room) ?? 0;
    if (score > bestScore) {
      best = room;
      bestScore = score;
    }
  }
  return best;
}
