/**
 * The dream as an LLM writes it: the prompt (the elements the offline composer would use, plus
 * the memories they came from, to remix freely) and the parsing of the answer (a title line, then
 * the dream). The rules keep the model inside the dream: invention, never a claim about the user.
 */
import type { Memory } from "../../domain/memory.ts";
import type { ChatMessage } from "../dialogue/types.ts";
import { languageName, normalizeLanguageCode } from "../personality/language.ts";
import { motifById } from "./motifs.ts";
import type { DreamElements, DreamMood } from "./types.ts";

/** Longest dream text kept from a model (characters); Telegram captions and messages stay readable. */
export const DREAM_MAX_CHARS = 1200;

const SYSTEM = (language: string) =>
  [
    `You write the short dream a companion AI "had" about its friend, in ${language}.`,
    "Write 60 to 130 words, in the second person and the present tense, surreal and gentle, like a real dream: places merge, people appear and change, small things matter.",
    "Remix only the elements given: people, places, feelings and phrases the friend once mentioned. Transform and combine them; do not list them.",
    "It is a dream, not a report: never state facts about the friend, never say that something happened or will happen, no advice, no questions.",
    "Leave out illness, death, grief and violence. No names of real public figures.",
    "Answer with a title of two to five words on the first line (no quotes, no markup), an empty line, then the dream as one paragraph.",
  ].join("\n");

/**
 * The chat messages asking a model for a dream from `elements` and the `memories` they came from,
 * in the language of `locale`.
 */
export function dreamPrompt(input: {
  elements: DreamElements;
  memories: readonly Pick<Memory, "id" | "text">[];
  mood?: DreamMood | null;
  locale: string;
}): ChatMessage[] {
  const { elements } = input;
  const used = new Set(elements.memoryIds);
  const lines: string[] = [];
  const said = input.memories
    .filter((m) => used.has(m.id))
    .map((m) => `- "${m.text.replace(/\s+/g, " ").slice(0, 200)}"`);
  if (said.length) lines.push("Things the friend once said (to remix, not to repeat):", ...said);
  else lines.push("The friend has not told you much yet: dream of the two of you meeting somewhere new.");
  if (elements.people.length) lines.push(`People: ${elements.people.join(", ")}`);
  if (elements.places.length) lines.push(`Places: ${elements.places.join(", ")}`);
  lines.push(`Feeling of the dream: ${elements.feeling === "neutral" ? "calm curiosity" : elements.feeling}`);
  const motif = motifById(elements.motif);
  if (motif) lines.push(`Include this image: ${motif.image}`);
  if (input.mood) {
    const v = input.mood.valence;
    lines.push(`The friend's mood lately: ${v <= -0.15 ? "low" : v >= 0.15 ? "bright" : "even"}`);
  }
  const code = normalizeLanguageCode(input.locale) ?? "en";
  return [
    { role: "system", content: SYSTEM(languageName(code)) },
    { role: "user", content: lines.join("\n") },
  ];
}

/**
 * Title and text from a model's answer, or null when it is not a usable dream (empty, or a title
 * with nothing after it). Markdown decoration and quotes around the title are removed.
 */
export function parseDreamReply(reply: string): { title: string; text: string } | null {
  const lines = reply
    .replace(/\r/g, "")
    .split("\n")
    .map((l) => l.trim());
  while (lines.length && !lines[0]) lines.shift();
  if (lines.length < 2) return null;
  const title = lines[0]!
    .replace(/^#+\s*/, "")
    .replace(/^(?:title|titre|título|titolo|titel|название|назва|başlık|judul|عنوان)\s*:\s*/iu, "")
    .replace(/^[*_"'«“„]+|[*_"'»”“]+$/gu, "")
    .trim();
  const text = lines
    .slice(1)
    .filter(Boolean)
    .join(" ")
    .replace(/\*\*?|__?/g, "")
    .trim();
  if (!title || text.length < 20) return null;
  return {
    title: title.slice(0, 80),
    text: text.length > DREAM_MAX_CHARS ? `${text.slice(0, DREAM_MAX_CHARS - 1)}…` : text,
  };
}
