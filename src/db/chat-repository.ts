/**
 * Storage of users, chats and conversation turns. Callers pass plain values; Prisma stays inside
 * this module. User and chat upserts are remembered in the cache so a busy chat does not rewrite the
 * same rows on every message.
 */
import type { CacheBus } from "../cache/types.ts";
import type { Turn } from "../engines/dialogue/types.ts";
import type { PrismaClient } from "./generated/client.ts";

export interface TelegramUserInfo {
  id: number;
  firstName: string;
  username?: string;
  languageCode?: string;
}

export interface TelegramChatInfo {
  id: number;
  type: string;
  title?: string;
}

export interface ConversationState {
  id: bigint;
  summary: string;
  summarizedUpTo: bigint;
}

const PROFILE_TTL_MS = 10 * 60_000;

/** Creates the repository over a Prisma client; `cache` short-circuits repeated upserts. */
export function createChatRepository(prisma: PrismaClient, cache: CacheBus) {
  return {
    /** Inserts or refreshes a user. Returns true when the user row was created just now. */
    async upsertUser(user: TelegramUserInfo, force = false): Promise<boolean> {
      const fingerprint = `${user.firstName}|${user.username ?? ""}|${user.languageCode ?? ""}`;
      const key = `user:${user.id}`;
      if (!force && (await cache.get(key)) === fingerprint) return false;
      const data = {
        firstName: user.firstName,
        username: user.username ?? null,
        languageCode: user.languageCode ?? null,
      };
      const existing = await prisma.user.findUnique({ where: { id: BigInt(user.id) }, select: { id: true } });
      await prisma.user.upsert({
        where: { id: BigInt(user.id) },
        create: { id: BigInt(user.id), ...data },
        update: data,
      });
      await cache.set(key, fingerprint, PROFILE_TTL_MS);
      return !existing;
    },

    async upsertChat(chat: TelegramChatInfo): Promise<void> {
      const fingerprint = `${chat.type}|${chat.title ?? ""}`;
      const key = `chat:${chat.id}`;
      if ((await cache.get(key)) === fingerprint) return;
      const data = { type: chat.type, title: chat.title ?? null };
      await prisma.chat.upsert({
        where: { id: BigInt(chat.id) },
        create: { id: BigInt(chat.id), ...data },
        update: data,
      });
      await cache.set(key, fingerprint, PROFILE_TTL_MS);
    },

    /** The chat's open conversation, created on first use. */
    async openConversation(chatId: number): Promise<ConversationState> {
      const found = await prisma.conversation.findFirst({
        where: { chatId: BigInt(chatId), endedAt: null },
        orderBy: { id: "desc" },
        select: { id: true, summary: true, summarizedUpTo: true },
      });
      if (found) return found;
      return prisma.conversation.create({
        data: { chatId: BigInt(chatId) },
        select: { id: true, summary: true, summarizedUpTo: true },
      });
    },

    /** Closes the open conversation (kept in the database) so the next message starts afresh. */
    async resetConversation(chatId: number): Promise<number> {
      const { count } = await prisma.conversation.updateMany({
        where: { chatId: BigInt(chatId), endedAt: null },
        data: { endedAt: new Date() },
      });
      return count;
    },

    /** The newest `limit` turns after the summarised part, oldest first. */
    async recentTurns(conversation: ConversationState, limit: number): Promise<Turn[]> {
      const rows = await prisma.message.findMany({
        where: { conversationId: conversation.id, id: { gt: conversation.summarizedUpTo } },
        orderBy: { id: "desc" },
        take: limit,
        select: {
          id: true,
          role: true,
          content: true,
          createdAt: true,
          user: { select: { firstName: true } },
        },
      });
      return rows.reverse().map((r) => ({
        id: r.id,
        role: r.role === "assistant" ? "assistant" : "user",
        content: r.content,
        name: r.user?.firstName,
        at: r.createdAt,
      }));
    },

    async addMessage(input: {
      conversationId: bigint;
      userId?: number;
      role: "user" | "assistant";
      content: string;
      telegramMessageId?: number;
      tokens: number;
    }): Promise<bigint> {
      const row = await prisma.message.create({
        data: {
          conversationId: input.conversationId,
          userId: input.userId === undefined ? null : BigInt(input.userId),
          role: input.role,
          content: input.content,
          telegramMessageId: input.telegramMessageId ?? null,
          tokens: input.tokens,
        },
        select: { id: true },
      });
      return row.id;
    },

    async saveSummary(conversationId: bigint, summary: string, summarizedUpTo: bigint): Promise<void> {
      await prisma.conversation.update({ where: { id: conversationId }, data: { summary, summarizedUpTo } });
    },

    async countMessages(chatId: number): Promise<number> {
      return prisma.message.count({ where: { conversation: { chatId: BigInt(chatId) } } });
    },
  };
}

export type ChatRepository = ReturnType<typeof createChatRepository>;
