/**
 * Hand-written groups of related words for query expansion. Without embeddings, a question about a
 * "career" must still reach a turn about a "job"; each group lists words that people use
 * interchangeably in conversation about one topic. Groups are stemmed once at load time.
 */
import { stem } from "./stemmer.ts";

const GROUPS: string[] = [
  "job work career profession occupation employ employer employment office company workplace boss coworker colleague",
  "fired laid layoff unemployed quit resign",
  "business startup company venture entrepreneur store shop brand",
  "kid child son daughter baby toddler",
  "mother mom mum mama mommy parent",
  "father dad papa daddy parent",
  "brother sister sibling",
  "grandma grandmother grandpa grandfather grandparent",
  "husband wife partner spouse boyfriend girlfriend fiance fiancee married marriage wedding",
  "friend buddy pal mate bestie friendship",
  "family relative cousin aunt uncle niece nephew",
  "dog puppy pup pet",
  "cat kitten kitty pet",
  "pet animal",
  "paint painting painter canvas art artwork artist draw drawing sketch",
  "pottery ceramic clay pot bowl",
  "music song sing singer band concert guitar piano violin instrument album musician",
  "movie film cinema",
  "book novel read reading author library",
  "write writing writer poem poetry journal blog story",
  "photo photograph photography picture camera pic",
  "game gaming videogame console tournament",
  "sport team match league",
  "run running jog marathon race 5k",
  "gym workout exercise fitness training yoga",
  "hike hiking trail trek mountain climb",
  "camp camping tent campfire outdoors",
  "beach ocean sea swim swimming surf",
  "travel trip vacation holiday journey tour abroad visit",
  "fly flight plane airport",
  "car drive driving vehicle road",
  "cook cooking recipe bake baking meal dinner lunch breakfast food dish",
  "restaurant cafe eat dinner",
  "garden gardening plant flower grow",
  "dance dancing dancer choreography",
  "school class course study student college university degree graduate education teacher",
  "exam test grade",
  "learn learning lesson tutorial class",
  "volunteer volunteering charity donate fundraiser shelter nonprofit",
  "doctor hospital clinic nurse medical health sick illness ill injury injured surgery therapy",
  "therapy therapist counseling counselor counsel mental",
  "stress stressed anxious anxiety worry worried overwhelmed pressure",
  "sad upset down depressed lonely unhappy",
  "happy joy excited thrilled proud grateful",
  "angry mad furious annoyed frustrated",
  "scared afraid fear nervous",
  "home house apartment place live move moved",
  "move relocate relocation moved",
  "city town country",
  "money finance financial salary pay income budget save savings",
  "buy bought purchase shopping shop",
  "birthday party celebrate celebration anniversary",
  "church faith religion pray god spiritual",
  "favorite favourite fave prefer love loves",
  "hobby hobbies passion interest pastime activity",
  "idea inspiration inspire inspired motivate motivation",
  "goal dream plan aspire ambition hope",
  "award prize win won medal trophy recognition",
  "achievement accomplish accomplishment milestone success succeed finish complete",
  "community group club organization",
  "support help supportive",
  "adopt adoption foster",
  "transgender trans lgbtq lgbt queer gay lesbian",
  "computer software programming code coding developer app",
  "phone call text message",
  "news article",
  "nature outdoor outdoors park forest lake",
  "weather rain snow sun sunny",
  "military army veteran soldier service navy",
  "politics political election campaign government office",
  "project work build",
  "collect collection collector",
  "clothes clothing fashion outfit dress wear",
  "recipe dish cuisine",
  "sunset sunrise sky",
  "horse riding ride",
  "bike bicycle cycling",
  "show series tv television watch",
];

let table: Map<string, string[]> | null = null;

function build(): Map<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const g of GROUPS) {
    const stems = [...new Set(g.split(/\s+/).map((w) => stem(w)))];
    for (const s of stems) {
      let set = map.get(s);
      if (!set) {
        set = new Set();
        map.set(s, set);
      }
      for (const o of stems) if (o !== s) set.add(o);
    }
  }
  const out = new Map<string, string[]>();
  for (const [k, v] of map) out.set(k, [...v].sort());
  return out;
}

/** Stems related to `stemmed` (excluding itself), for query expansion; empty when none are known. */
export function relatedStems(stemmed: string): readonly string[] {
  table ??= build();
  return table.get(stemmed) ?? [];
}
