/**
 * Stopping a reply while it is being written. Each reply registers a running turn here and gets an
 * abort signal; a stop (the group ✖ button, the private chat's draft stop button, /cancel) aborts
 * it. The stop may reach another instance than the one writing the reply, so running turns are also
 * noted in the shared cache, and a stop that finds no turn of its own there is published on the bus
 * as `turn.cancel`, which the instance that runs the turn obeys.
 */
import { randomBytes, randomInt } from "node:crypto";
import type { CacheBus } from "../cache/types.ts";
import type { Logger } from "../observability/logger.ts";
import { EVENTS_CHANNEL, publishEvent } from "./events.ts";

export const TURN_CANCEL = "turn.cancel";

/**
 * Draft ids one turn may use, from its base upwards: one per 4096-character part of the reply,
 * far more parts than the reply's token cap allows.
 */
const DRAFT_SPAN = 1024;

/** Which reply a stop is meant for; an empty target means whatever the chat is writing now. */
export interface StopTarget {
  /** The turn's own id, carried by the group ✖ button. */
  turnId?: string;
  /** A draft of the reply, named by the private chat's stop button. */
  draftId?: number;
}

/** One reply being written, as its writer sees it. */
export interface RunningTurn {
  /** Short and unique enough for callback data (`stop:<id>`). */
  readonly id: string;
  readonly chatId: number;
  /** The first draft id this turn's drafts use (private chats). */
  readonly draftBase: number;
  /** Aborted when someone stops the reply. */
  readonly signal: AbortSignal;
  /** The reply is over (finished, failed or stopped): it can no longer be stopped. */
  end(): void;
}

/** What the shared cache knows about the reply a chat is writing. */
interface Registered {
  id: string;
  draftBase: number;
  instance: string;
}

interface LocalTurn {
  id: string;
  draftBase: number;
  startedAt: number;
  controller: AbortController;
}

const matches = (turn: { id: string; draftBase: number }, target: StopTarget) => {
  if (target.turnId !== undefined) return turn.id === target.turnId;
  if (target.draftId !== undefined)
    return target.draftId >= turn.draftBase && target.draftId < turn.draftBase + DRAFT_SPAN;
  return true;
};

const registryKey = (chatId: number) => `turn:${chatId}`;

function parseRegistered(raw: string | null): Registered | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Registered>;
    if (typeof value.id !== "string" || typeof value.draftBase !== "number") return null;
    return { id: value.id, draftBase: value.draftBase, instance: String(value.instance ?? "") };
  } catch {
    return null;
  }
}

/** Reads a `turn.cancel` event off the bus; anything else (or anything malformed) is null. */
function parseCancel(raw: string) {
  // Every event on the channel passes through here; most are not ours, so skip the parse for them.
  if (!raw.includes(TURN_CANCEL)) return null;
  try {
    const event = JSON.parse(raw) as {
      type?: unknown;
      chatId?: unknown;
      ts?: unknown;
      payload?: { turnId?: unknown; draftId?: unknown; instance?: unknown };
    };
    if (event.type !== TURN_CANCEL || typeof event.chatId !== "number") return null;
    const p = event.payload ?? {};
    return {
      chatId: event.chatId,
      target: {
        turnId: typeof p.turnId === "string" ? p.turnId : undefined,
        draftId: typeof p.draftId === "number" ? p.draftId : undefined,
      },
      instance: typeof p.instance === "string" ? p.instance : "",
      issuedAt: typeof event.ts === "string" ? Date.parse(event.ts) : Number.NaN,
    };
  } catch {
    return null;
  }
}

