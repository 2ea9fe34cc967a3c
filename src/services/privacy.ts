/**
 * A user's own data: export everything we hold about them as one JSON document, and erase it.
 *
 * What erasure keeps, on purpose: the credits ledger (`credit_accounts`, `credit_entries`) and
 * Telegram Stars payments (`star_payments`). They are financial records: Telegram Stars refunds
 * and payment disputes need the charge id and the user id, the ledger must keep reconciling
 * (balance = sum of entries), and the `start:<user>` grant entry is what stops a delete-and-return
 * from collecting the starting credits again. They hold no message text, prompts or profile data.
 * Everything else — profile, mind states, memories, conversation history, generations (prompts and
 * results), generation preferences, teams and projects (see privacy-teams.ts), outreach (scheduled
 * messages, settings, check-in topics, the diary), voice replies, engine settings, albums, mood by
 * day — is deleted from the database, and the caches that could serve a stale copy are invalidated.
 * Entries on a team pool's ledger that name the user as the member who spent keep that id, for the
 * same reason the user's own ledger is kept (the ledger is append-only).
 *
 * Erasing is one transaction: a crash (even SIGKILL) mid-way leaves nothing half-done, and running
 * /deletedata again afterwards does the whole thing or, if it had committed, finds nothing to do.
 */
import { randomUUID } from "node:crypto";
import type { CacheBus } from "../cache/types.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { type CreditsLedger, TX_OPTIONS } from "./credits/ledger.ts";
import { ACTIVE_STATUSES } from "./generation/types.ts";
import { collectTeamData, eraseTeamData, runningOnSolePools, teamsAtStake } from "./privacy-teams.ts";

export interface PrivacyServiceDeps {
  prisma: PrismaClient;
  cache: CacheBus;
  /** For writing off the pool of a team deleted with its only member's data. */
  ledger: CreditsLedger;
}

export type DeleteResult =
  | { type: "deleted"; counts: Record<string, number> }
  | { type: "busy"; running: number };

/** The export's format tag; bump `version` when the shape changes. */
export const EXPORT_FORMAT = { format: "velro-user-export", version: 2 } as const;

/** JSON.stringify replacer: bigint ids become numbers when safe, strings otherwise. */
const bigintSafe = (_key: string, value: unknown) =>
  typeof value === "bigint"
    ? Number.isSafeInteger(Number(value))
      ? Number(value)
      : value.toString()
    : value;

