/**
 * The credits ledger: an append-only list of entries per user plus a balance row that is locked
 * (`SELECT … FOR UPDATE`) by every change, so concurrent spends serialise per user and the balance
 * can never go negative (a CHECK constraint backs this up). Every entry has a (kind, ref) that is
 * unique in the database, so replays of the same operation — a repeated webhook, a duplicate
 * successful_payment — change nothing.
 *
 * A team's credit pool is an account in the same ledger, under minus the team's id (Telegram user
 * ids are positive). It gets no starting grant, and its entries name the member who caused them.
 */
import type { Prisma, PrismaClient } from "../../db/generated/client.ts";

export type Tx = Prisma.TransactionClient;

/** The ledger account of a team's pool. */
export const teamAccountId = (teamId: number) => -teamId;
/** True for a team's pool, false for a user's own account. */
export const isTeamAccount = (account: number) => account < 0;

export type EntryKind =
  | "grant"
  | "purchase"
  | "reserve"
  | "capture"
  | "release"
  | "adjust"
  | "stars_refund"
  // Credits moved between two accounts (a member's own into a team's pool, a deleted team's pool
  // back to its owner): one entry on each side under the same ref.
  | "transfer_out"
  | "transfer_in";

/** Thrown inside a transaction when a debit would take the balance below zero. */
export class InsufficientCreditsError extends Error {
  constructor(
    readonly balance: number,
    readonly needed: number,
  ) {
    super(`insufficient credits: balance ${balance}, needed ${needed}`);
    this.name = "InsufficientCreditsError";
  }
}

export interface ApplyResult {
  /** False when an entry with the same (kind, ref) already existed: nothing changed. */
  applied: boolean;
  balance: number;
  amount: number;
}

export interface LedgerEntryView {
  kind: string;
  /** On a team's account: the member who caused it. */
  memberId: number | null;
  amount: number;
  balanceAfter: number;
  ref: string;
  note: string | null;
  createdAt: Date;
}

export interface CreditsLedgerDeps {
  prisma: PrismaClient;
  startingCredits: number;
  /** Called after a committed change (e.g. to publish `credits.updated`); `userId` is the account. */
  onChange?: (change: {
    userId: number;
    balance: number;
    kind: EntryKind;
    amount: number;
    memberId?: number;
  }) => void;
}

/** Generous waits: PGlite serves one connection, so a burst of spends queues for it. */
export const TX_OPTIONS = { maxWait: 60_000, timeout: 30_000 } as const;

