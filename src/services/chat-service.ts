/**
 * The chat turn use case: load the conversation, let the mind (persona, emotion, memory) shape the
 * context, stream the reply into a sink (Telegram or the terminal), persist both turns and publish
 * the reply on the bus. Adapters call this; it never sees grammY.
 */
import type { CacheBus } from "../cache/types.ts";
import type { ChatRepository, TelegramChatInfo, TelegramUserInfo } from "../db/chat-repository.ts";
import type { DialogueContext, RecalledMemory } from "../engines/dialogue/compose.ts";
import type { Dialogue } from "../engines/dialogue/dialogue.ts";
import { summarizeTurns } from "../engines/dialogue/summary.ts";
import { estimateTokens } from "../engines/dialogue/tokens.ts";
import { LlmError, type LlmProvider, type Turn } from "../engines/dialogue/types.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import { publishEvent } from "./events.ts";

/** Where a reply goes while it is being written. */
export interface ReplySink {
  /** The whole text so far; called as it grows (implementations throttle). */
  progress(text: string): void | Promise<void>;
  /** The final text; resolves with the id of the last message sent, when there is one. */
  finish(text: string): Promise<number | undefined>;
}

export interface ChatTurnInput {
  user: TelegramUserInfo;
  chat: TelegramChatInfo;
  text: string;
  telegramMessageId?: number;
  now?: Date;
}

/** What the mind contributes to one turn; the default is the plain Velro persona. */
export interface TurnShaping {
  persona: { name: string; systemPrompt: string; emoji?: string };
  directives: string[];
  emotionNote?: string;
  emotion?: { dominant: string; valence: number };
  memories: RecalledMemory[];
  sampling?: { temperature?: number; topP?: number; maxTokens?: number };
  /** Free-form notes of what each engine contributed, for /debug in the terminal chat. */
  debug?: Record<string, unknown>;
}

/** The engines' side of a turn; the foundation ships a neutral one. */
export interface Mind {
  shape(input: ChatTurnInput, history: Turn[]): Promise<TurnShaping>;
  /** Runs after the reply is persisted (memory ingestion, mood updates); errors are logged. */
  afterTurn?(input: ChatTurnInput, reply: string, userMessageId: bigint): Promise<void>;
}

export const DEFAULT_PERSONA = {
  name: "Velro",
  systemPrompt:
    "You are Velro, a warm, curious and honest AI companion on Telegram. You listen closely, remember what people share, and answer in a natural, friendly voice. You are an AI and say so when asked; you never pretend to be human.",
};

export const neutralMind: Mind = {
  async shape() {
    return { persona: DEFAULT_PERSONA, directives: [], memories: [] };
  },
};

export interface ChatTurnResult {
  reply: string;
  ok: boolean;
  shaping: TurnShaping;
}

const HISTORY_LIMIT = 40;
const FOLD_WHEN_LOADED = 30;

/** The short message a user sees when the model fails; details go to the log. */
export function llmFailureMessage(err: unknown): string {
  if (err instanceof LlmError) {
    if (err.kind === "timeout") return "⏳ Sorry, that took me too long. Please try again in a moment.";
    if (err.kind === "rate_limit")
      return "I'm getting a lot of messages right now — please try again in a minute.";
  }
  return "⚠️ I couldn't reach my language model just now. Please try again shortly.";
}

