/**
 * Storage of what the engines keep: per user-and-chat mind state (persona, style, mood, affect) and
 * each user's memory palace, one row per memory. The engines hand over plain JSON; this module only
 * moves it in and out of Postgres.
 */
import type { Memory, MemoryRecall, PalaceChanges, RoomId } from "../domain/memory.ts";
import { createBatcher } from "./batcher.ts";
import type { Database } from "./database.ts";
import { Prisma } from "./generated/client.ts";

export interface StoredMind {
  personaId: string;
  customPersona: unknown;
  style: unknown;
  mood: unknown;
  affect: unknown;
}

type MemoryRow = {
  id: string;
  room: string;
  text: string;
  speaker: string;
  kind: string;
  createdAt: Date;
  updatedAt: Date;
  sourceIds: string[];
  salience: number;
  emotion: unknown;
  mentions: number;
  lastRecalledAt: Date | null;
  context: string | null;
  pinned: boolean;
};

const toMemory = (r: MemoryRow): Memory => ({
  id: r.id,
  room: r.room as RoomId,
  text: r.text,
  speaker: r.speaker,
  kind: r.kind === "fact" || r.kind === "dream" ? r.kind : "episode",
  createdAt: r.createdAt.getTime(),
  updatedAt: r.updatedAt.getTime(),
  sourceIds: r.sourceIds,
  salience: r.salience,
  emotion: (r.emotion ?? undefined) as Memory["emotion"],
  mentions: r.mentions,
  lastRecalledAt: r.lastRecalledAt?.getTime(),
  context: r.context ?? undefined,
  ...(r.pinned ? { pinned: true } : {}),
});

interface MindWrite {
  userId: number;
  chatId: number;
  mind: StoredMind;
}

