/**
 * The offline dream composer: a few sentences in the dreamer's language, each a Fluent message of
 * locales/<locale>/engines.ftl (`dream-*`) with the elements put in, chosen and varied by seed. The
 * dream is told in the second person and the present tense, which keeps the templates free of
 * gender and case in every locale. Also the English image prompt, which never carries a name or a
 * quotation: only the motif, the company, the feeling and the light.
 */
import { mulberry32 } from "../emotion/rng.ts";
import { dreamElements, seedOf } from "./elements.ts";
import { motifById } from "./motifs.ts";
import type { Dream, DreamElements, DreamMood, DreamRequest, Translate } from "./types.ts";

/** The Fluent `$v` selector: which of three wordings a sentence uses. */
const variant = (rand: () => number): string => "abc"[Math.floor(rand() * 3)]!;

/** Emotion labels the feeling messages (`dream-feeling-<label>`) exist for. */
const FEELINGS = new Set(["anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral"]);

const FEELING_EN: Record<string, string> = {
  anger: "restless, stormy energy",
  disgust: "something to leave behind",
  fear: "hushed suspense",
  joy: "quiet joy",
  sadness: "gentle melancholy",
  surprise: "wonder",
  neutral: "calm curiosity",
};

/** The light of the dream image, from the mood: warm when bright, cool and dim when low. */
function lightOf(mood: DreamMood | null | undefined): string {
  const v = mood?.valence ?? 0;
  const a = mood?.arousal ?? 0.3;
  const tone =
    v >= 0.15 ? "warm golden light" : v <= -0.15 ? "cool blue dusk light" : "soft pearl-grey light";
  return a >= 0.55 ? `${tone}, vivid and restless` : `${tone}, hushed and still`;
}

/**
 * An English prompt for an image model from a dream's elements: the motif, whether familiar
 * people or a city appear (never who or which), the feeling and the light.
 */
export function dreamImagePrompt(elements: DreamElements, mood?: DreamMood | null): string {
  const motif = motifById(elements.motif)?.image ?? "a half-remembered place";
  const company = elements.people.length ? ", a familiar figure waiting in the distance" : "";
  const city = elements.places.length ? ", streets of a half-remembered city" : "";
  const feeling = FEELING_EN[elements.feeling] ?? FEELING_EN.neutral;
  return `Surreal dreamlike painting: ${motif}${company}${city}. Mood of ${feeling}; ${lightOf(mood)}. Soft film grain, painterly, no text, no words.`;
}

/** Title and text of a dream from its elements, in `locale`, through `translate`. */
export function composeDreamText(
  elements: DreamElements,
  locale: string,
  seed: number | string,
  translate: Translate,
): { title: string; text: string } {
  // Offset from the elements' own draw, so wording does not move in step with memory choice.
  const rand = mulberry32(seedOf(seed) ^ 0x5bd1e995);
  const t = (id: string, vars: Record<string, string | number> = {}) => translate(locale, id, vars);
  const [person, other] = elements.people;
  const place = elements.places[0];
  const feeling = FEELINGS.has(elements.feeling) ? elements.feeling : "neutral";
  const sentences = [
    place ? t("dream-setting-place", { place, v: variant(rand) }) : t("dream-setting", { v: variant(rand) }),
    t(`dream-motif-${elements.motif}`),
    person ? t("dream-person", { person, v: variant(rand) }) : t("dream-stranger", { v: variant(rand) }),
  ];
  if (other) sentences.push(t("dream-person-second", { person: other }));
  for (const fragment of elements.fragments) sentences.push(t("dream-echo", { fragment, v: variant(rand) }));
  sentences.push(t("dream-feeling", { feeling: t(`dream-feeling-${feeling}`) }));
  sentences.push(t("dream-ending", { v: variant(rand) }));
  const title = place ? t("dream-title-place", { place }) : t(`dream-motif-${elements.motif}-title`);
  return { title, text: sentences.join(" ") };
}

/**
 * Compose a dream offline from the dreamer's memories and mood. Deterministic: the same request
 * (memories, mood, locale, seed, topic, now) gives the same dream. The memories must all be the
 * dreamer's own; those in the dreams room, questions and sensitive ones (see sensitive.ts) are
 * left out unless the request's topic names them.
 */
export function composeDream(request: DreamRequest & { translate: Translate }): Dream {
  const elements = dreamElements(request);
  const { title, text } = composeDreamText(elements, request.locale, request.seed, request.translate);
  return {
    title,
    text,
    usedMemoryIds: elements.memoryIds,
    imagePrompt: dreamImagePrompt(elements, request.mood),
    elements,
    locale: request.locale,
    source: "offline",
  };
}
