/**
 * Conversation over the WebSocket (protocol version 2). A `chat` frame is a turn of the user's
 * private chat with the bot: the same ChatService, persona, memory and mood as a Telegram message,
 * in the same conversation (chat id = user id). The reply streams back as `chat.delta` frames (the
 * text so far) and ends with `chat.done`, or an `error`; `chat.cancel` stops it, and so does
 * /cancel in Telegram (the turn is registered with the same turn control).
 *
 * Taking a turn. Telegram messages are stored in the inbox before they are worked, because
 * Telegram forgets them once told they arrived. A socket is different: the user's client holds the
 * message until it sees `chat.done`, so nothing is acknowledged before the reply exists. If the
 * connection drops, the reply is still written and stored, and the outcome is kept for ten minutes
 * under the frame's `req`: the client reconnects and sends the same frame again, and gets the
 * stored `chat.done` instead of a second turn (a turn still running answers `in_progress`; the
 * mark lapses 20 s after its instance stops renewing it). If the server dies mid-turn, the client
 * sees the socket close without `chat.done` and retries with the same `req` once the mark has
 * lapsed; the retry runs the turn afresh (the first run's copy of the user's message may stay in
 * the history, next to the retried one).
 */
import { createHash } from "node:crypto";
import type { WebSocket } from "ws";
import { localizeEnding } from "../bot/features/chat.ts";
import type { CacheBus } from "../cache/types.ts";
import type { ChatRepository } from "../db/chat-repository.ts";
import type { BotI18n } from "../i18n/index.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import type { ChatService } from "../services/chat-service.ts";
import type { RunningTurn, TurnControl } from "../services/turn-control.ts";
import type { ErrorCode } from "./protocol.ts";

export interface WsChatDeps {
  chat: ChatService;
  turns: TurnControl;
  repo: ChatRepository;
  cache: CacheBus;
  i18n: BotI18n;
  logger: Logger;
  metrics?: Metrics;
  /** Messages per user per minute, shared with Telegram (RATE_LIMIT_PER_MINUTE). */
  rateLimitPerMinute: number;
  /** Least time between two chat.delta frames of one reply (default 80 ms). */
  deltaIntervalMs?: number;
  /** Longest wait for a reply being written in the same chat (default 20 s). */
  waitBusyMs?: number;
}

/** The side of a connection the chat needs. */
export interface ChatPeer {
  readonly userId: number;
  readonly ws: WebSocket;
}

/** How the chat answers on a connection (the server's framing, metrics and error format). */
export interface ChatOut {
  frame(type: string, fields: Record<string, unknown>): void;
  error(code: ErrorCode, message: string, fields?: Record<string, unknown>): void;
}

type Req = string | number;

interface Running {
  req: Req;
  turn?: RunningTurn;
}

const OUTCOME_TTL_MS = 10 * 60_000;
const MARK_TTL_MS = 20_000;
const MARK_RENEW_MS = 5_000;
const BACKLOG_LIMIT = 256 * 1024;

/**
 * Where a turn's outcome is kept, or undefined when the frame cannot be recognised on a retry.
 * Only a string `req` of 8 or more characters (a UUID, say) names a message for good: counters
 * restart with every page load, and a new message under an old number must not get an old reply.
 * The text is part of the key too, so one id reused for another message is a new turn.
 */
function outcomeKey(userId: number, req: Req, text: string): string | undefined {
  if (typeof req !== "string" || req.length < 8) return undefined;
  return `wschat:${userId}:${req}:${createHash("sha256").update(text).digest("base64url").slice(0, 16)}`;
}

/** The stored chat.done of a finished turn, or null (nothing stored, or still running). */
function readDone(raw: string | null): Record<string, unknown> | null {
  if (!raw || raw === "1") return null;
  try {
    const value = JSON.parse(raw) as { done?: Record<string, unknown> };
    return value.done && typeof value.done === "object" ? value.done : null;
  } catch {
    return null;
  }
}

