/**
 * LLM-assisted fact extraction: when a model is configured, it distils durable facts from a user's
 * message after the reply has gone out. The offline rules already ran; this only adds what they
 * missed, and any failure is simply ignored.
 */
import type { LlmProvider } from "../engines/dialogue/types.ts";
import {
  DOCUMENT_ROOM,
  DREAM_ROOM,
  type ExtractedFact,
  ROOM_IDS,
  type RoomId,
} from "../engines/memory-palace/types.ts";

// What the user said is never filed among dreams, which hold only dreams Velro composed, nor
// among documents, which hold only the files they sent.
const FACT_ROOMS: readonly RoomId[] = ROOM_IDS.filter((r) => r !== DREAM_ROOM && r !== DOCUMENT_ROOM);

const PROMPT = `Extract durable facts about the user from their message: people, work, hobbies, preferences, plans, events, health, places, pets. Write each fact as a short self-contained sentence about the user (e.g. "Ann's sister is called Maria"), in the language the user wrote in, so that later questions in that language find it. Answer with a JSON array of objects {"text": string, "room": one of ${FACT_ROOMS.join(", ")}} and nothing else; [] when there is nothing worth remembering.`;

/** Asks the LLM for facts in `text`; returns [] on any failure or malformed answer. */
export async function extractFactsWithLlm(
  llm: LlmProvider,
  userName: string,
  text: string,
  signal?: AbortSignal,
): Promise<ExtractedFact[]> {
  let out = "";
  try {
    for await (const d of llm.stream({
      messages: [
        { role: "system", content: PROMPT },
        { role: "user", content: `${userName}: ${text.slice(0, 2000)}` },
      ],
      maxTokens: 300,
      temperature: 0,
      signal,
    })) {
      out += d;
    }
    const json = out.slice(out.indexOf("["), out.lastIndexOf("]") + 1);
    const parsed = JSON.parse(json) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (f): f is { text: string; room?: string } => typeof f?.text === "string" && f.text.trim().length > 3,
      )
      .slice(0, 8)
      .map((f) => ({
        text: f.text.trim().slice(0, 300),
        room: FACT_ROOMS.includes(f.room as RoomId) ? (f.room as RoomId) : undefined,
      }));
  } catch {
    return [];
  }
}