/** Creates the ledger over a Prisma client. */
export function createCreditsLedger(deps: CreditsLedgerDeps) {
  const { prisma, startingCredits } = deps;

  /**
   * Creates the account on first sight (a user's with the starting grant, a team's empty), then
   * locks it; returns the balance.
   */
  async function lockAccount(tx: Tx, userId: number): Promise<number> {
    const id = BigInt(userId);
    const opening = isTeamAccount(userId) ? 0 : startingCredits;
    const created = await tx.$queryRaw<{ user_id: bigint }[]>`
      INSERT INTO credit_accounts (user_id, balance, updated_at) VALUES (${id}, ${opening}, now())
      ON CONFLICT (user_id) DO NOTHING RETURNING user_id`;
    if (created.length > 0 && !isTeamAccount(userId)) {
      await tx.$executeRaw`
        INSERT INTO credit_entries (user_id, kind, amount, balance_after, ref, note)
        VALUES (${id}, 'grant', ${startingCredits}, ${startingCredits}, ${`start:${userId}`}, 'starting credits')`;
    }
    const rows = await tx.$queryRaw<{ balance: number }[]>`
      SELECT balance FROM credit_accounts WHERE user_id = ${id} FOR UPDATE`;
    return Number(rows[0]!.balance);
  }

  /**
   * Applies one entry inside the caller's transaction. Debits beyond the balance throw
   * InsufficientCreditsError unless `clamp` is set, which debits only what is there. `guard` runs
   * with the account locked, after the duplicate check and before the entry is written: a rule of
   * the account's owner (a team member's role and monthly cap) that throws to refuse.
   */
  async function applyInTx(
    tx: Tx,
    e: {
      userId: number;
      kind: EntryKind;
      amount: number;
      ref: string;
      note?: string;
      clamp?: boolean;
      memberId?: number;
      guard?: (tx: Tx, balance: number, amount: number) => Promise<void>;
    },
  ): Promise<ApplyResult> {
    const balance = await lockAccount(tx, e.userId);
    const dup = await tx.$queryRaw<{ amount: number }[]>`
      SELECT amount FROM credit_entries WHERE kind = ${e.kind} AND ref = ${e.ref}`;
    if (dup.length > 0) return { applied: false, balance, amount: Number(dup[0]!.amount) };
    await e.guard?.(tx, balance, e.amount);
    let amount = e.amount;
    if (balance + amount < 0) {
      if (!e.clamp) throw new InsufficientCreditsError(balance, -amount);
      amount = -balance;
    }
    const after = balance + amount;
    const id = BigInt(e.userId);
    const member = e.memberId === undefined ? null : BigInt(e.memberId);
    await tx.$executeRaw`
      INSERT INTO credit_entries (user_id, kind, amount, balance_after, ref, note, member_id)
      VALUES (${id}, ${e.kind}, ${amount}, ${after}, ${e.ref}, ${e.note ?? null}, ${member})`;
    if (amount !== 0) {
      await tx.$executeRaw`
        UPDATE credit_accounts SET balance = ${after}, updated_at = now() WHERE user_id = ${id}`;
    }
    return { applied: true, balance: after, amount };
  }

  const notify = (userId: number, kind: EntryKind, r: ApplyResult, memberId?: number) => {
    if (r.applied && r.amount !== 0)
      deps.onChange?.({ userId, balance: r.balance, kind, amount: r.amount, memberId });
  };

  return {
    applyInTx,
    notify,
    /**
     * Locks an account inside the caller's transaction (creating it as `balance` would). A team
     * spend locks its member's own account first, as every transaction touching both does, so two
     * of them never wait on each other in opposite order.
     */
    lockInTx: lockAccount,
    /** Applies one entry in its own transaction. */
    async apply(e: Parameters<typeof applyInTx>[1]): Promise<ApplyResult> {
      const r = await prisma.$transaction((tx) => applyInTx(tx, e), TX_OPTIONS);
      notify(e.userId, e.kind, r, e.memberId);
      return r;
    },
    /** The user's balance; the first call creates the account with the starting credits. */
    async balance(userId: number): Promise<number> {
      const rows = await prisma.$queryRaw<{ balance: number }[]>`
        SELECT balance FROM credit_accounts WHERE user_id = ${BigInt(userId)}`;
      if (rows.length > 0) return Number(rows[0]!.balance);
      return prisma.$transaction((tx) => lockAccount(tx, userId), TX_OPTIONS);
    },
    /** The user's most recent entries, newest first. */
    async entries(userId: number, limit = 20): Promise<LedgerEntryView[]> {
      const rows = await prisma.creditEntry.findMany({
        where: { userId: BigInt(userId) },
        orderBy: { id: "desc" },
        take: limit,
      });
      return rows.map((r) => ({
        kind: r.kind,
        memberId: r.memberId === null ? null : Number(r.memberId),
        amount: r.amount,
        balanceAfter: r.balanceAfter,
        ref: r.ref,
        note: r.note,
        createdAt: r.createdAt,
      }));
    },
    /**
     * Accounts whose balance differs from the sum of their entries (should always be empty), over
     * users' and teams' accounts alike; `teams` counts the team pools among them and what they hold.
     */
    async reconcile(): Promise<{
      accounts: number;
      total: number;
      teams: { accounts: number; total: number };
      mismatches: { userId: number; balance: number; sum: number }[];
    }> {
      const rows = await prisma.$queryRaw<{ user_id: bigint; balance: number; sum: bigint | null }[]>`
        SELECT a.user_id, a.balance, (SELECT SUM(e.amount) FROM credit_entries e WHERE e.user_id = a.user_id) AS sum
        FROM credit_accounts a`;
      const mismatches = rows
        .map((r) => ({ userId: Number(r.user_id), balance: Number(r.balance), sum: Number(r.sum ?? 0) }))
        .filter((r) => r.balance !== r.sum);
      const pools = rows.filter((r) => isTeamAccount(Number(r.user_id)));
      return {
        accounts: rows.length,
        total: rows.reduce((s, r) => s + Number(r.balance), 0),
        teams: { accounts: pools.length, total: pools.reduce((s, r) => s + Number(r.balance), 0) },
        mismatches,
      };
    },
  };
}

export type CreditsLedger = ReturnType<typeof createCreditsLedger>;
