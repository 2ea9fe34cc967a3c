/** Shapes shared by the generation service, its poller and the adapters that start jobs. */

import type { Prisma } from "../../db/generated/client.ts";
import type { GenerationMode, ModelSpec } from "../../engines/generation/catalog.ts";
import type { GenerationStage } from "../events.ts";

export { ACTIVE_STATUSES } from "../../db/generation-job-repository.ts";

/** How far a job has got; the notifier shows each on the job's status message. */
export type ProgressStage = GenerationStage;

export type RefusalReason =
  | "prompt_empty"
  | "prompt_too_long"
  | "unknown_model"
  | "photo_required"
  | "rate_limited"
  | "insufficient_credits"
  | "too_many_running"
  | "unavailable"
  | "already_requested"
  // A linked group's creations are paid by its team: the requester is not a member, may only
  // view, has reached their monthly cap, or the pool is short.
  | "team_not_member"
  | "team_viewer"
  | "team_cap"
  | "team_pool_empty";

export type RequestOutcome =
  | {
      type: "accepted";
      jobId: string;
      cost: number;
      balance: number;
      model: ModelSpec;
      /** True when the idempotency key named a job that existed already: nothing new was started. */
      repeated?: boolean;
    }
  | {
      type: "refused";
      reason: RefusalReason;
      /** In English, for logs and clients without translations. */
      text: string;
      /** The numbers and names in `text`, so an adapter can say it in the user's language. */
      vars?: Record<string, string | number>;
    };

export interface GenerationRequest {
  userId: number;
  chatId: number;
  /** "edit" and "animate" need `photo`; the model must serve this mode. */
  kind: GenerationMode;
  modelKey: string;
  aspectRatio?: string;
  prompt: string;
  /** The photo to edit or animate, already downloaded by the adapter. */
  photo?: { bytes: Uint8Array; contentType: string; fileName: string };
  /** The creation this one is made from (a generated image being animated), for provenance. */
  parentJobId?: string;
  /** The message the adapter will keep editing with progress. */
  statusMessageId?: number;
  /**
   * Names the request so that making it again (the same Telegram update handled a second time
   * after a crash) returns the first request's job instead of starting and charging another.
   */
  idempotencyKey?: string;
}

/** Refuses a request from inside its reservation (a payer's rule, checked with the account locked). */
export class PayerRefusedError extends Error {
  constructor(
    readonly reason: RefusalReason,
    /** In English, for logs. */
    text: string,
    readonly vars?: Record<string, string | number>,
  ) {
    super(text);
    this.name = "PayerRefusedError";
  }
}

/**
 * Who pays for a request: the user's own account, another ledger account (a team's pool in a
 * group linked to the team), or nobody, with the reason.
 */
export type PayerChoice =
  | { type: "own" }
  | {
      type: "account";
      /** The ledger account to reserve on; its entries name the requesting user. */
      account: number;
      /** The payer's name for a refusal (the team's name). */
      name: string;
      /** Runs with the account locked before the reservation is written; throws PayerRefusedError. */
      guard?(tx: Prisma.TransactionClient, balance: number, amount: number): Promise<void>;
      /** Runs in the reservation's transaction once the job exists (filing it, an audit line). */
      reserved?(tx: Prisma.TransactionClient, jobId: string, cost: number): Promise<void>;
    }
  | { type: "refused"; reason: RefusalReason; text: string; vars?: Record<string, string | number> };
