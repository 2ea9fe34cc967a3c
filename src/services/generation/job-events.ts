/**
 * What the generation service says on the bus about a job, built from its row: the payload every
 * generation event carries (enough for the Telegram notifier to draw the status message without
 * the database).
 */
import type { GenerationJobRow } from "../../db/generation-job-repository.ts";
import type { Catalog, GenerationKind } from "../../engines/generation/catalog.ts";
import { failureTextOf } from "../../engines/generation/explain.ts";
import type { GenerationJobPayload } from "../events.ts";

export const CANCELLED_TEXT = failureTextOf("cancelled");

export const kindOf = (row: Pick<GenerationJobRow, "kind">): GenerationKind =>
  row.kind === "video" ? "video" : "image";

/** Who an event about this job is for. */
export const recipients = (row: GenerationJobRow) => ({
  userId: Number(row.userId),
  chatId: Number(row.chatId),
});

/** The fields every generation event carries. */
export function jobPayload(catalog: Catalog, row: GenerationJobRow): GenerationJobPayload {
  return {
    jobId: row.id,
    model: row.model,
    modelName: catalog.get(row.model)?.name ?? row.model,
    kind: kindOf(row),
    prompt: row.prompt,
    cost: row.cost,
    ...(row.statusMessageId ? { statusMessageId: row.statusMessageId } : {}),
  };
}
