/**
 * Storage of users, chats and conversation turns. Callers pass plain values; Prisma stays inside
 * this module. User and chat upserts are remembered in the cache so a busy chat does not rewrite the
 * same rows on every message.
 */
import type { CacheBus } from "../cache/types.ts";
import { createVersionedCache } from "../cache/versioned.ts";
import type { Turn } from "../domain/conversation.ts";
import { createBatcher } from "./batcher.ts";
import type { Database } from "./database.ts";
import { Prisma } from "./generated/client.ts";

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
const WINDOW_TTL_MS = 24 * 3_600_000;
const MAX_WINDOWS = 5_000;

const lastIdOf = (turns: Turn[]) => (turns.length ? turns[turns.length - 1]!.id.toString() : "");

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

/**
 * Creates the repository over the database (Prisma, and direct SQL for the per-turn statements);
 * `cache` short-circuits repeated upserts.
 */
export function createChatRepository(db: Pick<Database, "prisma" | "sql">, cache: CacheBus) {
  const { prisma } = db;
  const messageWriter = createBatcher<NewMessage, bigint>(async (items) => {
    const values = Prisma.join(
      items.map(
        (m) =>
          Prisma.sql`(${m.conversationId}, ${m.userId === undefined ? null : BigInt(m.userId)}, ${m.role}, ${m.content}, ${m.telegramMessageId ?? null}::integer, ${m.tokens}::integer)`,
      ),
    );
    // RETURNING follows VALUES order for a plain multi-row INSERT, and ids are sequential.
    const rows = await db.sql<{ id: bigint }>(
      "messages.insert",
      Prisma.sql`INSERT INTO messages (conversation_id, user_id, role, content, telegram_message_id, tokens)
        VALUES ${values} RETURNING id`,
    );
    return rows.map((r) => r.id);
  });

  // A window's version is the id of its last turn: a write anywhere publishes the new last id.
  const windows = createVersionedCache<{ turns: Turn[]; limit: number }>({
    cache,
    prefix: "turnsv:",
    ttlMs: WINDOW_TTL_MS,
    maxEntries: MAX_WINDOWS,
  });
  const loadWindow = async (conversationId: bigint, limit: number): Promise<Turn[]> => {
    const rows = await db.sql<{
      id: bigint;
      role: string;
      content: string;
      created_at: Date;
      first_name: string | null;
    }>(
      "messages.window",
      Prisma.sql`SELECT m.id, m.role, m.content, m.created_at, u.first_name
        FROM messages m LEFT JOIN users u ON u.id = m.user_id
        WHERE m.conversation_id = ${conversationId}
        ORDER BY m.id DESC LIMIT ${limit}`,
    );
    return rows.reverse().map((r) => ({
      id: r.id,
      role: r.role === "assistant" ? "assistant" : "user",
      content: r.content,
      name: r.first_name ?? undefined,
      at: r.created_at,
    }));
  };

  return {
    /** Inserts or refreshes a user. Returns true when the user row was created just now. */
    async upsertUser(user: TelegramUserInfo, force = false): Promise<boolean> {
      const fingerprint = `${user.firstName}|${user.username ?? ""}|${user.languageCode ?? ""}`;
      const key = `user:${user.id}`;
      if (!force && (await cache.get(key, { near: true })) === fingerprint) return false;
      // One statement (the ORM took a look-up and an upsert, each through its query compile); a
      // row written by the INSERT, not the UPDATE, has no xmax yet.
      const [row] = await db.sql<{ created: boolean }>(
        "users.upsert",
        Prisma.sql`INSERT INTO users (id, first_name, username, language_code, updated_at)
          VALUES (${BigInt(user.id)}, ${user.firstName}, ${user.username ?? null}, ${user.languageCode ?? null}, now())
          ON CONFLICT (id) DO UPDATE SET first_name = EXCLUDED.first_name, username = EXCLUDED.username,
            language_code = EXCLUDED.language_code, updated_at = now()
          RETURNING (xmax = 0) AS created`,
      );
      await cache.set(key, fingerprint, PROFILE_TTL_MS);
      return row?.created === true;
    },

    async upsertChat(chat: TelegramChatInfo): Promise<void> {
      const fingerprint = `${chat.type}|${chat.title ?? ""}`;
      const key = `chat:${chat.id}`;
      if ((await cache.get(key, { near: true })) === fingerprint) return;
      await db.sql(
        "chats.upsert",
        Prisma.sql`INSERT INTO chats (id, type, title) VALUES (${BigInt(chat.id)}, ${chat.type}, ${chat.title ?? null})
          ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, title = EXCLUDED.title`,
      );
      await cache.set(key, fingerprint, PROFILE_TTL_MS);
    },

    /** The chat's open conversation, created on first use. Cached: it is read on every turn. */
    async openConversation(chatId: number): Promise<ConversationState> {
      const key = `conv:${chatId}`;
      const cached = await cache.get(key, { near: true });
      if (cached) return decodeConversation(cached);
      // Raw SQL: a summary save drops the cached copy, so this runs every few turns of a chat, and
      // the ORM's compile step cost more than the query.
      const [open] = await db.sql<{ id: bigint; summary: string; summarized_up_to: bigint }>(
        "conversations.open",
        Prisma.sql`SELECT id, summary, summarized_up_to FROM conversations
          WHERE chat_id = ${BigInt(chatId)} AND ended_at IS NULL ORDER BY id DESC LIMIT 1`,
      );
      const found = open
        ? { id: open.id, summary: open.summary, summarizedUpTo: open.summarized_up_to }
        : await prisma.conversation.create({
            data: { chatId: BigInt(chatId) },
            select: { id: true, summary: true, summarizedUpTo: true },
          });
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

    /**
     * The newest `limit` turns after the summarised part, oldest first. Served from an in-process
     * window of each conversation's recent turns while the shared cache's "last message id" of the
     * conversation matches the window's; any write by another instance changes it and the window
     * is reloaded with one query (raw SQL: skips the ORM's per-query overhead, 3-4x on PGlite).
     */
    async recentTurns(conversation: ConversationState, limit: number): Promise<Turn[]> {
      const key = conversation.id.toString();
      const { entry } = await windows.lookup(key);
      const fresh = entry && entry.value.limit >= limit;
      const turns = fresh ? entry.value.turns : await loadWindow(conversation.id, limit);
      if (!fresh) windows.remember(key, { turns, limit }, lastIdOf(turns));
      return turns.filter((t) => BigInt(t.id) > conversation.summarizedUpTo).slice(-limit);
    },

    /** Stores one turn (concurrent calls share one multi-row INSERT) and extends the window. */
    async addMessage(input: NewMessage, name?: string): Promise<bigint> {
      const key = input.conversationId.toString();
      const previous = windows.peek(key);
      const id = await messageWriter.add(input);
      await windows.publish(key, id.toString());
      // Extended only when no reload replaced the window meanwhile (that one may lack this turn).
      const current = windows.peek(key);
      if (current && current === previous) {
        current.version = id.toString();
        current.value.turns = [
          ...current.value.turns,
          {
            id,
            role: input.role,
            content: input.content,
            name: input.role === "user" ? name : undefined,
            at: new Date(),
          },
        ].slice(-current.value.limit);
      }
      return id;
    },

    /**
     * Saves the rolling summary of a conversation that is still open; a /reset (on any instance)
     * that closed it meanwhile wins. The cached copy is dropped rather than rewritten, so a save
     * racing a reset can never bring the closed conversation back into the cache.
     */
    async saveSummary(
      chatId: number,
      conversationId: bigint,
      summary: string,
      summarizedUpTo: bigint,
    ): Promise<void> {
      await db.sql(
        "conversations.save_summary",
        Prisma.sql`UPDATE conversations SET summary = ${summary}, summarized_up_to = ${summarizedUpTo}
          WHERE id = ${conversationId} AND ended_at IS NULL`,
      );
      await cache.del(`conv:${chatId}`);
    },

    /**
     * The language a user chose with /language, and their Telegram app's language as last seen;
     * read for nearly every update, so cached (and rewritten in the cache when it changes).
     */
    /** A user's name as last seen (the Mini App greets them with it), or null before their first visit. */
    async userProfile(userId: number): Promise<{ firstName: string; username: string | null } | null> {
      return prisma.user.findUnique({
        where: { id: BigInt(userId) },
        select: { firstName: true, username: true },
      });
    },

    async userLocale(userId: number): Promise<{ chosen: string | null; telegram: string | null }> {
      const key = `locale:u:${userId}`;
      const cached = await cache.get(key, { near: true });
      if (cached) {
        const [chosen, telegram] = JSON.parse(cached) as [string | null, string | null];
        return { chosen, telegram };
      }
      const [row] = await db.sql<{ locale: string | null; language_code: string | null }>(
        "users.locale",
        Prisma.sql`SELECT locale, language_code FROM users WHERE id = ${BigInt(userId)}`,
      );
      const found = { chosen: row?.locale ?? null, telegram: row?.language_code ?? null };
      await cache.set(key, JSON.stringify([found.chosen, found.telegram]), PROFILE_TTL_MS);
      return found;
    },

    /** A group's language as set by an admin, or null. Cached like the user's. */
    async chatLocale(chatId: number): Promise<string | null> {
      const key = `locale:c:${chatId}`;
      const cached = await cache.get(key, { near: true });
      if (cached !== null) return cached || null;
      const row = await prisma.chat.findUnique({ where: { id: BigInt(chatId) }, select: { locale: true } });
      await cache.set(key, row?.locale ?? "", PROFILE_TTL_MS);
      return row?.locale ?? null;
    },

    async setUserLocale(userId: number, locale: string): Promise<void> {
      await prisma.user.updateMany({ where: { id: BigInt(userId) }, data: { locale } });
      await cache.del(`locale:u:${userId}`);
    },

    async setChatLocale(chatId: number, locale: string): Promise<void> {
      await prisma.chat.updateMany({ where: { id: BigInt(chatId) }, data: { locale } });
      await cache.set(`locale:c:${chatId}`, locale, PROFILE_TTL_MS);
    },

    /** Whether the user turned /transcripts on; read for each voice note, so cached. */
    async showTranscripts(userId: number): Promise<boolean> {
      const key = `transcripts:${userId}`;
      const cached = await cache.get(key, { near: true });
      if (cached !== null) return cached === "1";
      const row = await prisma.user.findUnique({
        where: { id: BigInt(userId) },
        select: { showTranscripts: true },
      });
      const on = row?.showTranscripts ?? false;
      await cache.set(key, on ? "1" : "0", PROFILE_TTL_MS);
      return on;
    },

    async setShowTranscripts(userId: number, on: boolean): Promise<void> {
      await prisma.user.updateMany({ where: { id: BigInt(userId) }, data: { showTranscripts: on } });
      await cache.set(`transcripts:${userId}`, on ? "1" : "0", PROFILE_TTL_MS);
    },

    async countMessages(chatId: number): Promise<number> {
      return prisma.message.count({ where: { conversation: { chatId: BigInt(chatId) } } });
    },
  };
}

export type ChatRepository = ReturnType<typeof createChatRepository>;