/** Opens the control object and subscribes it to the bus; `close()` unsubscribes. */
export async function openTurnControl(deps: {
  bus: CacheBus;
  logger: Logger;
  /** How long a running turn stays noted in the cache if its instance dies before ending it. */
  ttlMs: number;
}) {
  const instance = randomBytes(4).toString("hex");
  const local = new Map<number, Set<LocalTurn>>();
  const log = deps.logger.child({ component: "turn-control" });

  /**
   * Aborts this instance's matching turns in a chat and counts them; a turn already stopping counts
   * too (a second press is not "nothing to stop"). `startedBefore` spares newer turns.
   */
  function abortLocal(chatId: number, target: StopTarget, startedBefore = Number.POSITIVE_INFINITY) {
    let stopped = 0;
    for (const turn of local.get(chatId) ?? []) {
      if (turn.startedAt > startedBefore || !matches(turn, target)) continue;
      turn.controller.abort();
      stopped++;
    }
    return stopped;
  }

  const unsubscribe = await deps.bus.subscribe(EVENTS_CHANNEL, (raw) => {
    const cancel = parseCancel(raw);
    // Our own events were applied before they were published.
    if (!cancel || cancel.instance === instance) return;
    // Without a turn id, a late event must not stop a reply that began after it was sent.
    const before =
      cancel.target.turnId === undefined && Number.isFinite(cancel.issuedAt)
        ? cancel.issuedAt
        : Number.POSITIVE_INFINITY;
    const stopped = abortLocal(cancel.chatId, cancel.target, before);
    if (stopped) log.info({ chat_id: cancel.chatId, turns: stopped }, "reply stopped from another instance");
  });

  return {
    /** Registers a reply that is starting in `chatId`. */
    begin(chatId: number): RunningTurn {
      const turn: LocalTurn = {
        id: randomBytes(5).toString("base64url"),
        draftBase: randomInt(1, 2 ** 30),
        startedAt: Date.now(),
        controller: new AbortController(),
      };
      let turns = local.get(chatId);
      if (!turns) {
        turns = new Set();
        local.set(chatId, turns);
      }
      turns.add(turn);
      const key = registryKey(chatId);
      const entry: Registered = { id: turn.id, draftBase: turn.draftBase, instance };
      // The reply does not wait for the note: a stop arriving here finds the turn locally, and one
      // arriving elsewhere comes from a person, long after this write.
      const note = JSON.stringify(entry);
      const noted = deps.bus
        .set(key, note, deps.ttlMs)
        .catch((err) => log.warn({ err }, "could not note the running reply in the cache"));
      let ended = false;
      return {
        id: turn.id,
        chatId,
        draftBase: turn.draftBase,
        signal: turn.controller.signal,
        end() {
          if (ended) return;
          ended = true;
          turns.delete(turn);
          if (!turns.size && local.get(chatId) === turns) local.delete(chatId);
          // Only the note of this turn is removed: a newer reply in the chat may have replaced it.
          void noted
            .then(() => deps.bus.delIf(key, note))
            .catch((err) => log.warn({ err }, "could not clear the running reply from the cache"));
        },
      };
    },

    /**
     * Stops the reply `chatId` is writing (the one `target` names), here or on another instance.
     * Resolves true when there was one to stop.
     */
    async cancel(chatId: number, target: StopTarget = {}, by?: { userId?: number }): Promise<boolean> {
      if (abortLocal(chatId, target) > 0) return true;
      let found: Registered | null | undefined;
      try {
        found = parseRegistered(await deps.bus.get(registryKey(chatId)));
      } catch (err) {
        // Unknown: ask every instance, and tell the user it is being stopped rather than "nothing".
        log.warn({ err }, "could not look up the running reply; asking every instance");
      }
      // Nothing noted, another reply than the one meant, or a note of ours left behind by a reply
      // that has ended here.
      if (found === null) return false;
      if (found && (!matches(found, target) || found.instance === instance)) return false;
      await publishEvent(deps.bus, {
        type: TURN_CANCEL,
        chatId,
        userId: by?.userId,
        payload: { turnId: found?.id ?? target.turnId, draftId: target.draftId, instance },
      }).catch((err) => log.warn({ err }, "could not publish turn.cancel"));
      return true;
    },

    /**
     * True while a reply is being written in `chatId` here, or (as far as the shared cache knows) on
     * another instance: a turn from outside Telegram waits for it, so the two do not interleave.
     */
    async busy(chatId: number): Promise<boolean> {
      if ((local.get(chatId)?.size ?? 0) > 0) return true;
      try {
        return parseRegistered(await deps.bus.get(registryKey(chatId))) !== null;
      } catch {
        return false;
      }
    },

    /** True while this instance is writing a reply in `chatId`. */
    isRunning(chatId: number): boolean {
      return (local.get(chatId)?.size ?? 0) > 0;
    },

    async close(): Promise<void> {
      await unsubscribe();
    },
  };
}

export type TurnControl = Awaited<ReturnType<typeof openTurnControl>>;
