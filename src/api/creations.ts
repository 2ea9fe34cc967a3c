/** The gallery and the live page's starting state: finished creations, unfinished ones, send again, delete. */
import { z } from "zod";
import type { GenerationJobRow } from "../db/generation-job-repository.ts";
import { extractOutput } from "../engines/generation/catalog.ts";
import { type ApiServices, userT } from "./context.ts";
import { ApiError, endpoint } from "./router.ts";
import { type CreationView, creationsResponse, idParams, liveJobSchema, okResponse } from "./schemas.ts";

const kindOf = (row: Pick<GenerationJobRow, "kind">): "image" | "video" =>
  row.kind === "video" ? "video" : "image";

/** A finished job as the gallery shows it. */
export function creationView(s: ApiServices, row: GenerationJobRow): CreationView {
  const out = extractOutput(kindOf(row), row.result);
  return {
    id: row.id,
    kind: kindOf(row),
    model: row.model,
    model_name: s.catalog.get(row.model)?.name ?? row.model,
    prompt: row.prompt,
    cost: row.cost,
    url: out?.url ?? null,
    width: out?.width ?? null,
    height: out?.height ?? null,
    created_at: row.createdAt.toISOString(),
    finished_at: row.finishedAt?.toISOString() ?? null,
  };
}

const notFound = () => new ApiError(404, "not_found", "no such creation");

/** Builds the endpoints. */
export function creationEndpoints(s: ApiServices) {
  return [
    endpoint({
      method: "GET",
      path: "/api/creations",
      summary: "Your finished images and videos, newest first, a page at a time",
      tag: "creations",
      query: z.object({
        before: z.iso
          .datetime()
          .optional()
          .describe("Only creations made before this time (the previous page's next_before)"),
        limit: z.coerce.number().int().min(1).max(60).default(24),
      }),
      response: creationsResponse,
      async handler({ userId, query }) {
        const rows = await s.creations.list(userId, {
          before: query.before ? new Date(query.before) : undefined,
          limit: query.limit,
        });
        return {
          creations: rows.map((r) => creationView(s, r)),
          next_before: rows.length === query.limit ? rows.at(-1)!.createdAt.toISOString() : null,
        };
      },
    }),
    endpoint({
      method: "GET",
      path: "/api/live",
      summary: "Your unfinished creations (updates then arrive over the WebSocket as generation.* events)",
      tag: "creations",
      response: z.object({ jobs: z.array(liveJobSchema) }),
      async handler({ userId }) {
        const rows = await s.creations.active(userId);
        return {
          jobs: rows.map((r) => ({
            id: r.id,
            kind: kindOf(r),
            model_name: s.catalog.get(r.model)?.name ?? r.model,
            prompt: r.prompt,
            cost: r.cost,
            status: r.status as "pending" | "queued" | "running",
            queue_position: r.queuePosition,
            created_at: r.createdAt.toISOString(),
          })),
        };
      },
    }),
    endpoint({
      method: "POST",
      path: "/api/creations/:id/send",
      summary: "Sends a creation to your chat with Velro again",
      tag: "creations",
      params: idParams,
      response: okResponse,
      errors: [404],
      async handler({ userId, params, log }) {
        const row = await s.creations.find(userId, params.id);
        if (row?.status !== "completed") throw notFound();
        await s.telegram.sendCreation(userId, creationView(s, row), await userT(s, userId));
        log.info({ job: row.id }, "creation sent again from the mini app");
        return { ok: true as const };
      },
    }),
    endpoint({
      method: "POST",
      path: "/api/creations/:id/cancel",
      summary: "Cancels an unfinished creation; its credits are released",
      tag: "creations",
      params: idParams,
      response: okResponse,
      errors: [404],
      async handler({ userId, params }) {
        if (!(await s.generation.cancel(params.id, userId))) throw notFound();
        return { ok: true as const };
      },
    }),
    endpoint({
      method: "DELETE",
      path: "/api/creations/:id",
      summary: "Deletes a finished creation from your gallery (the credits ledger keeps its entries)",
      tag: "creations",
      params: idParams,
      response: okResponse,
      errors: [404],
      async handler({ userId, params, log }) {
        if (!(await s.creations.remove(userId, params.id))) throw notFound();
        log.info({ job: params.id }, "creation deleted in the mini app");
        return { ok: true as const };
      },
    }),
  ];
}