/** Creates the chat service. */
export function createChatService(deps: {
  repo: ChatRepository;
  dialogue: Dialogue;
  bus: CacheBus;
  logger: Logger;
  metrics?: Metrics;
  mind?: Mind;
  /** Used for summaries; undefined or offline means extractive summaries. */
  llm?: LlmProvider | null;
  replyTimeoutMs: number;
}) {
  const mind = deps.mind ?? neutralMind;

  async function foldHistory(
    chatId: number,
    conversationId: bigint,
    summary: string,
    turns: Turn[],
    log: Logger,
  ) {
    if (!turns.length) return;
    try {
      const next = await summarizeTurns(summary, turns, deps.llm ?? undefined, AbortSignal.timeout(30_000));
      await deps.repo.saveSummary(chatId, conversationId, next, BigInt(turns[turns.length - 1]!.id));
    } catch (err) {
      log.warn({ err }, "could not update the conversation summary");
    }
  }

  return {
    /**
     * Answers one user message, streaming into `sink`. Never throws for LLM failures. The user and
     * chat rows must exist already: adapters register them once (the bot for every update, the
     * terminal chat at start), so the per-turn path does not repeat it.
     */
    async handleTurn(
      input: ChatTurnInput,
      sink: ReplySink,
      log: Logger = deps.logger,
    ): Promise<ChatTurnResult> {
      const now = input.now ?? new Date();
      const conversation = await deps.repo.openConversation(input.chat.id);
      const history = await deps.repo.recentTurns(conversation, HISTORY_LIMIT);
      const userMessageId = await deps.repo.addMessage(
        {
          conversationId: conversation.id,
          userId: input.user.id,
          role: "user",
          content: input.text,
          telegramMessageId: input.telegramMessageId,
          tokens: estimateTokens(input.text),
        },
        input.user.firstName,
      );
      const shaping = await mind.shape(input, history);
      const ctx: DialogueContext = {
        persona: shaping.persona,
        directives: shaping.directives,
        emotionNote: shaping.emotionNote,
        emotion: shaping.emotion,
        memories: shaping.memories,
        summary: conversation.summary,
        history,
        userText: input.text,
        userName: input.user.firstName,
        chatType: input.chat.type === "private" ? "private" : "group",
        now,
      };

      let text = "";
      let dropped = 0;
      let ok = true;
      const started = performance.now();
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), deps.replyTimeoutMs);
      try {
        for await (const delta of deps.dialogue.reply(ctx, {
          signal: controller.signal,
          sessionKey: String(input.chat.id),
          temperature: shaping.sampling?.temperature,
          topP: shaping.sampling?.topP,
          // The style's length is a directive in the prompt, not a hard cap: a cap cuts replies off
          // mid-sentence. LLM_MAX_REPLY_TOKENS stays the only limit sent to the API.
          onPrompt: (p) => {
            dropped = p.droppedTurns;
            deps.metrics?.llmTokens.inc({ direction: "prompt" }, p.promptTokens);
          },
        })) {
          text += delta;
          await sink.progress(text);
        }
        deps.metrics?.llmSeconds.observe(
          { provider: deps.dialogue.providerName, outcome: "ok" },
          (performance.now() - started) / 1000,
        );
      } catch (err) {
        ok = false;
        const kind = err instanceof LlmError ? err.kind : "internal";
        deps.metrics?.llmErrors.inc({ provider: deps.dialogue.providerName, kind });
        deps.metrics?.llmSeconds.observe(
          { provider: deps.dialogue.providerName, outcome: "error" },
          (performance.now() - started) / 1000,
        );
        log.warn({ err, kind, partial: text.length }, "LLM reply failed");
        // Keep what was already streamed; say clearly that it was cut off.
        text = text.trim() ? `${text.trim()}\n\n${llmFailureMessage(err)}` : llmFailureMessage(err);
      } finally {
        clearTimeout(timer);
      }
      const reply = text.trim() || "…";
      deps.metrics?.llmTokens.inc({ direction: "completion" }, estimateTokens(reply));
      const sentId = await sink.finish(reply);
      log.debug(
        { component: "chat", ok, reply_chars: reply.length, dropped_turns: dropped },
        "chat turn finished",
      );
      if (ok) {
        await deps.repo.addMessage({
          conversationId: conversation.id,
          role: "assistant",
          content: reply,
          telegramMessageId: sentId,
          tokens: estimateTokens(reply),
        });
        await mind
          .afterTurn?.(input, reply, userMessageId)
          .catch((err) => log.warn({ err }, "afterTurn failed"));
      }
      await publishEvent(deps.bus, {
        type: "conversation.message",
        userId: input.user.id,
        chatId: input.chat.id,
        payload: { role: "assistant", text: reply, ok },
      }).catch((err) => log.warn({ err }, "could not publish conversation.message"));

      // Fold turns that no longer fit (or soon won't) into the rolling summary.
      const fold = Math.max(dropped, history.length >= FOLD_WHEN_LOADED ? Math.floor(history.length / 2) : 0);
      if (fold > 0)
        await foldHistory(input.chat.id, conversation.id, conversation.summary, history.slice(0, fold), log);
      return { reply, ok, shaping };
    },

    /** `/reset`: closes the open conversation; history stays in the database. */
    async reset(chatId: number): Promise<void> {
      await deps.repo.resetConversation(chatId);
    },
  };
}

export type ChatService = ReturnType<typeof createChatService>;
