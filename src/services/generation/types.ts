/** Shapes shared by the generation service, its poller and the adapters that start jobs. */
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
  | "already_requested";

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
