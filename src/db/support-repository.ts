/**
 * Storage of payment-help tickets. A ticket is opened by a user's message after /paysupport and
 * continued by messages relayed between the user and the admins. Whose next message is a support
 * message is a row here, not process memory, so it holds across restarts and whichever instance
 * takes the next update. Every write is keyed by the Telegram message it comes from, so an update
 * run again after a crash finds its own earlier writes instead of making them twice.
 */
import type { CacheBus } from "../cache/types.ts";
import type { Database } from "./database.ts";
import { Prisma } from "./generated/client.ts";

/** Who wrote a ticket message: the one that opened it, a later one from its user, an admin. */
export type SupportRole = "open" | "user" | "admin";

export interface SupportTicketRecord {
  id: number;
  userId: number;
  status: "open" | "closed";
}

/** Why a private message belongs to support, as found by `route`. */
export type SupportRoute =
  /** Already recorded: this update is being run again. */
  | { via: "recorded"; ticketId: number; role: SupportRole }
  /** A Telegram reply to a bot message that belongs to a ticket. */
  | { via: "reply"; ticketId: number }
  /** The sender asked to write next (no ticket yet: a new one is opened). */
  | { via: "pending"; ticketId: number | null };

export interface RecentStarPayment {
  chargeId: string;
  stars: number;
  credits: number;
  status: string;
  createdAt: Date;
}

/** How long "your next message goes to support" holds: a user who never wrote it chats normally later. */
export const SUPPORT_PENDING_TTL_MS = 60 * 60_000;

const toTicket = (t: { id: number; userId: bigint; status: string }): SupportTicketRecord => ({
  id: t.id,
  userId: Number(t.userId),
  status: t.status === "closed" ? "closed" : "open",
});

/**
 * Most private chats never touch support, yet every private message asks whether it belongs to it.
 * A cache mark per chat answers that without the database: "quiet" (nothing found; set only if no
 * mark exists) or "active" (written after anything that gives the chat support state, and winning
 * over a "quiet" set by a lookup that raced it, whichever lands first). No mark: ask the database.
 */
const QUIET = "1"; // what CacheBus.claim stores
const ACTIVE = "active";
const QUIET_MS = 10 * 60_000;
// Replies to old support messages still route while the mark lives; after it, the lookup does.
const ACTIVE_MS = 30 * 24 * 3_600_000;
const markKey = (chatId: number) => `support:chat:${chatId}`;

