/** Shapes shared by the generation service, its poller and the adapters that show progress. */
import type { GenerationKind, GenerationOutput, ModelSpec } from "../../engines/generation/catalog.ts";

/** What adapters need to show a job: who, where, which model. */
export interface JobView {
  id: string;
  userId: number;
  chatId: number;
  statusMessageId?: number;
  model: ModelSpec;
  kind: GenerationKind;
  prompt: string;
  cost: number;
}

export type ProgressStage = "submitted" | "queued" | "running";

/** The Telegram-facing port: the service calls it, the bot implements it. */
export interface GenerationNotifier {
  progress(job: JobView, stage: ProgressStage, queuePosition?: number): Promise<void>;
  delivered(job: JobView, output: GenerationOutput): Promise<void>;
  failed(job: JobView, text: string): Promise<void>;
}

export type RefusalReason =
  | "prompt_empty"
  | "prompt_too_long"
  | "unknown_model"
  | "photo_required"
  | "rate_limited"
  | "insufficient_credits"
  | "too_many_running"
  | "unavailable";

export type RequestOutcome =
  | { type: "accepted"; jobId: string; cost: number; balance: number; model: ModelSpec }
  | { type: "refused"; reason: RefusalReason; text: string };

export interface GenerationRequest {
  userId: number;
  chatId: number;
  /** "edit" needs `photo`; the model must be of this kind. */
  kind: GenerationKind | "edit";
  modelKey: string;
  aspectRatio?: string;
  prompt: string;
  /** The photo to edit, already downloaded by the adapter. */
  photo?: { bytes: Uint8Array; contentType: string; fileName: string };
  /** The message the adapter will keep editing with progress. */
  statusMessageId?: number;
}

export const ACTIVE_STATUSES = ["pending", "queued", "running"] as const;

export const noopNotifier: GenerationNotifier = {
  progress: async () => {},
  delivered: async () => {},
  failed: async () => {},
};
