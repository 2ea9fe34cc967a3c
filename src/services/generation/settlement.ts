/**
 * How a generation job ends: settled exactly once (the job row's conditional update and its ledger
 * entry in one transaction: capture on success, release on failure), then published so the
 * Telegram notifier and WebSocket clients hear it. Also the two later ways an outcome reaches the
 * user: sent again by the next leaseholder when the first sender died, and a result FAL delivers
 * after all for a submit it never confirmed (already refunded, so sent free).
 */
import type { PrismaClient } from "../../db/generated/client.ts";
import type { GenerationJobRepository, GenerationJobRow } from "../../db/generation-job-repository.ts";
import { type Catalog, extractOutput, type GenerationOutput } from "../../engines/generation/catalog.ts";
import { type Explained, explainFalFailure, failureTextOf } from "../../engines/generation/explain.ts";
import type { Logger } from "../../observability/logger.ts";
import type { Metrics } from "../../observability/metrics.ts";
import { type CreditsLedger, TX_OPTIONS } from "../credits/ledger.ts";
import type { NewEvent } from "../events.ts";
import { FalCallError } from "./fal-gateway.ts";
import { jobPayload, kindOf, recipients } from "./job-events.ts";

export interface SettlementDeps {
  prisma: PrismaClient;
  jobs: GenerationJobRepository;
  ledger: CreditsLedger;
  catalog: Catalog;
  /** This instance as a lease holder: the settling instance takes the lease for delivery. */
  owner: string;
  publish(event: NewEvent): Promise<unknown>;
  log: Logger;
  metrics?: Metrics;
}

export function createSettlement(deps: SettlementDeps) {
  const { prisma, jobs, ledger, catalog, owner, publish, log, metrics } = deps;

  /** What a completed job cost the user: nothing when it was refunded as unconfirmed. */
  const chargedFor = (row: GenerationJobRow): number => (row.error === "unconfirmed" ? 0 : row.cost);

  /** Delivers, once and free, the result of a job refunded because FAL never confirmed it. */
  async function completeLate(row: GenerationJobRow, requestId: string, data: unknown) {
    const output = extractOutput(kindOf(row), data);
    if (!output) return "duplicate" as const;
    if (!(await jobs.settleLate(row.id, requestId, data, owner))) return "duplicate" as const;
    log.info(
      { job: row.id, request_id: requestId },
      "an unconfirmed generation finished after all; sent free",
    );
    await publish(completedEvent(row, output, 0));
    return "settled" as const;
  }

  const explain = (err: unknown): Explained =>
    err instanceof FalCallError
      ? explainFalFailure({ status: err.status, body: err.body, message: err.message })
      : explainFalFailure({ message: String(err) });

  /** Settles a job once: marks it and captures or releases its credits in one transaction. */
  async function settle(
    row: GenerationJobRow,
    outcome: { ok: true; result: unknown } | { ok: false; error: string },
  ): Promise<boolean> {
    // The account that paid (a team's pool, or the user's own) gets the capture or the refund;
    // on a pool the entry names the member who made the job.
    const userId = Number(row.payerAccount ?? row.userId);
    const memberId = row.payerAccount === null ? undefined : Number(row.userId);
    const result = await prisma.$transaction(async (tx) => {
      if (!(await jobs.settle(tx, row.id, owner, outcome))) return null;
      return ledger.applyInTx(
        tx,
        outcome.ok
          ? { userId, memberId, kind: "capture", amount: 0, ref: row.id, note: row.model }
          : { userId, memberId, kind: "release", amount: row.cost, ref: row.id, note: outcome.error },
      );
    }, TX_OPTIONS);
    if (!result) return false;
    metrics?.falJobs.inc({ model: row.model, outcome: outcome.ok ? "completed" : "failed" });
    if (outcome.ok) metrics?.creditsSpent.inc(row.cost);
    ledger.notify(userId, outcome.ok ? "capture" : "release", result, memberId);
    return true;
  }

  const completedEvent = (
    row: GenerationJobRow,
    output: GenerationOutput,
    charged: number,
    redelivery?: true,
  ): NewEvent => ({
    type: "generation.completed",
    ...recipients(row),
    payload: {
      ...jobPayload(catalog, row),
      url: output.url,
      charged,
      output,
      ...(redelivery && { redelivery }),
    },
  });

  const failedEvent = (row: GenerationJobRow, reason: string, text: string, redelivery?: true): NewEvent => ({
    type: "generation.failed",
    ...recipients(row),
    payload: {
      ...jobPayload(catalog, row),
      reason,
      refunded: row.cost,
      text,
      ...(redelivery && { redelivery }),
    },
  });

  async function fail(row: GenerationJobRow, why: Explained): Promise<boolean> {
    if (!(await settle(row, { ok: false, error: why.reason }))) return false;
    log.info({ job: row.id, reason: why.reason }, "generation failed, credits released");
    await publish(failedEvent(row, why.reason, why.text));
    return true;
  }

  async function complete(row: GenerationJobRow, data: unknown): Promise<boolean> {
    const output = extractOutput(kindOf(row), data);
    if (!output) {
      log.warn({ job: row.id }, "FAL result had no file");
      return fail(row, explainFalFailure({ message: "no output file" }));
    }
    if (!(await settle(row, { ok: true, result: data }))) return false;
    log.info({ job: row.id, model: row.model }, "generation completed");
    await publish(completedEvent(row, output, row.cost));
    return true;
  }

  /** Publishes again the outcome of a finished job that nobody showed the user. */
  async function redeliver(row: GenerationJobRow): Promise<void> {
    log.info({ job: row.id, status: row.status }, "sending a finished job's outcome again");
    if (row.status === "failed") {
      await publish(failedEvent(row, row.error ?? "service", failureTextOf(row.error), true));
      return;
    }
    const output = extractOutput(kindOf(row), row.result);
    // Nothing that could be sent (completed rows always hold a file; this is a safety net).
    if (!output) return void (await jobs.markDelivered(row.id));
    await publish(completedEvent(row, output, chargedFor(row), true));
  }

  return { settle, fail, complete, completeLate, redeliver, explain };
}