/** Creates the repository over the database; `cache` lets most messages skip the route lookup. */
export function createSupportRepository(
  db: Pick<Database, "prisma" | "sql">,
  options: { pendingTtlMs?: number; cache?: Pick<CacheBus, "get" | "set" | "claim"> } = {},
) {
  const { prisma } = db;
  const { cache } = options;
  const ttlSeconds = (options.pendingTtlMs ?? SUPPORT_PENDING_TTL_MS) / 1000;
  const markActive = async (chatIds: number[]) => {
    if (!cache) return;
    await Promise.all(chatIds.map((id) => cache.set(markKey(id), ACTIVE, ACTIVE_MS)));
  };

  async function lookup(p: {
    chatId: number;
    messageId: number;
    userId: number;
    replyToMessageId?: number;
  }): Promise<SupportRoute | null> {
    const chat = String(p.chatId);
    const rows = await db.sql<{ via: string; ticket_id: number | null; role: string | null }>(
      "support.route",
      Prisma.sql`
      SELECT 'recorded' AS via, ticket_id, role FROM support_messages
        WHERE chat_id = ${chat}::bigint AND message_id = ${p.messageId}::integer
      UNION ALL
      SELECT 'reply', ticket_id, NULL::text FROM support_links
        WHERE chat_id = ${chat}::bigint AND message_id = ${p.replyToMessageId ?? -1}::integer
      UNION ALL
      SELECT 'pending', ticket_id, NULL::text FROM support_pending
        WHERE user_id = ${String(p.userId)}::bigint
          AND created_at > now() - make_interval(secs => ${ttlSeconds}::double precision)`,
    );
    const row = (via: string) => rows.find((r) => r.via === via);
    const recorded = row("recorded");
    if (recorded) {
      return { via: "recorded", ticketId: recorded.ticket_id!, role: recorded.role as SupportRole };
    }
    const reply = row("reply");
    if (reply) return { via: "reply", ticketId: reply.ticket_id! };
    const pending = row("pending");
    return pending ? { via: "pending", ticketId: pending.ticket_id } : null;
  }

  return {
    /**
     * Whether a private message belongs to support, in one round trip (every private message asks):
     * recorded before (a re-run) wins over a reply to a ticket's message, which wins over a pending
     * "write next". Null: an ordinary message.
     */
    async route(p: {
      chatId: number;
      messageId: number;
      userId: number;
      replyToMessageId?: number;
    }): Promise<SupportRoute | null> {
      if (cache && (await cache.get(markKey(p.chatId), { near: true })) === QUIET) return null;
      const found = await lookup(p);
      if (!found && cache) await cache.claim(markKey(p.chatId), QUIET_MS);
      return found;
    },

    /** The sender's next private message is a support message (for `ticketId`, or a new ticket). */
    async setPending(userId: number, ticketId: number | null): Promise<void> {
      const data = { ticketId, createdAt: new Date() };
      await prisma.supportPending.upsert({
        where: { userId: BigInt(userId) },
        create: { userId: BigInt(userId), ...data },
        update: data,
      });
      // In a private chat the chat is the user.
      await markActive([userId]);
    },

    /** Forgets a pending "write next"; true when there was one. */
    async clearPending(userId: number): Promise<boolean> {
      const r = await prisma.supportPending.deleteMany({ where: { userId: BigInt(userId) } });
      return r.count > 0;
    },

    /**
     * Records a support message once per Telegram message: opens the ticket (role "open"),
     * reopens a closed one the user writes to again, and ends the sender's pending "write next".
     * Run again for the same message, it returns what the first run recorded. Null when the ticket
     * it names does not exist.
     */
    async record(p: {
      chatId: number;
      messageId: number;
      authorId: number;
      role: SupportRole;
      ticketId: number | null;
    }): Promise<{ ticket: SupportTicketRecord; role: SupportRole } | null> {
      return prisma.$transaction(async (tx) => {
        const key = { chatId: BigInt(p.chatId), messageId: p.messageId };
        const earlier = await tx.supportMessage.findUnique({ where: { chatId_messageId: key } });
        if (earlier) {
          const ticket = await tx.supportTicket.findUnique({ where: { id: earlier.ticketId } });
          return ticket && { ticket: toTicket(ticket), role: earlier.role as SupportRole };
        }
        let ticket =
          p.role === "open" || p.ticketId === null
            ? await tx.supportTicket.create({ data: { userId: BigInt(p.authorId) } })
            : await tx.supportTicket.findUnique({ where: { id: p.ticketId } });
        if (!ticket) return null;
        if (p.role === "user" && ticket.status === "closed") {
          ticket = await tx.supportTicket.update({
            where: { id: ticket.id },
            data: { status: "open", closedAt: null, closedBy: null, closedVia: null },
          });
        }
        await tx.supportMessage.create({
          data: { ...key, ticketId: ticket.id, role: p.role, authorId: BigInt(p.authorId) },
        });
        await tx.supportPending.deleteMany({ where: { userId: BigInt(p.authorId) } });
        return { ticket: toTicket(ticket), role: p.role };
      });
    },

    /** Remembers bot messages that carry a ticket, so a Telegram reply to one continues it. */
    async link(ticketId: number, messages: { chatId: number; messageId: number }[]): Promise<void> {
      // A send cut off by a crash is replayed with message id 0: nothing to link.
      const data = messages
        .filter((m) => m.messageId > 0)
        .map((m) => ({ chatId: BigInt(m.chatId), messageId: m.messageId, ticketId }));
      if (data.length) await prisma.supportLink.createMany({ data, skipDuplicates: true });
      await markActive([...new Set(messages.map((m) => m.chatId))]);
    },

    async ticket(id: number): Promise<SupportTicketRecord | null> {
      const t = await prisma.supportTicket.findUnique({ where: { id } });
      return t && toTicket(t);
    },

    /**
     * Closes a ticket. `closedNow` is true for the call that closed it, and again for a re-run of
     * the same button press (`via`, its callback query id), so the user is told even when the first
     * run stopped before telling them. Null when there is no such ticket.
     */
    async close(
      id: number,
      by: number,
      via: string,
    ): Promise<{ ticket: SupportTicketRecord; closedNow: boolean } | null> {
      const r = await prisma.supportTicket.updateMany({
        where: { id, status: "open" },
        data: { status: "closed", closedAt: new Date(), closedBy: BigInt(by), closedVia: via },
      });
      const t = await prisma.supportTicket.findUnique({ where: { id } });
      return t && { ticket: toTicket(t), closedNow: r.count === 1 || t.closedVia === via };
    },

    /** A user's latest Stars payments, newest first: what an admin needs to look into one or refund it. */
    async recentPayments(userId: number, limit = 5): Promise<RecentStarPayment[]> {
      return prisma.starPayment.findMany({
        where: { userId: BigInt(userId) },
        orderBy: { createdAt: "desc" },
        take: limit,
        select: { chargeId: true, stars: true, credits: true, status: true, createdAt: true },
      });
    },
  };
}

export type SupportRepository = ReturnType<typeof createSupportRepository>;
