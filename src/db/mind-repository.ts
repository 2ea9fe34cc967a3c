/**
 * Storage of what the engines keep: per user-and-chat mind state (persona, style, mood, affect) and
 * each user's memory palace, one row per memory. The engines hand over plain JSON; this module only
 * moves it in and out of Postgres.
 */
import type { Memory, PalaceChanges, RoomId } from "../engines/memory-palace/types.ts";
import { Prisma, type PrismaClient } from "./generated/client.ts";

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
};

const toMemory = (r: MemoryRow): Memory => ({
  id: r.id,
  room: r.room as RoomId,
  text: r.text,
  speaker: r.speaker,
  kind: r.kind === "fact" ? "fact" : "episode",
  createdAt: r.createdAt.getTime(),
  updatedAt: r.updatedAt.getTime(),
  sourceIds: r.sourceIds,
  salience: r.salience,
  emotion: (r.emotion ?? undefined) as Memory["emotion"],
  mentions: r.mentions,
  lastRecalledAt: r.lastRecalledAt?.getTime(),
  context: r.context ?? undefined,
});

const toRow = (userId: bigint, m: Memory) => ({
  id: m.id,
  userId,
  room: m.room,
  text: m.text,
  speaker: m.speaker,
  kind: m.kind,
  createdAt: new Date(m.createdAt),
  updatedAt: new Date(m.updatedAt),
  sourceIds: m.sourceIds,
  salience: m.salience,
  emotion: (m.emotion ?? undefined) as Prisma.InputJsonValue | undefined,
  mentions: m.mentions,
  lastRecalledAt: m.lastRecalledAt === undefined ? null : new Date(m.lastRecalledAt),
  context: m.context ?? null,
});

const json = (v: unknown) => (v === undefined || v === null ? undefined : (v as Prisma.InputJsonValue));

/** Creates the repository over a Prisma client. */
export function createMindRepository(prisma: PrismaClient) {
  return {
    async loadMind(userId: number, chatId: number): Promise<StoredMind | null> {
      return prisma.mindState.findUnique({
        where: { userId_chatId: { userId: BigInt(userId), chatId: BigInt(chatId) } },
        select: { personaId: true, customPersona: true, style: true, mood: true, affect: true },
      });
    },

    async saveMind(userId: number, chatId: number, mind: Partial<StoredMind>): Promise<void> {
      const data = {
        personaId: mind.personaId,
        customPersona: mind.customPersona === null ? Prisma.DbNull : json(mind.customPersona),
        style: json(mind.style),
        mood: json(mind.mood),
        affect: json(mind.affect),
      };
      await prisma.mindState.upsert({
        where: { userId_chatId: { userId: BigInt(userId), chatId: BigInt(chatId) } },
        create: { userId: BigInt(userId), chatId: BigInt(chatId), ...data },
        update: data,
      });
    },

    async loadMemories(userId: number): Promise<Memory[]> {
      const rows = await prisma.memory.findMany({
        where: { userId: BigInt(userId) },
        orderBy: { createdAt: "asc" },
      });
      return rows.map(toMemory);
    },

    /** Writes exactly what a palace operation changed, in one transaction. */
    async applyChanges(userId: number, changes: PalaceChanges): Promise<void> {
      const uid = BigInt(userId);
      const ops: Prisma.PrismaPromise<unknown>[] = [];
      if (changes.removed.length)
        ops.push(prisma.memory.deleteMany({ where: { userId: uid, id: { in: changes.removed } } }));
      if (changes.added.length)
        ops.push(
          prisma.memory.createMany({ data: changes.added.map((m) => toRow(uid, m)), skipDuplicates: true }),
        );
      for (const m of changes.updated) {
        const { id: _id, userId: _u, ...data } = toRow(uid, m);
        ops.push(prisma.memory.updateMany({ where: { id: m.id, userId: uid }, data }));
      }
      if (ops.length === 1) await ops[0];
      else if (ops.length > 1) await prisma.$transaction(ops);
    },

    async countMemories(userId: number): Promise<number> {
      return prisma.memory.count({ where: { userId: BigInt(userId) } });
    },
  };
}

export type MindRepository = ReturnType<typeof createMindRepository>;
