/**
 * The durable intake: how updates get from Telegram into the bot. Every update is written to the
 * inbox before Telegram is told it arrived (the webhook's 2xx, or the next getUpdates offset), then
 * worked by lane (see workers.ts), so a crash loses nothing: unfinished updates are resumed at the
 * next start, or by another instance once their lease runs out. While the database is unreachable
 * the webhook answers 503 and polling pauses, so Telegram keeps what cannot be stored.
 */
import os from "node:os";
import { type Bot, BotError, GrammyError } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../bot/context.ts";
import type { InboxRepository, StoredUpdate } from "../db/inbox-repository.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import { createCallbackAck } from "./callback-ack.ts";
import { FAST_LANE, laneOf, replyChatOf } from "./lanes.ts";
import { createPoller } from "./polling.ts";
import { createSendLedger } from "./send-ledger.ts";
import { createWorkers, PermanentFailure } from "./workers.ts";

/** Finished updates are kept this long: the update_id de-duplicates redeliveries meanwhile. */
const KEEP_FINISHED_MS = 24 * 3_600_000;
const PURGE_EVERY_MS = 10 * 60_000;

export interface IntakeDeps {
  bot: Bot<BotContext>;
  inbox: InboxRepository;
  logger: Logger;
  metrics: Metrics;
  mode: "webhook" | "polling";
  allowedUpdates: readonly string[];
  concurrency: number;
  leaseMs: number;
  /** True when the database is the embedded one: no other process can hold its leases. */
  exclusive: boolean;
  /** What the user is told when their update ends in the dead letters (in their language). */
  deadLetterText: string | ((update: Update) => Promise<string>);
  /** Long-poll timeout in seconds. */
  pollTimeoutSeconds?: number;
}

/** Creates the intake; `start(port)` once the HTTP server listens. */
export function createIntake(deps: IntakeDeps) {
  const { bot, inbox, logger, metrics } = deps;
  const log = logger.child({ component: "intake" });
  let slot = `${os.hostname()}:0`;
  let owner = `${slot}:${process.pid}-${Date.now().toString(36)}`;
  let accepting = true;
  let purgeTimer: NodeJS.Timeout | undefined;

  const sends = createSendLedger({ inbox, logger: log });
  const acks = createCallbackAck({ api: () => bot.api, logger: log });
  bot.api.config.use(sends.transformer);
  bot.api.config.use(acks.transformer);

  async function handle(stored: StoredUpdate): Promise<void> {
    const update = stored.payload as Update;
    // Only a run after an interrupted one can find sends already made.
    const earlier = stored.claims > 1 || stored.attempts > 0 ? await inbox.sends(stored.updateId) : [];
    try {
      await sends.run(stored.updateId, earlier, () => bot.handleUpdate(update));
    } catch (err) {
      const cause = err instanceof BotError ? err.error : err;
      // Blocked by the user or removed from the chat: no retry will change that.
      if (cause instanceof GrammyError && cause.error_code === 403) throw new PermanentFailure(cause.message);
      throw cause;
    }
  }

  async function onDead(stored: StoredUpdate): Promise<void> {
    const update = stored.payload as Update;
    const chatId = replyChatOf(update);
    if (chatId === undefined || !(update.message || update.callback_query)) return;
    const text =
      typeof deps.deadLetterText === "string" ? deps.deadLetterText : await deps.deadLetterText(update);
    await bot.api.sendMessage(chatId, text);
  }

  const workers = createWorkers({
    inbox,
    get owner() {
      return owner;
    },
    concurrency: deps.concurrency,
    leaseMs: deps.leaseMs,
    logger,
    handle,
    onDead,
  });

  /** Stores one update; resolves once it is durable (duplicates resolve too, doing nothing). */
  async function accept(update: Update): Promise<void> {
    const lane = laneOf(update);
    const fast = lane.startsWith(FAST_LANE);
    const fresh = await inbox.store({
      updateId: update.update_id,
      lane,
      payload: update,
      // A fast-lane update is started here at once, without a round trip to claim it.
      leasedBy: fast ? owner : undefined,
    });
    if (!fresh) {
      metrics.updatesDuplicate.inc();
      return;
    }
    acks.schedule(update);
    if (fast) workers.run({ updateId: update.update_id, lane, payload: update, attempts: 0, claims: 1 });
    else workers.wake();
  }

  const poller =
    deps.mode === "polling"
      ? createPoller({
          api: bot.api,
          allowedUpdates: deps.allowedUpdates,
          store: (updates) => Promise.all(updates.map(accept)).then(() => {}),
          logger,
          timeoutSeconds: deps.pollTimeoutSeconds,
        })
      : undefined;

  return {
    accept,
    /** False while shutting down: the webhook answers 503 and Telegram redelivers elsewhere. */
    get accepting() {
      return accepting;
    },
    get active() {
      return workers.active;
    },
    /**
     * Starts working the inbox (and polling). `port` names this instance's slot: a process that
     * holds the port knows the previous process on it is gone, so it takes over that one's leases
     * at once instead of waiting for them to run out.
     */
    async start(port: number): Promise<void> {
      slot = `${os.hostname()}:${port}`;
      owner = `${slot}:${process.pid}-${Date.now().toString(36)}`;
      const freed = await inbox.releaseSlot(deps.exclusive ? null : slot, owner);
      if (freed) log.info({ updates: freed }, "resuming updates an earlier run left unfinished");
      workers.start();
      poller?.start();
      const purge = () =>
        void inbox
          .purge(KEEP_FINISHED_MS)
          .then((n) => n && log.debug({ purged: n }, "finished updates purged"))
          .catch((err) => log.warn({ err }, "inbox purge failed"));
      purgeTimer = setInterval(purge, PURGE_EVERY_MS);
      purgeTimer.unref();
    },
    /** Pauses polling while the database is unreachable (the webhook checks the watch itself). */
    async pause(paused: boolean): Promise<void> {
      if (!poller || !accepting) return;
      if (paused) await poller.stop();
      else poller.start();
    },
    /** Stops taking updates, lets work in progress finish for up to `graceMs`, releases the rest. */
    async stop(graceMs: number): Promise<void> {
      accepting = false;
      clearInterval(purgeTimer);
      await poller?.stop();
      await workers.stop(graceMs);
      acks.close();
      await inbox.flush();
    },
  };
}

export type Intake = ReturnType<typeof createIntake>;
