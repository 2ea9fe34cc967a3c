/**
 * The chat turn use case: load the conversation, let the mind (persona, emotion, memory) shape the
 * context, stream the reply into a sink (Telegram or the terminal), persist both turns and publish
 * the reply on the bus. A reply can be stopped by the user (an abort signal from the adapter); what
 * was written so far stays. Folding old turns into the summary runs after the turn, in the
 * background. Adapters call this; it never sees grammY.
 */
import type { CacheBus } from "../cache/types.ts";
import type { ChatRepository, TelegramChatInfo, TelegramUserInfo } from "../db/chat-repository.ts";
import type { DialogueContext, RecalledMemory } from "../engines/dialogue/compose.ts";
import type { Dialogue } from "../engines/dialogue/dialogue.ts";
import { summarizeTurns } from "../engines/dialogue/summary.ts";
import { estimateTokens } from "../engines/dialogue/tokens.ts";
import { LlmError, type LlmProvider, type TokenUsage, type Turn } from "../engines/dialogue/types.ts";
import type { SecondSightReading } from "../engines/second-sight/index.ts";
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
  /** Pictures sent with the message (`data:` or https URLs), seen by this turn's model only. */
  images?: string[];
  /** An attached document's excerpt: in this turn's prompt, never in the history (`text` is). */
  attachment?: string;
  /** The source the memory palace files this turn under instead of its message row, so that
   * forgetting an attached document also forgets the turn that brought it. */
  memorySource?: string;
}

/** What the mind contributes to one turn; the default is the plain Velro persona. */
export interface TurnShaping {
  persona: DialogueContext["persona"];
  directives: string[];
  emotionNote?: string;
  emotion?: { dominant: string; valence: number };
  /** The second-sight engine's reading, when the message is a decision, torn or unclear. */
  secondSight?: SecondSightReading;
  memories: RecalledMemory[];
  sampling?: { temperature?: number; topP?: number; maxTokens?: number };
  /** Free-form notes of what each engine contributed, for /debug in the terminal chat. */
  debug?: Record<string, unknown>;
}

/** The engines' side of a turn; `neutralMind` (no persona, memory or mood) stands in when none is given. */
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
  /** False when the model failed; a reply the user stopped is ok (and `stopped`). */
  ok: boolean;
  stopped: boolean;
  shaping: TurnShaping;
  /** The stored reply's row id, when something was kept (the WebSocket's chat.done names it). */
  replyMessageId?: string;
}

/** How one turn is run. */
export interface TurnOptions {
  /** Aborted when the user stops the reply (a stop button, /cancel). */
  signal?: AbortSignal;
  /** The engine that answers this turn instead of the usual one (a model that sees, for photos). */
  dialogue?: Dialogue;
}

