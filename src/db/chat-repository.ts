/**
 * Storage of users, chats and conversation turns. Callers pass plain values; Prisma stays inside
 * this module. User and chat upserts are remembered in the cache so a busy chat does not rewrite the
 * same rows on every message.
 */
import type { CacheBus } from "../cache/types.ts";
import type { Turn } from "../engines/dialogue/types.ts";
import { createBatcher } from "./batcher.ts";
import { Prisma, type PrismaClient } from "./generated/client.ts";

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
const CONVERSATION_TTL_MS = 10 * 60_000;

const encodeConversation = (c: ConversationState) =>
  JSON.stringify([c.id.toString(), c.summary, c.summarizedUpTo.toString()]);

function decodeConversation(raw: string): ConversationState {
  const [id, summary, upTo] = JSON.parse(raw) as [string, string, string];
  return { id: BigInt(id), summary, summarizedUpTo: BigInt(upTo) };
}

export interface NewMessage {
  conversationId: bigint;
  userId?: number;
  role: "user" | "assistant";
  content: string;
  telegramMessageId?: number;
  tokens: number;
}

/** Creates the repository over a Prisma client; `cache` short-circuits repeated upserts. */
export function createChatRepository(prisma: PrismaClient, cache: CacheBus) {
  const messageWriter = createBatcher<NewMessage, bigint>(async (items) => {
    const values = Prisma.join(
      items.map(
        (m) =>
          Prisma.sql`(${m.conversationId}, ${m.userId === undefined ? null : BigInt(m.userId)}, ${m.role}, ${m.content}, ${m.telegramMessageId ?? null}::integer, ${m.tokens}::integer)`,
      ),
    );
    // RETURNING follows VALUES order for a plain multi-row INSERT, and ids are sequential.
    const rows = await prisma.$queryRaw<{ id: bigint }[]>`
      INSERT INTO messages (conversation_id, user_id, role, content, telegram_message_id, tokens)
      VALUES ${values} RETURNING id`;
    return rows.map((r) => r.id);
  });

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

    /** The chat's open conversation, created on first use. Cached: it is read on every turn. */
    async openConversation(chatId: number): Promise<ConversationState> {
      const key = `conv:${chatId}`;
      const cached = await cache.get(key);
      if (cached) return decodeConversation(cached);
      const found =
        (await prisma.conversation.findFirst({
          where: { chatId: BigInt(chatId), endedAt: null },
          orderBy: { id: "desc" },
          select: { id: true, summary: true, summarizedUpTo: true },
        })) ??
        (await prisma.conversation.create({
          data: { chatId: BigInt(chatId) },
          select: { id: true, summary: true, summarizedUpTo: true },
        }));
      await cache.set(key, encodeConversation(found), CONVERSATION_TTL_MS);
      return found;
    },

    /** Closes the open conversation (kept in the database) so the next message starts afresh. */
    async resetConversation(chatId: number): Promise<number> {
      const { count } = await prisma.conversation.updateMany({
        where: { chatId: BigInt(chatId), endedAt: null },
        data: { endedAt: new Date() },
      });
      await cache.del(`conv:${chatId}`);
      return count;
    },

    /** The newest `limit` turns after the summarised part, oldest first. Raw SQL: this and the
     * inserts below run on every turn, and skip the ORM's per-query overhead (3-4x on PGlite). */
    async recentTurns(conversation: ConversationState, limit: number): Promise<Turn[]> {
      const rows = await prisma.$queryRaw<
        { id: bigint; role: string; content: string; created_at: Date; first_name: string | null }[]
      >`SELECT m.id, m.role, m.content, m.created_at, u.first_name
        FROM messages m LEFT JOIN users u ON u.id = m.user_id
        WHERE m.conversation_id = ${conversation.id} AND m.id > ${conversation.summarizedUpTo}
        ORDER BY m.id DESC LIMIT ${limit}`;
      return rows.reverse().map((r) => ({
        id: r.id,
        role: r.role === "assistant" ? "assistant" : "user",
        content: r.content,
        name: r.first_name ?? undefined,
        at: r.created_at,
      }));
    },

    /** Stores one turn. Concurrent calls are written together by one multi-row INSERT. */
    addMessage(input: NewMessage): Promise<bigint> {
      return messageWriter.add(input);
    },

    async saveSummary(
      chatId: number,
      conversationId: bigint,
      summary: string,
      summarizedUpTo: bigint,
    ): Promise<void> {
      await prisma.conversation.update({ where: { id: conversationId }, data: { summary, summarizedUpTo } });
      await cache.set(
        `conv:${chatId}`,
        encodeConversation({ id: conversationId, summary, summarizedUpTo }),
        CONVERSATION_TTL_MS,
      );
    },

    async countMessages(chatId: number): Promise<number> {
      return prisma.message.count({ where: { conversation: { chatId: BigInt(chatId) } } });
    },
  };
}

export type ChatRepository = ReturnType<typeof createChatRepository>;
