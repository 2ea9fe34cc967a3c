/**
 * What proactive messages say. A check-in is grounded in the user's memories (see the outreach
 * engine's topic choice); with an LLM it is phrased by the model in the user's language, otherwise
 * the bot's localized templates phrase it around the memory in the user's own words. A diary entry
 * holds the day's mood (the emotion engine's reading) and what was talked about: a few sentences
 * by the LLM, or offline the user's own messages of the day, shortened.
 */
import type { OutreachRepository } from "../../db/outreach-repository.ts";
import type { LlmProvider } from "../../engines/dialogue/types.ts";
import { type CheckinTopic, pickCheckinTopic } from "../../engines/outreach/index.ts";
import type { Logger } from "../../observability/logger.ts";
import type { MindService } from "../mind-service.ts";

const LLM_TIMEOUT_MS = 20_000;

/** The language's English name for a prompt ("pt-BR" → "Brazilian Portuguese"). */
export function languageName(locale: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** Asks the LLM for a short text; null on any failure (the caller falls back to templates). */
async function complete(
  llm: LlmProvider,
  system: string,
  user: string,
  maxTokens: number,
): Promise<string | null> {
  let out = "";
  try {
    for await (const d of llm.stream({
      messages: [
        { role: "system", content: system },
        { role: "user", content: user },
      ],
      maxTokens,
      temperature: 0.7,
      signal: AbortSignal.timeout(LLM_TIMEOUT_MS),
    })) {
      out += d;
    }
  } catch {
    return null;
  }
  const text = out.trim().replace(/^["“«]|["”»]$/g, "");
  return text.length >= 2 ? text.slice(0, 1000) : null;
}

export interface CheckinDraft {
  topic: CheckinTopic;
  /** The model's phrasing; null: phrase it with the templates. */
  text: string | null;
}

export interface DiaryDraft {
  mood: unknown;
  summary: string;
}

export interface ComposerDeps {
  mind: Pick<MindService, "list" | "moodReport" | "persona">;
  settings: Pick<OutreachRepository, "topics" | "userMessages">;
  llm: LlmProvider | null;
  logger: Logger;
}

/** Creates the composer. */
export function createOutreachComposer(deps: ComposerDeps) {
  const llm = deps.llm && !deps.llm.offline ? deps.llm : null;

  return {
    /** The next check-in for a user at `now`: its topic and, with an LLM, its words. */
    async checkin(user: { id: number; name: string; locale: string }, now: number): Promise<CheckinDraft> {
      const [memories, asked] = await Promise.all([
        deps.mind.list(user.id),
        deps.settings.topics(user.id, now),
      ]);
      const topic = pickCheckinTopic(memories, asked, now);
      if (!llm) return { topic, text: null };
      const persona = await deps.mind.persona(user.id, user.id);
      const about =
        topic.kind === "general"
          ? "There is nothing specific to follow up on: just ask warmly how they are."
          : `Ground it in what they told you ${new Date(topic.at).toISOString().slice(0, 10)}: "${topic.text.slice(0, 400)}". ${
              topic.kind === "followup"
                ? "That was due to happen by now: ask how it went."
                : "Ask how it is going."
            }`;
      const text = await complete(
        llm,
        `You are ${persona.name}, ${user.name}'s companion, writing first (they did not message you). Write one short, warm check-in of at most two sentences in ${languageName(user.locale)}. ${about} Do not invent details, do not claim to remember more than that, no sign-off.`,
        `Today is ${new Date(now).toISOString().slice(0, 10)}. Write the check-in to ${user.name}.`,
        120,
      );
      if (text === null)
        deps.logger.info({ user_id: user.id }, "check-in written from templates: the LLM did not answer");
      return { topic, text };
    },

    /** The diary entry of the day [from, to): null when the user did not write that day. */
    async diary(user: { id: number; locale: string }, from: number, to: number): Promise<DiaryDraft | null> {
      const messages = await deps.settings.userMessages(user.id, from, to);
      if (!messages.length) return null;
      const mood = await deps.mind.moodReport(user.id, user.id, to);
      let summary: string | null = null;
      if (llm) {
        summary = await complete(
          llm,
          `Write a diary entry of two or three sentences in ${languageName(user.locale)}, in the second person ("you talked about…"), about what the user talked about today. Only what their messages say; no advice, no judgement.`,
          messages
            .map((m) => `- ${m.slice(0, 500)}`)
            .join("\n")
            .slice(0, 6000),
          200,
        );
      }
      // Offline: the day in the user's own words, a few of its longer messages.
      summary ??= messages
        .filter((m) => !m.startsWith("/"))
        .sort((a, b) => b.length - a.length)
        .slice(0, 3)
        .map((m) => (m.length > 160 ? `${m.slice(0, 157)}…` : m))
        .join("\n");
      if (!summary) return null;
      return { mood, summary };
    },
  };
}

export type OutreachComposer = ReturnType<typeof createOutreachComposer>;
