/** The memory palace endpoints: rooms, list and search, add, edit and pin, delete, last used. */
import { z } from "zod";
import { MAX_PINNED } from "../engines/memory-palace/index.ts";
import { ROOM_IDS, type RoomId } from "../engines/memory-palace/types.ts";
import type { MemoryRefusal } from "../services/mind-memories.ts";
import { type ApiServices, memoryView, userT } from "./context.ts";
import { ApiError, endpoint } from "./router.ts";
import {
  idParams,
  memoriesResponse,
  memoryPatchBody,
  memorySchema,
  newMemoryBody,
  roomId,
} from "./schemas.ts";

// Rooms a memory can be filed in by hand: dreams (and documents) are filed by their own features.
const FILED_ELSEWHERE = new Set<string>(["dreams", "documents"]);
const FILING_ROOMS = ROOM_IDS.filter((r) => !FILED_ELSEWHERE.has(r));

function refusal(reason: MemoryRefusal): ApiError {
  if (reason === "not_found") return new ApiError(404, "not_found", "no such memory");
  if (reason === "empty") return new ApiError(400, "invalid_request", "the memory has no text");
  return new ApiError(409, "too_many_pinned", `at most ${MAX_PINNED} memories can be pinned`);
}

/** Builds the endpoints. */
export function memoryEndpoints(s: ApiServices) {
  return [
    endpoint({
      method: "GET",
      path: "/api/memories",
      summary: "Rooms and memories: all, one room's, or those matching a search",
      tag: "memories",
      query: z.object({
        room: roomId.optional(),
        q: z.string().trim().max(200).optional().describe("Search words (any language)"),
      }),
      response: memoriesResponse,
      async handler({ userId, query }) {
        const t = await userT(s, userId);
        const rooms = await s.mind.rooms(userId);
        const found = query.q
          ? await s.mind.searchMemories(userId, query.q)
          : (await s.mind.list(userId, query.room as RoomId | undefined)).sort(
              (a, b) => Number(b.pinned === true) - Number(a.pinned === true) || b.updatedAt - a.updatedAt,
            );
        const memories = query.q && query.room ? found.filter((m) => m.room === query.room) : found;
        return {
          rooms: rooms.map((r) => ({ room: r.room, title: t(`room-${r.room}`), count: r.count })),
          memories: memories.slice(0, 500).map((m) => memoryView(m, t)),
          pinned_max: MAX_PINNED,
          room_titles: Object.fromEntries(FILING_ROOMS.map((r) => [r, t(`room-${r}`)])),
        };
      },
    }),
    endpoint({
      method: "GET",
      path: "/api/memories/last-used",
      summary: "The memories Velro used for its last reply in the private chat",
      tag: "memories",
      response: z.object({ memories: z.array(memorySchema) }),
      async handler({ userId }) {
        const t = await userT(s, userId);
        const memories = await s.mind.lastUsedMemories(userId, userId);
        return { memories: memories.map((m) => memoryView(m, t)) };
      },
    }),
    endpoint({
      method: "POST",
      path: "/api/memories",
      summary: "Adds a memory in your own words (it is used from the next reply on)",
      tag: "memories",
      body: newMemoryBody,
      response: memorySchema,
      status: 201,
      async handler({ userId, body, log }) {
        const profile = await s.repo.userProfile(userId);
        const result = await s.mind.addMemory(userId, {
          text: body.text,
          room: body.room as RoomId | undefined,
          speaker: profile?.firstName ?? "You",
        });
        if (!result.ok) throw refusal(result.reason);
        log.info({ memory: result.memory.id }, "memory added in the mini app");
        return memoryView(result.memory, await userT(s, userId));
      },
    }),
    endpoint({
      method: "PATCH",
      path: "/api/memories/:id",
      summary: "Corrects a memory, moves it to another room, or pins or unpins it",
      tag: "memories",
      params: idParams,
      body: memoryPatchBody,
      response: memorySchema,
      errors: [404, 409],
      async handler({ userId, params, body }) {
        let memory: Parameters<typeof memoryView>[0] | undefined;
        if (body.text !== undefined || body.room !== undefined) {
          const edited = await s.mind.editMemory(userId, params.id, {
            text: body.text,
            room: body.room as RoomId | undefined,
          });
          if (!edited.ok) throw refusal(edited.reason);
          memory = edited.memory;
        }
        if (body.pinned !== undefined) {
          const pinned = await s.mind.pinMemory(userId, params.id, body.pinned);
          if (!pinned.ok) throw refusal(pinned.reason);
          memory = pinned.memory;
        }
        return memoryView(memory!, await userT(s, userId));
      },
    }),
    endpoint({
      method: "DELETE",
      path: "/api/memories/:id",
      summary: "Forgets a memory (and what was distilled from the same messages)",
      tag: "memories",
      params: idParams,
      response: z.object({ removed: z.number().int() }),
      errors: [404],
      async handler({ userId, params }) {
        const removed = await s.mind.forget(userId, { memoryId: params.id });
        if (removed === 0) throw refusal("not_found");
        return { removed };
      },
    }),
  ];
}
