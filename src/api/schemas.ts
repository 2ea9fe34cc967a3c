/**
 * The shapes of the REST API under /api, as zod schemas: the endpoints validate with them, the
 * OpenAPI document is generated from them, and the Mini App imports their types (type-only), so
 * server, document and client agree. Field names are snake_case like the WebSocket protocol's.
 */
import { z } from "zod";
import { ROOM_IDS } from "../domain/memory.ts";

const iso = z.string().describe("ISO 8601 date-time (UTC)");

export const roomId = z.enum(ROOM_IDS).describe("A room of the memory palace");

export const memorySchema = z
  .object({
    id: z.string(),
    room: roomId,
    room_title: z.string().describe("The room's name in the user's language"),
    text: z.string(),
    kind: z.string().describe("fact (distilled or written by the user), episode (something said) or dream"),
    pinned: z.boolean().describe("Pinned memories are always considered when Velro replies"),
    mentions: z.number().int().describe("How many times it was said"),
    created_at: iso,
    updated_at: iso,
  })
  .meta({ id: "Memory" });
export type MemoryView = z.infer<typeof memorySchema>;

export const roomSchema = z
  .object({ room: roomId, title: z.string(), count: z.number().int() })
  .meta({ id: "Room" });

export const memoriesResponse = z.object({
  rooms: z.array(roomSchema).describe("Rooms that hold memories"),
  memories: z.array(memorySchema),
  pinned_max: z.number().int().describe("How many memories may be pinned at once"),
  room_titles: z.record(z.string(), z.string()).describe("Every room a memory can be filed in, by id, named"),
});
export type MemoriesResponse = z.infer<typeof memoriesResponse>;

const memoryText = z.string().trim().min(1).max(1000);
export const newMemoryBody = z.object({
  text: memoryText.describe("The memory in your own words"),
  room: roomId
    .exclude(["dreams"])
    .optional()
    .describe("Where to file it; chosen from the text when left out"),
});
export const memoryPatchBody = z
  .object({
    text: memoryText.optional(),
    room: roomId.exclude(["dreams"]).optional(),
    pinned: z.boolean().optional(),
  })
  .refine((b) => b.text !== undefined || b.room !== undefined || b.pinned !== undefined, {
    message: "give text, room or pinned",
  });

export const creationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["image", "video"]),
    model: z.string().describe("Catalogue key"),
    model_name: z.string(),
    prompt: z.string(),
    cost: z.number().int().describe("Credits it cost"),
    url: z.string().nullable().describe("The image or video (on the generation provider's storage)"),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    created_at: iso,
    finished_at: iso.nullable(),
  })
  .meta({ id: "Creation" });
export type CreationView = z.infer<typeof creationSchema>;

export const creationsResponse = z.object({
  creations: z.array(creationSchema),
  next_before: iso.nullable().describe("Pass as `before` for the next page; null on the last one"),
});
export type CreationsResponse = z.infer<typeof creationsResponse>;

export const liveJobSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["image", "video"]),
    model_name: z.string(),
    prompt: z.string(),
    cost: z.number().int(),
    status: z.enum(["pending", "queued", "running"]),
    queue_position: z.number().int().nullable(),
    created_at: iso,
  })
  .meta({ id: "LiveJob" });
export type LiveJobView = z.infer<typeof liveJobSchema>;

export const ledgerEntrySchema = z
  .object({
    id: z.string(),
    kind: z.string().describe("grant, purchase, reserve, capture, release, adjust, stars_refund, …"),
    amount: z.number().int().describe("Change to the balance"),
    balance_after: z.number().int(),
    model_name: z.string().nullable().describe("For creation entries: the model"),
    created_at: iso,
  })
  .meta({ id: "LedgerEntry" });
export type LedgerEntryView = z.infer<typeof ledgerEntrySchema>;

export const packSchema = z
  .object({ key: z.string(), credits: z.number().int(), stars: z.number().int(), title: z.string() })
  .meta({ id: "CreditPack" });

export const creditsResponse = z.object({
  balance: z.number().int(),
  entries: z.array(ledgerEntrySchema).describe("Newest first"),
  packs: z.array(packSchema),
});
export type CreditsResponse = z.infer<typeof creditsResponse>;

export const invoiceBody = z.object({ pack: z.string().min(1).max(16) });
export const invoiceResponse = z.object({
  link: z.string().describe("An invoice link for Telegram.WebApp.openInvoice"),
});

export const personaSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    emoji: z.string(),
    tagline: z.string().describe("In the user's language (a custom persona's: the user's own words)"),
    kind: z.enum(["builtin", "custom"]),
  })
  .meta({ id: "Persona" });
export type PersonaView = z.infer<typeof personaSchema>;

export const personasResponse = z.object({
  current: personaSchema,
  personas: z.array(personaSchema).describe("Built-in personas, then the user's own, if any"),
});
export type PersonasResponse = z.infer<typeof personasResponse>;
export const choosePersonaBody = z.object({ id: z.string().min(1).max(32) });
export const customPersonaBody = z.object({ description: z.string().max(2000) });

export const moodDaySchema = z
  .object({
    day: z.string().describe("YYYY-MM-DD (UTC)"),
    valence: z.number().describe("-1 (very low) .. 1 (very good), weighted by confidence"),
    arousal: z.number().describe("0 (calm) .. 1 (agitated)"),
    samples: z.number().int(),
    emotions: z.record(z.string(), z.number().int()).describe("Messages by dominant emotion"),
  })
  .meta({ id: "MoodDay" });
export type MoodDayViewSchema = z.infer<typeof moodDaySchema>;

export const moodResponse = z.object({
  summary: z
    .string()
    .nullable()
    .describe("What Velro has noticed, in the user's language (as /mood says it)"),
  days: z.array(moodDaySchema),
});
export type MoodResponse = z.infer<typeof moodResponse>;

export const meResponse = z.object({
  user_id: z.number().int(),
  first_name: z.string(),
  locale: z
    .string()
    .describe("The language Velro speaks with the user (their /language choice or Telegram's)"),
  rtl: z.boolean(),
  balance: z.number().int(),
  creations_enabled: z.boolean().describe("False when image and video creation is not set up"),
  bot_username: z.string(),
});
export type MeResponse = z.infer<typeof meResponse>;

export const historyMessageSchema = z
  .object({
    id: z.string(),
    role: z.enum(["user", "assistant"]),
    text: z.string(),
  })
  .meta({ id: "HistoryMessage" });
export type HistoryMessageView = z.infer<typeof historyMessageSchema>;

export const historyResponse = z.object({
  messages: z.array(historyMessageSchema).describe("The open conversation of the private chat, oldest first"),
});

export const okResponse = z.object({ ok: z.literal(true) });

export const idParams = z.object({ id: z.string().min(1).max(64) });