export const STOPPED_NOTE = "⏹ Stopped.";
export const STOPPED_EMPTY = "⏹ Stopped before I wrote anything.";

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

  /** Folds running per chat on this instance; `drain()` waits for them at shutdown. */
  const folds = new Map<number, Promise<void>>();

  async function foldHistory(chatId: number, conversationId: bigint, turns: Turn[]) {
    // The summary may have moved on since the turn read it (another instance folded meanwhile):
    // start from the current one and leave out the turns it already holds.
    const current = await deps.repo.openConversation(chatId);
    if (current.id !== conversationId) return; // /reset meanwhile
    const fresh = turns.filter((t) => BigInt(t.id) > current.summarizedUpTo);
    if (!fresh.length) return;
    const next = await summarizeTurns(
      current.summary,
      fresh,
      deps.llm ?? undefined,
      AbortSignal.timeout(30_000),
    );
    // A /reset during the summary call closed the conversation: the save then changes nothing.
    await deps.repo.saveSummary(chatId, conversationId, next, BigInt(fresh[fresh.length - 1]!.id));
  }

  /**
   * Starts a fold after the reply has gone out, so the chat's next message does not wait for an
   * LLM call it does not need. One fold per chat at a time, on this instance and (through a claim
   * in the shared cache) across instances; a turn that finds one running leaves its turns to the
   * next turn's fold.
   */
  function scheduleFold(chatId: number, conversationId: bigint, turns: Turn[], log: Logger) {
    if (!turns.length || folds.has(chatId)) return;
    const claimKey = `fold:${chatId}`;
    const job = (async () => {
      if (!(await deps.bus.claim(claimKey, 60_000))) return;
      try {
        await foldHistory(chatId, conversationId, turns);
      } finally {
        await deps.bus.del(claimKey);
      }
    })()
      .catch((err) => log.warn({ err }, "could not update the conversation summary"))
      .finally(() => folds.delete(chatId));
    folds.set(chatId, job);
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
      options: TurnOptions = {},
    ): Promise<ChatTurnResult> {
      const dialogue = options.dialogue ?? deps.dialogue;
      const now = input.now ?? new Date();
      const conversation = await deps.repo.openConversation(input.chat.id);
      const history = await deps.repo.recentTurns(conversation, HISTORY_LIMIT);
      // The user's message is written while the mind reads the turn: neither needs the other, and
      // the write is off the way to the first words of the reply.
      const [userMessageId, shaping] = await Promise.all([
        deps.repo.addMessage(
          {
            conversationId: conversation.id,
            userId: input.user.id,
            role: "user",
            content: input.text,
            telegramMessageId: input.telegramMessageId,
            tokens: estimateTokens(input.text),
          },
          input.user.firstName,
        ),
        mind.shape(input, history),
      ]);
      const ctx: DialogueContext = {
        persona: shaping.persona,
        directives: shaping.directives,
        emotionNote: shaping.emotionNote,
        emotion: shaping.emotion,
        secondSight: shaping.secondSight,
        memories: shaping.memories,
        summary: conversation.summary,
        history,
        userText: input.text,
        userImages: input.images,
        attachment: input.attachment,
        userName: input.user.firstName,
        chatType: input.chat.type === "private" ? "private" : "group",
        now,
        // The offline responder's last hint for the language to answer in.
        languageCode: input.user.languageCode,
      };

      let text = "";
      let dropped = 0;
      let promptEstimate = 0;
      // The server's own token counts, when it reports them; otherwise our estimates are counted.
      let usage: TokenUsage | undefined;
      let ok = true;
      // Set where the stream ends, so a stop arriving just after the last word changes nothing.
      let stopped = false;
      const started = performance.now();
      // The user's stop and our own deadline both end the reply, with different messages, so each
      // keeps its own trace: `timedOut`, and the adapter's signal.
      const stop = options.signal;
      let timedOut = false;
      const controller = new AbortController();
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, deps.replyTimeoutMs);
      const signal = stop ? AbortSignal.any([controller.signal, stop]) : controller.signal;
      const stoppedByUser = () => stop?.aborted === true && !timedOut;
      try {
        for await (const delta of dialogue.reply(ctx, {
          signal,
          sessionKey: String(input.chat.id),
          temperature: shaping.sampling?.temperature,
          topP: shaping.sampling?.topP,
          // The style's length is a directive in the prompt, not a hard cap: a cap cuts replies off
          // mid-sentence. LLM_MAX_REPLY_TOKENS stays the only limit sent to the API.
          onPrompt: (p) => {
            dropped = p.droppedTurns;
            promptEstimate = p.promptTokens;
          },
          onUsage: (u) => {
            usage = u;
          },
        })) {
          // A provider that does not watch the signal (the offline responder) stops here.
          if (signal.aborted) {
            stopped = stoppedByUser();
            break;
          }
          if (!text) {
            deps.metrics?.llmFirstToken.observe(
              { provider: dialogue.providerName },
              (performance.now() - started) / 1000,
            );
          }
          text += delta;
          await sink.progress(text);
        }
        if (timedOut) throw new LlmError("aborted", "reply deadline passed");
        deps.metrics?.llmSeconds.observe(
          { provider: dialogue.providerName, outcome: stopped ? "stopped" : "ok" },
          (performance.now() - started) / 1000,
        );
      } catch (caught) {
        if (stoppedByUser()) {
          stopped = true;
          deps.metrics?.llmSeconds.observe(
            { provider: dialogue.providerName, outcome: "stopped" },
            (performance.now() - started) / 1000,
          );
        } else {
          ok = false;
          // Our deadline aborts the request, which the provider reports as "aborted".
          const err = timedOut
            ? new LlmError("timeout", `no complete reply within ${deps.replyTimeoutMs} ms`)
            : caught;
          const kind = err instanceof LlmError ? err.kind : "internal";
          deps.metrics?.llmErrors.inc({ provider: dialogue.providerName, kind });
          deps.metrics?.llmSeconds.observe(
            { provider: dialogue.providerName, outcome: "error" },
            (performance.now() - started) / 1000,
          );
          log.warn({ err, kind, partial: text.length }, "LLM reply failed");
          // Keep what was already streamed; say clearly that it was cut off.
          text = text.trim() ? `${text.trim()}\n\n${llmFailureMessage(err)}` : llmFailureMessage(err);
        }
      } finally {
        clearTimeout(timer);
      }
      const written = text.trim();
      const reply = stopped ? (written ? `${written}\n\n${STOPPED_NOTE}` : STOPPED_EMPTY) : written || "…";
      if (stopped) log.info({ component: "chat", partial: written.length }, "reply stopped by the user");
      deps.metrics?.llmTokens.inc({ direction: "prompt" }, usage?.promptTokens ?? promptEstimate);
      deps.metrics?.llmTokens.inc(
        { direction: "completion" },
        usage?.completionTokens ?? estimateTokens(reply),
      );
      const sentId = await sink.finish(reply);
      log.debug(
        { component: "chat", ok, stopped, reply_chars: reply.length, dropped_turns: dropped },
        "chat turn finished",
      );
      // A stopped reply is kept as what was written, without the note and unmarked: history is the
      // model's prompt, a marker there is something models start imitating, and a reply that ends
      // mid-sentence already tells the model it was cut off. Nothing written, nothing kept.
      const kept = stopped ? written : ok ? reply : "";
      // The reply's row and the mind's bookkeeping are independent writes: both at once.
      const [replyRow] = await Promise.all([
        kept &&
          deps.repo.addMessage({
            conversationId: conversation.id,
            role: "assistant",
            content: kept,
            telegramMessageId: sentId,
            tokens: estimateTokens(kept),
          }),
        ok &&
          mind.afterTurn?.(input, kept, userMessageId).catch((err) => log.warn({ err }, "afterTurn failed")),
      ]);
      await publishEvent(deps.bus, {
        type: "conversation.message",
        userId: input.user.id,
        chatId: input.chat.id,
        payload: { role: "assistant", text: reply, ok, ...(stopped ? { stopped } : {}) },
      }).catch((err) => log.warn({ err }, "could not publish conversation.message"));

      // Fold turns that no longer fit (or soon won't) into the rolling summary.
      const fold = Math.max(dropped, history.length >= FOLD_WHEN_LOADED ? Math.floor(history.length / 2) : 0);
      if (fold > 0) scheduleFold(input.chat.id, conversation.id, history.slice(0, fold), log);
      const replyMessageId = typeof replyRow === "bigint" ? replyRow.toString() : undefined;
      return { reply, ok, stopped, shaping, replyMessageId };
    },

    /** `/reset`: closes the open conversation; history stays in the database. */
    async reset(chatId: number): Promise<void> {
      await deps.repo.resetConversation(chatId);
    },

    /** Waits for the summary folds still running (shutdown, before the database closes). */
    async drain(): Promise<void> {
      while (folds.size) await Promise.allSettled([...folds.values()]);
    },
  };
}

export type ChatService = ReturnType<typeof createChatService>;
