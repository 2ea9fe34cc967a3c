/**
 * /perspectives as a use case: two or three ways of looking at what the user is weighing, voiced
 * by different personas. The second-sight engine reads the text (decision, torn, or unclear);
 * the LLM writes the perspectives when one is configured, the engine's Fluent wording otherwise
 * (or when the LLM fails).
 */
import type { LlmProvider } from "../engines/dialogue/types.ts";
import type { EmotionEngine } from "../engines/emotion/index.ts";
import {
  detectSecondSight,
  offlineSight,
  perspectivesPrompt,
  type SecondSightReading,
  type Translate,
} from "../engines/second-sight/index.ts";
import type { Logger } from "../observability/logger.ts";
import { fnv1a } from "../util/hash.ts";

export interface PerspectivesDeps {
  emotion: EmotionEngine;
  llm?: LlmProvider | null;
  translate: Translate;
  logger: Logger;
  timeoutMs?: number;
}

/** Creates the service. */
export function createPerspectivesService(deps: PerspectivesDeps) {
  const timeoutMs = deps.timeoutMs ?? 30_000;
  return {
    /**
     * Perspectives on `text` in `locale`. Asked for directly, so a message the detector would let
     * pass is still treated as a decision; only perspectives are given, never just a question back.
     */
    async perspectives(
      text: string,
      locale: string,
    ): Promise<{ text: string; reading: SecondSightReading; source: "llm" | "offline" }> {
      const detected = detectSecondSight(text, { analyze: (t) => deps.emotion.analyze(t) });
      const reading: SecondSightReading = {
        ...detected,
        kind: detected.kind === "none" || detected.kind === "ambiguous" ? "decision" : detected.kind,
        action: "perspectives",
      };
      const llm = deps.llm;
      if (llm && !llm.offline) {
        try {
          let out = "";
          for await (const delta of llm.stream({
            messages: perspectivesPrompt(text, reading, locale),
            maxTokens: 600,
            temperature: 0.8,
            signal: AbortSignal.timeout(timeoutMs),
          })) {
            out += delta;
          }
          if (out.trim()) return { text: out.trim(), reading, source: "llm" };
        } catch (err) {
          deps.logger.warn({ err }, "the LLM could not give perspectives; answering offline");
        }
      }
      return { text: offlineSight(reading, locale, deps.translate, fnv1a(text)), reading, source: "offline" };
    },
  };
}

export type PerspectivesService = ReturnType<typeof createPerspectivesService>;