/** Creates the privacy service (export and erase). */
export function createPrivacyService(deps: PrivacyServiceDeps) {
  const { prisma, cache, ledger } = deps;

  /** Everything held about `userId`, as a plain object ready for JSON. */
  async function collect(userId: number) {
    const id = BigInt(userId);
    // The private chat's id is the user's id: its whole history (both sides) belongs to them; in
    // groups only the messages they wrote do.
    const messageWhere = { OR: [{ userId: id }, { conversation: { chatId: id } }] };
    const [user, minds, memories, messages, account, entries, payments, jobs, prefs, moodDays] =
      await Promise.all([
        prisma.user.findUnique({ where: { id } }),
        prisma.mindState.findMany({ where: { userId: id } }),
        prisma.memory.findMany({ where: { userId: id }, orderBy: { createdAt: "asc" } }),
        prisma.message.findMany({
          where: messageWhere,
          orderBy: { id: "asc" },
          select: {
            id: true,
            role: true,
            content: true,
            createdAt: true,
            userId: true,
            conversation: { select: { id: true, chatId: true } },
          },
        }),
        prisma.creditAccount.findUnique({ where: { userId: id } }),
        prisma.creditEntry.findMany({ where: { userId: id }, orderBy: { id: "asc" } }),
        prisma.starPayment.findMany({ where: { userId: id }, orderBy: { createdAt: "asc" } }),
        prisma.generationJob.findMany({ where: { userId: id }, orderBy: { createdAt: "asc" } }),
        prisma.generationPreference.findUnique({ where: { userId: id } }),
        // Erased with the user row (the foreign key cascades).
        prisma.moodDay.findMany({ where: { userId: id }, orderBy: [{ chatId: "asc" }, { day: "asc" }] }),
      ]);
    const [teams, scheduled, outreach, topics, diary, voice, engine, albums, handedToMe] = await Promise.all([
      collectTeamData(prisma, id),
      prisma.scheduledJob.findMany({
        where: { userId: id },
        omit: { leaseOwner: true, leaseUntil: true, idempotencyKey: true },
        orderBy: { id: "asc" },
      }),
      prisma.outreachSettings.findUnique({ where: { userId: id } }),
      prisma.checkinTopic.findMany({ where: { userId: id }, orderBy: { askedAt: "asc" } }),
      prisma.diaryEntry.findMany({ where: { userId: id }, orderBy: { day: "asc" } }),
      prisma.voiceReply.findMany({ where: { userId: id }, orderBy: { createdAt: "asc" } }),
      prisma.engineSettings.findUnique({ where: { userId: id } }),
      // Albums of the private chat, kept a day so each is answered once.
      prisma.mediaGroup.findMany({ where: { chatId: id }, orderBy: { createdAt: "asc" } }),
      // Creations someone else made and handed over to the user.
      prisma.generationJob.findMany({
        where: { ownerId: id, userId: { not: id } },
        orderBy: { createdAt: "asc" },
      }),
    ]);
    return {
      ...EXPORT_FORMAT,
      exported_at: new Date().toISOString(),
      user_id: userId,
      profile: user,
      mind_states: minds,
      memories,
      messages: messages.map((m) => ({
        id: m.id,
        chat_id: m.conversation.chatId,
        conversation_id: m.conversation.id,
        role: m.role,
        content: m.content,
        created_at: m.createdAt,
      })),
      credits: { balance: account?.balance ?? 0, entries },
      star_payments: payments,
      generations: jobs,
      generations_received: handedToMe,
      generation_preferences: prefs,
      // Pinned memories are among `memories`, with `pinned: true`.
      mood_days: moodDays,
      teams,
      outreach: { settings: outreach, scheduled_messages: scheduled, checkin_topics: topics, diary: diary },
      // The /voice choices themselves are on the profile (voiceReplies, voiceForVoice).
      voice_replies: voice,
      engine_settings: engine,
      media_groups: albums,
    };
  }

  return {
    collect,

    /** For the confirmation: owned teams that would be handed over, and those deleted with their pools. */
    teamsAtStake: (userId: number) => teamsAtStake(prisma, userId),

    /** The export as UTF-8 JSON bytes (for sendDocument). */
    async exportJson(userId: number): Promise<Buffer> {
      return Buffer.from(JSON.stringify(await collect(userId), bigintSafe, 2), "utf8");
    },

    /**
     * Erases the user's data in one transaction. Refused while a generation is running, because
     * its reserved credits are settled when it finishes and the job row is needed for that.
     */
    async erase(userId: number): Promise<DeleteResult> {
      const id = BigInt(userId);
      const running =
        (await prisma.generationJob.count({
          where: { userId: id, status: { in: [...ACTIVE_STATUSES] } },
        })) + (await runningOnSolePools(prisma, userId, ACTIVE_STATUSES));
      if (running > 0) return { type: "busy", running };
      const mindChats = await prisma.mindState.findMany({ where: { userId: id }, select: { chatId: true } });
      const counts = await prisma.$transaction(async (tx) => {
        // First, while nothing else is locked: it locks team pools and rows in the ledger's order.
        const teams = await eraseTeamData(tx, ledger, userId);
        const groupMessages = await tx.message.deleteMany({ where: { userId: id } });
        // The private chat: its conversations and the bot's replies go with it (cascade).
        const privateMessages = await tx.message.count({ where: { conversation: { chatId: id } } });
        const chats = await tx.chat.deleteMany({ where: { id } });
        const memories = await tx.memory.deleteMany({ where: { userId: id } });
        const minds = await tx.mindState.deleteMany({ where: { userId: id } });
        // The user's creations, and those handed to them (theirs now); their project items and
        // hand-over records go with them (the foreign keys cascade).
        const generations = await tx.generationJob.deleteMany({
          where: { OR: [{ userId: id }, { ownerId: id }] },
        });
        const prefs = await tx.generationPreference.deleteMany({ where: { userId: id } });
        // Albums of the private chat, with their captions, kept a day for answering them once.
        await tx.mediaGroup.deleteMany({ where: { chatId: id } });
        // Scheduled messages, outreach settings, check-in topics, the diary, voice replies, engine
        // settings and mood by day go with the user row (their foreign keys cascade).
        const users = await tx.user.deleteMany({ where: { id } });
        return {
          messages: groupMessages.count + privateMessages,
          chats: chats.count,
          memories: memories.count,
          mind_states: minds.count,
          generations: generations.count,
          generation_preferences: prefs.count,
          users: users.count,
          ...teams,
        };
      }, TX_OPTIONS);
      // Other instances keep in-process copies guarded by these version tokens: a new token makes
      // them reload (and find nothing); the profile and conversation caches are simply dropped.
      await Promise.all([
        cache.del(`user:${userId}`),
        cache.del(`chat:${userId}`),
        cache.del(`conv:${userId}`),
        // The /voice and /transcripts choices, cached beside the profile.
        cache.del(`voicepref:${userId}`),
        cache.del(`transcripts:${userId}`),
        // The language chosen with /language, for the user and their private chat.
        cache.del(`locale:u:${userId}`),
        cache.del(`locale:c:${userId}`),
        cache.set(`memv:${userId}`, randomUUID(), 7 * 24 * 3_600_000),
        ...mindChats.map((m) => cache.set(`mindv:${userId}:${m.chatId}`, randomUUID(), 7 * 24 * 3_600_000)),
      ]);
      return { type: "deleted", counts };
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