/** Creates the chat handler. */
export function createWsChat(deps: WsChatDeps) {
  const running = new WeakMap<ChatPeer, Running>();
  const log = deps.logger.child({ component: "ws-chat" });
  const deltaInterval = deps.deltaIntervalMs ?? 80;
  const waitBusy = deps.waitBusyMs ?? 20_000;

  async function waitUntilFree(chatId: number): Promise<void> {
    const deadline = Date.now() + waitBusy;
    while (Date.now() < deadline && (await deps.turns.busy(chatId))) {
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** Runs the turn; resolves with what chat.done says, or throws. */
  async function run(peer: ChatPeer, text: string, req: Req, out: ChatOut, state: Running) {
    const userId = peer.userId;
    const profile = await deps.repo.userProfile(userId);
    if (!profile) {
      out.error("not_registered", "start the bot in Telegram (or sign in through the Mini App) first", {
        req,
      });
      return null;
    }
    await deps.repo.upsertChat({ id: userId, type: "private" });
    const languageCode = (await deps.repo.userLocale(userId)).telegram ?? undefined;
    const locale = await deps.i18n.localeFor({ userId, chatId: userId, chatType: "private" });
    await waitUntilFree(userId);
    const turn = deps.turns.begin(userId);
    state.turn = turn;
    let last = 0;
    let pending: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      timer = undefined;
      if (pending === undefined) return;
      // A client that does not keep up skips to a later delta: each one carries the whole text.
      if (peer.ws.readyState === 1 && peer.ws.bufferedAmount < BACKLOG_LIMIT) {
        out.frame("chat.delta", { req, text: pending });
      }
      pending = undefined;
      last = Date.now();
    };
    try {
      const result = await deps.chat.handleTurn(
        {
          user: {
            id: userId,
            firstName: profile.firstName,
            username: profile.username ?? undefined,
            languageCode,
          },
          chat: { id: userId, type: "private" },
          text,
        },
        {
          progress(sofar) {
            pending = sofar;
            if (timer) return;
            timer = setTimeout(flush, Math.max(0, deltaInterval - (Date.now() - last)));
          },
          async finish() {
            turn.end();
            clearTimeout(timer);
            timer = undefined;
            pending = undefined;
            return undefined;
          },
        },
        log.child({ user_id: userId }),
        { signal: turn.signal },
      );
      const final = localizeEnding(result.reply, deps.i18n.t(locale));
      return {
        ok: result.ok,
        stopped: result.stopped,
        text: final,
        message_id: result.replyMessageId ?? null,
      };
    } finally {
      clearTimeout(timer);
      turn.end();
    }
  }

  return {
    /** Starts a turn for a `chat` frame. */
    async start(peer: ChatPeer, text: string, req: Req, out: ChatOut): Promise<void> {
      if (running.has(peer)) {
        out.error(
          "busy",
          "a reply is still being written on this connection; wait for chat.done or cancel it",
          {
            req,
          },
        );
        return;
      }
      const state: Running = { req };
      running.set(peer, state);
      const key = outcomeKey(peer.userId, req, text);
      let claimed = false;
      let renew: NodeJS.Timeout | undefined;
      const release = async () => {
        clearInterval(renew);
        if (key && claimed) await deps.cache.del(key).catch(() => {});
      };
      try {
        const before = key ? readDone(await deps.cache.get(key)) : null;
        if (before) return out.frame("chat.done", { req, ...before, repeated: true });
        const limit = await deps.cache.rateLimit(`rl:${peer.userId}`, deps.rateLimitPerMinute, 60_000);
        if (!limit.allowed) {
          deps.metrics?.rateLimited.inc();
          out.error("rate_limited", `at most ${deps.rateLimitPerMinute} messages a minute`, {
            req,
            retry_after_ms: limit.retryAfterMs,
          });
          return;
        }
        if (key) {
          // The mark says "being answered" for as long as this instance renews it.
          claimed = await deps.cache.claim(key, MARK_TTL_MS);
          if (!claimed) {
            const finished = readDone(await deps.cache.get(key));
            if (finished) return out.frame("chat.done", { req, ...finished, repeated: true });
            out.error("in_progress", "this message is still being answered; wait and send it again", { req });
            return;
          }
          renew = setInterval(
            () => void deps.cache.set(key, "1", MARK_TTL_MS).catch(() => {}),
            MARK_RENEW_MS,
          );
        }
        const result = await run(peer, text, req, out, state);
        if (!result?.ok) {
          await release();
          if (result) out.error("reply_failed", result.text, { req, text: result.text });
          return;
        }
        clearInterval(renew);
        const { ok: _ok, ...fields } = result;
        if (key) await deps.cache.set(key, JSON.stringify({ done: fields }), OUTCOME_TTL_MS);
        out.frame("chat.done", { req, ...fields });
      } catch (err) {
        await release();
        log.error({ err, user_id: peer.userId }, "chat turn over the websocket failed");
        out.error("internal", "the reply could not be written; send the message again", { req });
      } finally {
        running.delete(peer);
      }
    },

    /** Stops the reply this connection is waiting for (the one `req` names, if given). */
    async cancel(peer: ChatPeer, req: Req | undefined, out: ChatOut): Promise<void> {
      const state = running.get(peer);
      if (!state?.turn || (req !== undefined && req !== state.req)) {
        out.error("not_found", "no reply of this connection to cancel", req === undefined ? {} : { req });
        return;
      }
      await deps.turns.cancel(peer.userId, { turnId: state.turn.id }, { userId: peer.userId });
    },
  };
}

export type WsChat = ReturnType<typeof createWsChat>;
