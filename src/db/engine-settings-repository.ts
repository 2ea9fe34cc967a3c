/**
 * Per-user settings of the synesthesia, dreams and second-sight engines, and the two look-ups the
 * "see this feeling" button needs: the user's message a reply answered, and the reply that
 * answered it. The button setting is read after every reply of every user, so it is cached in
 * the shared cache (written through when it changes, so every instance sees a change at once).
 */
import type { CacheBus } from "../cache/types.ts";
import type { Database } from "./database.ts";

// Short enough that a cached "on" never outlives the user's row by long (/deletedata cascades).
const TTL_MS = 10 * 60_000;
const key = (userId: number) => `engset:fb:${userId}`;

/** Creates the repository. */
export function createEngineSettingsRepository(db: Database, cache: CacheBus) {
  const { prisma } = db;
  return {
    /** Whether the user wants a 🎨 button under replies (off unless they turned it on). */
    async feelingButton(userId: number): Promise<boolean> {
      const cached = await cache.get(key(userId), { near: true });
      if (cached !== null) return cached === "1";
      const row = await prisma.engineSettings.findUnique({
        where: { userId: BigInt(userId) },
        select: { feelingButton: true },
      });
      const on = row?.feelingButton ?? false;
      await cache.set(key(userId), on ? "1" : "0", TTL_MS);
      return on;
    },

    /** Turns the button on or off (the user's row must exist). */
    async setFeelingButton(userId: number, on: boolean): Promise<void> {
      await prisma.engineSettings.upsert({
        where: { userId: BigInt(userId) },
        create: { userId: BigInt(userId), feelingButton: on },
        update: { feelingButton: on },
      });
      await cache.set(key(userId), on ? "1" : "0", TTL_MS);
    },

    /** The text of a user's message in a chat, by its Telegram id, while it is stored. */
    async userMessage(chatId: number, telegramMessageId: number, userId: number): Promise<string | null> {
      const row = await prisma.message.findFirst({
        where: {
          telegramMessageId,
          role: "user",
          userId: BigInt(userId),
          conversation: { chatId: BigInt(chatId) },
        },
        orderBy: { id: "desc" },
        select: { content: true },
      });
      return row?.content ?? null;
    },

    /**
     * The Telegram id of the bot's reply to a user's message (the first assistant turn stored
     * after it in the same conversation), or null when there is none.
     */
    async replyTo(chatId: number, telegramMessageId: number): Promise<number | null> {
      const asked = await prisma.message.findFirst({
        where: { telegramMessageId, role: "user", conversation: { chatId: BigInt(chatId) } },
        orderBy: { id: "desc" },
        select: { id: true, conversationId: true },
      });
      if (!asked) return null;
      const reply = await prisma.message.findFirst({
        where: { conversationId: asked.conversationId, id: { gt: asked.id }, role: "assistant" },
        orderBy: { id: "asc" },
        select: { telegramMessageId: true },
      });
      return reply?.telegramMessageId ?? null;
    },
  };
}

export type EngineSettingsRepository = ReturnType<typeof createEngineSettingsRepository>;