const jsonText = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Creates the repository over the database (Prisma, and direct SQL for the batched upserts). */
export function createMindRepository(db: Pick<Database, "prisma" | "sql">) {
  const { prisma } = db;
  const mindWriter = createBatcher<MindWrite, void>(async (items) => {
    // ON CONFLICT cannot touch one row twice in a statement: keep each key's latest state.
    const latest = new Map(items.map((w) => [`${w.userId}:${w.chatId}`, w]));
    const values = Prisma.join(
      [...latest.values()].map(
        ({ userId, chatId, mind: m }) =>
          Prisma.sql`(${BigInt(userId)}, ${BigInt(chatId)}, ${m.personaId}, ${jsonText(m.customPersona)}::jsonb,
            ${jsonText(m.style)}::jsonb, ${jsonText(m.mood)}::jsonb, ${jsonText(m.affect)}::jsonb, now())`,
      ),
    );
    await db.sql(
      "mind_states.upsert",
      Prisma.sql`INSERT INTO mind_states (user_id, chat_id, persona_id, custom_persona, style, mood, affect, updated_at)
        VALUES ${values}
        ON CONFLICT (user_id, chat_id) DO UPDATE SET persona_id = EXCLUDED.persona_id,
          custom_persona = EXCLUDED.custom_persona, style = EXCLUDED.style, mood = EXCLUDED.mood,
          affect = EXCLUDED.affect, updated_at = EXCLUDED.updated_at`,
    );
    return items.map(() => undefined);
  });

  // Upserts from concurrent turns (of any users) share one statement, and their recalls another;
  // one queue for both, so a recall never reaches the database before its memory's insert.
  const memoryWriter = createBatcher<{ userId: bigint; memories: Memory[]; recalled: MemoryRecall[] }, void>(
    async (items) => {
      await upsertMemories(items);
      await writeRecalls(items);
      return items.map(() => undefined);
    },
  );

  async function writeRecalls(items: { userId: bigint; recalled: MemoryRecall[] }[]) {
    const latest = new Map<string, { uid: bigint; at: number }>();
    for (const { userId, recalled } of items) {
      for (const r of recalled)
        latest.set(r.id, { uid: userId, at: Math.max(latest.get(r.id)?.at ?? 0, r.at) });
    }
    if (!latest.size) return;
    const rows = [...latest];
    await db.sql(
      "memories.recalled",
      Prisma.sql`UPDATE memories m SET last_recalled_at = GREATEST(m.last_recalled_at, v.at)
        FROM unnest(${rows.map(([id]) => id)}::text[], ${rows.map(([, r]) => r.uid.toString())}::bigint[],
          ${rows.map(([, r]) => new Date(r.at).toISOString())}::timestamptz[]) AS v(id, user_id, at)
        WHERE m.id = v.id AND m.user_id = v.user_id`,
    );
  }

  async function upsertMemories(items: { userId: bigint; memories: Memory[] }[]) {
    const latest = new Map<string, { uid: bigint; m: Memory }>();
    for (const { userId, memories } of items) for (const m of memories) latest.set(m.id, { uid: userId, m });
    if (!latest.size) return;
    const values = Prisma.join(
      [...latest.values()].map(
        ({ uid, m }) => Prisma.sql`(${m.id}, ${uid}, ${m.room}, ${m.text}, ${m.speaker}, ${m.kind},
          ${new Date(m.createdAt)}::timestamptz, ${new Date(m.updatedAt)}::timestamptz, ${m.sourceIds}::text[],
          ${m.salience}::double precision, ${m.emotion ? JSON.stringify(m.emotion) : null}::jsonb, ${m.mentions}::integer,
          ${m.lastRecalledAt === undefined ? null : new Date(m.lastRecalledAt)}::timestamptz, ${m.context ?? null},
          ${m.pinned === true})`,
      ),
    );
    await db.sql(
      "memories.upsert",
      Prisma.sql`INSERT INTO memories (id, user_id, room, text, speaker, kind, created_at, updated_at, source_ids,
                              salience, emotion, mentions, last_recalled_at, context, pinned)
        VALUES ${values}
        ON CONFLICT (id) DO UPDATE SET room = EXCLUDED.room, text = EXCLUDED.text, speaker = EXCLUDED.speaker,
          kind = EXCLUDED.kind, updated_at = EXCLUDED.updated_at, source_ids = EXCLUDED.source_ids,
          salience = EXCLUDED.salience, emotion = EXCLUDED.emotion, mentions = EXCLUDED.mentions,
          last_recalled_at = EXCLUDED.last_recalled_at, context = EXCLUDED.context, pinned = EXCLUDED.pinned
        WHERE memories.user_id = EXCLUDED.user_id`,
    );
  }

  return {
    async loadMind(userId: number, chatId: number): Promise<StoredMind | null> {
      return prisma.mindState.findUnique({
        where: { userId_chatId: { userId: BigInt(userId), chatId: BigInt(chatId) } },
        select: { personaId: true, customPersona: true, style: true, mood: true, affect: true },
      });
    },

    /** Saves a mind state; saves from concurrent turns are written by one multi-row upsert. */
    saveMind(userId: number, chatId: number, mind: StoredMind): Promise<void> {
      return mindWriter.add({ userId, chatId, mind });
    },

    async loadMemories(userId: number): Promise<Memory[]> {
      const rows = await prisma.memory.findMany({
        where: { userId: BigInt(userId) },
        orderBy: { createdAt: "asc" },
      });
      return rows.map(toMemory);
    },

    /**
     * Writes exactly what a palace operation changed. Added and updated memories go out as one
     * multi-row upsert (a turn typically adds one memory and touches a few recalled ones), and the
     * user id guard keeps a row of one user from ever being rewritten by another's change set.
     */
    async applyChanges(userId: number, changes: PalaceChanges): Promise<void> {
      const uid = BigInt(userId);
      if (changes.removed.length) {
        await prisma.memory.deleteMany({ where: { userId: uid, id: { in: changes.removed } } });
      }
      const upserts = [...changes.added, ...changes.updated];
      const recalled = changes.recalled ?? [];
      if (upserts.length || recalled.length)
        await memoryWriter.add({ userId: uid, memories: upserts, recalled });
    },

    async countMemories(userId: number): Promise<number> {
      return prisma.memory.count({ where: { userId: BigInt(userId) } });
    },
  };
}

export type MindRepository = ReturnType<typeof createMindRepository>;
