/**
 * Storage for voice replies: each user's /voice choices (two columns of `users`, read on every
 * turn, so cached) and the record of every reply that was to be spoken (`voice_replies`), which
 * makes a re-run of an update find what the first run did, and lets the "show text" button work
 * once. The reply's words are not copied here: they are in the conversation history, under the
 * voice note's message id.
 */
import type { CacheBus } from "../cache/types.ts";
import type { Database } from "./database.ts";

export interface VoicePrefs {
  /** Every reply as a voice note. */
  replies: boolean;
  /** Voice notes answered with voice notes, even while `replies` is off. */
  voiceForVoice: boolean;
}

export interface VoiceReplyRow {
  status: "pending" | "sent" | "text";
  voiceMessageId: number | null;
}

const PREFS_TTL_MS = 10 * 60_000;
const prefsKey = (userId: number) => `voicepref:${userId}`;
const encode = (p: VoicePrefs) => `${p.replies ? 1 : 0}${p.voiceForVoice ? 1 : 0}`;

export function createVoiceReplyRepository(db: Pick<Database, "prisma">, cache: CacheBus) {
  const { prisma } = db;
  const key = (chatId: number, sourceMessageId: number) => ({
    chatId_sourceMessageId: { chatId: BigInt(chatId), sourceMessageId },
  });
  const rowOf = (r: { status: string; voiceMessageId: number | null }): VoiceReplyRow => ({
    status: r.status === "sent" || r.status === "text" ? r.status : "pending",
    voiceMessageId: r.voiceMessageId,
  });

  return {
    async voicePrefs(userId: number): Promise<VoicePrefs> {
      const cached = await cache.get(prefsKey(userId), { near: true });
      if (cached !== null && cached.length === 2) {
        return { replies: cached[0] === "1", voiceForVoice: cached[1] === "1" };
      }
      const row = await prisma.user.findUnique({
        where: { id: BigInt(userId) },
        select: { voiceReplies: true, voiceForVoice: true },
      });
      const prefs = { replies: row?.voiceReplies ?? false, voiceForVoice: row?.voiceForVoice ?? false };
      await cache.set(prefsKey(userId), encode(prefs), PREFS_TTL_MS);
      return prefs;
    },

    async setVoicePrefs(userId: number, change: Partial<VoicePrefs>): Promise<VoicePrefs> {
      const row = await prisma.user.update({
        where: { id: BigInt(userId) },
        data: { voiceReplies: change.replies, voiceForVoice: change.voiceForVoice },
        select: { voiceReplies: true, voiceForVoice: true },
      });
      const prefs = { replies: row.voiceReplies, voiceForVoice: row.voiceForVoice };
      await cache.set(prefsKey(userId), encode(prefs), PREFS_TTL_MS);
      return prefs;
    },

    /** The turn's record, created as `pending` the first time. */
    async begin(chatId: number, sourceMessageId: number, userId: number): Promise<VoiceReplyRow> {
      const row = await prisma.voiceReply.upsert({
        where: key(chatId, sourceMessageId),
        create: { chatId: BigInt(chatId), sourceMessageId, userId: BigInt(userId) },
        update: {},
        select: { status: true, voiceMessageId: true },
      });
      return rowOf(row);
    },

    async markSent(chatId: number, sourceMessageId: number, voiceMessageId: number): Promise<void> {
      await prisma.voiceReply.update({
        where: key(chatId, sourceMessageId),
        data: { status: "sent", voiceMessageId },
      });
    },

    async markText(chatId: number, sourceMessageId: number): Promise<void> {
      await prisma.voiceReply.update({ where: key(chatId, sourceMessageId), data: { status: "text" } });
    },

    /**
     * The words of the voice note `voiceMessageId` in a chat, for its "show text" button: null when
     * it is not a voice reply, or the history no longer has it. `shown` says the text was sent already.
     */
    async spokenText(
      chatId: number,
      voiceMessageId: number,
    ): Promise<{ text: string; shown: boolean; sourceMessageId: number } | null> {
      const record = await prisma.voiceReply.findFirst({
        where: { chatId: BigInt(chatId), voiceMessageId, status: "sent" },
        select: { sourceMessageId: true, textShown: true },
      });
      if (!record) return null;
      const message = await prisma.message.findFirst({
        where: {
          conversation: { chatId: BigInt(chatId) },
          role: "assistant",
          telegramMessageId: voiceMessageId,
        },
        orderBy: { id: "desc" },
        select: { content: true },
      });
      if (!message) return null;
      return { text: message.content, shown: record.textShown, sourceMessageId: record.sourceMessageId };
    },

    async markTextShown(chatId: number, sourceMessageId: number): Promise<void> {
      await prisma.voiceReply.update({ where: key(chatId, sourceMessageId), data: { textShown: true } });
    },
  };
}

export type VoiceReplyRepository = ReturnType<typeof createVoiceReplyRepository>;
