/**
 * Works the stored updates: claims the oldest unfinished update of as many lanes as it has room
 * for, runs each, and marks it done. One lane's updates run one at a time and in order because
 * only a lane's oldest unfinished update can be claimed; different lanes run concurrently. Claims
 * are leases renewed while the work runs, so the updates of an instance that died are taken over
 * once their leases run out. A failed update is retried with backoff and, after its last try,
 * moved to the dead letters.
 */
import type { InboxRepository, StoredUpdate } from "../db/inbox-repository.ts";
import type { Logger } from "../observability/logger.ts";
import { drainWithin } from "../util/drain.ts";

/** Failed tries before an update becomes a dead letter. */
export const MAX_ATTEMPTS = 3;
/** Interrupted runs (the process died while handling it) before it is treated as poison. */
export const MAX_CLAIMS = 5;

const backoffMs = (attempt: number) => Math.min(30_000, 1_000 * 4 ** (attempt - 1));

/** An error that a retry cannot mend: the update is finished, not retried. */
export class PermanentFailure extends Error {}

export interface WorkerDeps {
  inbox: Pick<InboxRepository, "claim" | "renew" | "fail" | "bury" | "release">;
  owner: string;
  concurrency: number;
  leaseMs: number;
  /** How often the inbox is checked for work other instances stored (local work wakes at once). */
  pollMs?: number;
  logger: Logger;
  handle(update: StoredUpdate): Promise<void>;
  /** Called once when an update becomes a dead letter. */
  onDead(update: StoredUpdate, error: string): Promise<void>;
}

export function createWorkers(deps: WorkerDeps) {
  const log = deps.logger.child({ component: "intake" });
  const active = new Map<number, Promise<void>>();
  // Handled updates not yet marked done: the next claim marks them in the same statement.
  let finished: number[] = [];
  let stopped = true;
  let pumping = false;
  let again = false;
  let claimFailing = false;
  let pollTimer: NodeJS.Timeout | undefined;
  let renewTimer: NodeJS.Timeout | undefined;

  async function settleFailure(update: StoredUpdate, err: unknown): Promise<void> {
    const message = err instanceof Error ? err.message : String(err);
    const attempts = await deps.inbox.fail(
      update.updateId,
      deps.owner,
      message,
      backoffMs(update.attempts + 1),
    );
    if (attempts === 0) return; // the lease was lost meanwhile: the new holder decides
    if (attempts < MAX_ATTEMPTS) {
      log.warn({ err, update_id: update.updateId, attempt: attempts }, "update failed; will retry");
      return;
    }
    await bury(update, message);
  }

  async function bury(update: StoredUpdate, message: string): Promise<void> {
    if (!(await deps.inbox.bury(update.updateId, message))) return;
    log.error(
      { update_id: update.updateId, lane: update.lane, error: message },
      "update moved to dead letters",
    );
    await deps.onDead(update, message).catch((err) => log.warn({ err }, "could not tell the user"));
  }

  async function work(update: StoredUpdate): Promise<void> {
    try {
      if (update.claims > MAX_CLAIMS) {
        await bury(update, `the service stopped ${update.claims - 1} times while handling this update`);
        return;
      }
      try {
        await deps.handle(update);
      } catch (err) {
        if (!(err instanceof PermanentFailure)) {
          await settleFailure(update, err);
          return;
        }
        log.warn({ err, update_id: update.updateId }, "update cannot be handled; dropped");
      }
      finished.push(update.updateId);
    } catch (err) {
      // The database failed under us: the lease runs out and the update is taken again.
      log.warn({ err, update_id: update.updateId }, "could not settle an update");
    }
  }

  function start(update: StoredUpdate): void {
    if (active.has(update.updateId)) return;
    const p = work(update).finally(() => {
      active.delete(update.updateId);
      pump();
    });
    active.set(update.updateId, p);
  }

  /** Claims as much work as there is room for; coalesces concurrent calls into one more pass. */
  function pump(): void {
    if (stopped) return;
    if (pumping) {
      again = true;
      return;
    }
    pumping = true;
    void (async () => {
      try {
        do {
          again = false;
          const room = deps.concurrency - active.size;
          if (room <= 0 && !finished.length) break;
          const done = finished;
          finished = [];
          let claimed: StoredUpdate[];
          try {
            claimed = await deps.inbox.claim(deps.owner, room, done);
          } catch (err) {
            finished.push(...done);
            throw err;
          }
          if (claimFailing) log.info("inbox reachable again");
          claimFailing = false;
          for (const u of claimed) start(u);
          if (room > 0 && claimed.length === room) again = true;
        } while ((again || finished.length) && !stopped);
      } catch (err) {
        if (!claimFailing) log.warn({ err }, "could not claim updates; retrying");
        claimFailing = true;
      } finally {
        pumping = false;
      }
    })();
  }

  return {
    /** Updates being worked by this instance. */
    get active() {
      return active.size;
    },
    start(): void {
      stopped = false;
      pollTimer = setInterval(pump, deps.pollMs ?? 500);
      pollTimer.unref();
      renewTimer = setInterval(() => {
        if (!active.size) return;
        deps.inbox
          .renew(deps.owner, [...active.keys()])
          .catch((err) => log.warn({ err }, "could not renew leases"));
      }, deps.leaseMs / 3);
      renewTimer.unref();
      pump();
    },
    /** Looks for work now (after this instance stored an update). */
    wake: pump,
    /** Runs an update this instance stored already leased to itself (fast lanes). */
    run: start,
    /**
     * Stops claiming, waits up to `graceMs` for the work in progress, then gives back what is
     * still running so another instance (or the next start) takes it over at once.
     */
    async stop(graceMs: number): Promise<void> {
      stopped = true;
      clearInterval(pollTimer);
      if (active.size) log.info({ updates: active.size }, "waiting for updates in progress");
      await drainWithin(active, graceMs);
      clearInterval(renewTimer);
      if (finished.length) {
        const done = finished;
        finished = [];
        await deps.inbox
          .claim(deps.owner, 0, done)
          .catch((err) => log.warn({ err }, "could not mark updates done"));
      }
      if (active.size) {
        const released = await deps.inbox.release(deps.owner).catch(() => 0);
        log.warn({ released }, "updates still running at shutdown were released for another run");
      }
    },
  };
}

export type Workers = ReturnType<typeof createWorkers>;
