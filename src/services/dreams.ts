/**
 * Dreams as a use case: one user's dream, built from that user's memories only (the palace is
 * per user, and nothing else is read), leaving out sensitive ones unless a topic asks for them,
 * coloured by their recent mood, written by the LLM when one is configured (the offline composer
 * otherwise, or when the LLM fails), and filed in the "dreams" room of their memory palace.
 * `/dream` calls it on demand; a scheduler calls it for morning dreams with a seed of its own.
 */

import type { LlmProvider } from "../engines/dialogue/types.ts";
import {
  composeDreamText,
  type Dream,
  type DreamMood,
  dreamElements,
  dreamImagePrompt,
  dreamPrompt,
  parseDreamReply,
  type Translate,
} from "../engines/dreams/index.ts";
import type { Memory } from "../engines/memory-palace/types.ts";
import type { Logger } from "../observability/logger.ts";
import type { MindService } from "./mind-service.ts";

export interface DreamServiceDeps {
  mind: Pick<MindService, "list" | "moodReport" | "fileDream">;
  /** The LLM that writes dreams; null or offline: the engine's own composer. */
  llm?: LlmProvider | null;
  /** Formats `dream-*` messages (the bot's I18n#t). */
  translate: Translate;
  logger: Logger;
  /** Longest wait for the LLM before the offline composer takes over (default 20 s). */
  timeoutMs?: number;
}

export interface DreamOptions {
  /** The locale to dream in. */
  locale: string;
  /** "/dream about <topic>": dream around memories that mention it, sensitive ones included. */
  topic?: string;
  /**
   * Names this dream: the same seed gives the same offline dream, and a dream already filed under
   * it is returned instead of composing and filing a second (an update handled again after a
   * crash, a scheduled dream retried). Defaults to the time.
   */
  seed?: string;
  /** The chat whose mood colours the dream (default: the private chat, whose id is the user's). */
  chatId?: number;
  now?: number;
  /** File the dream in the palace (default true). */
  file?: boolean;
}

export interface DreamResult extends Dream {
  /** The stored dream's memory id (null when not filed). */
  memoryId: string | null;
  /** True when the seed named a dream already filed: it was returned, nothing new was made. */
  repeated: boolean;
}

const sourceOf = (seed: string) => `dream:${seed}`;

/** The stored form of a dream: its title, a blank line, its text. */
const stored = (d: Pick<Dream, "title" | "text">) => `${d.title}\n\n${d.text}`;

/** Creates the dream service. */
export function createDreamService(deps: DreamServiceDeps) {
  const timeoutMs = deps.timeoutMs ?? 20_000;

  async function viaLlm(
    llm: LlmProvider,
    messages: ReturnType<typeof dreamPrompt>,
  ): Promise<{ title: string; text: string } | null> {
    let out = "";
    for await (const delta of llm.stream({
      messages,
      maxTokens: 400,
      temperature: 0.95,
      signal: AbortSignal.timeout(timeoutMs),
    })) {
      out += delta;
    }
    return parseDreamReply(out);
  }

  return {
    /**
     * Composes a dream for `userId` from that user's memories and mood, and files it. Never
     * throws for an LLM failure (the offline composer answers instead).
     */
    async dream(userId: number, options: DreamOptions): Promise<DreamResult> {
      const now = options.now ?? Date.now();
      const seed = options.seed ?? `${userId}:${now}`;
      const memories: Memory[] = await deps.mind.list(userId);
      const earlier = memories.find((m) => m.kind === "dream" && m.sourceIds.includes(sourceOf(seed)));
      const report = await deps.mind.moodReport(userId, options.chatId ?? userId, now);
      const mood: DreamMood | null = report
        ? { valence: report.valence, arousal: report.arousal, salient: report.salient }
        : null;
      const request = { memories, mood, locale: options.locale, seed, topic: options.topic, now };
      const elements = dreamElements(request);
      const imagePrompt = dreamImagePrompt(elements, mood);
      const base = { usedMemoryIds: elements.memoryIds, imagePrompt, elements, locale: options.locale };
      if (earlier) {
        const [title, ...rest] = earlier.text.split("\n\n");
        return {
          ...base,
          title: title ?? "",
          text: rest.join("\n\n"),
          source: "offline",
          memoryId: earlier.id,
          repeated: true,
        };
      }
      let written: { title: string; text: string } | null = null;
      const llm = deps.llm;
      if (llm && !llm.offline) {
        written = await viaLlm(llm, dreamPrompt({ elements, memories, mood, locale: options.locale })).catch(
          (err) => {
            deps.logger.warn({ err, userId }, "the LLM could not write a dream; composing it offline");
            return null;
          },
        );
      }
      const source = written ? "llm" : "offline";
      written ??= composeDreamText(elements, options.locale, seed, deps.translate);
      let memoryId: string | null = null;
      if (options.file !== false) {
        const filed = await deps.mind.fileDream(userId, {
          text: stored(written),
          timestamp: now,
          sourceId: sourceOf(seed),
          emotion: { label: elements.feeling, valence: mood?.valence ?? 0 },
        });
        memoryId = filed?.id ?? null;
      }
      return { ...base, ...written, source, memoryId, repeated: false };
    },
  };
}

export type DreamService = ReturnType<typeof createDreamService>;
