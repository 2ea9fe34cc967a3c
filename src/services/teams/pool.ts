/**
 * A team's shared credits: the pool is the ledger account minus the team's id. Spending from it
 * happens inside the ledger's own transaction with the pool's row locked: the guard reads the
 * member's role and cap and what they spent this month under that lock, so members spending at
 * the same moment are counted one after another and can never overdraw the pool or pass a cap.
 * Also: topping up from one's own credits, caps, linked groups (whose creations the pool pays).
 */
import type { Prisma } from "../../db/generated/client.ts";
import { InsufficientCreditsError, TX_OPTIONS, teamAccountId } from "../credits/ledger.ts";
import { type GenerationRequest, type PayerChoice, PayerRefusedError } from "../generation/types.ts";
import { cleanName, type Result, refused, type TeamContext, type TeamsDeps } from "./context.ts";
import { can, type Role } from "./roles.ts";

type Tx = Prisma.TransactionClient;
type Db = TeamsDeps["prisma"] | Tx;

const MAX_CREDITS = 1_000_000;

export function teamPool(deps: TeamsDeps, ctx: TeamContext) {
  const { prisma, repo, ledger } = deps;
  const log = deps.logger.child({ component: "teams" });

  /**
   * What a member has spent from the pool this calendar month (UTC): their reservations, less
   * those released again. A refund counts in the month of the spend it returns.
   */
  async function spentThisMonth(db: Db, teamId: number, userId: number): Promise<number> {
    const rows = await db.$queryRaw<{ spent: bigint | null }[]>`
      SELECT COALESCE(SUM(-r.amount), 0)::bigint AS spent FROM credit_entries r
      WHERE r.user_id = ${BigInt(teamAccountId(teamId))} AND r.member_id = ${BigInt(userId)}
        AND r.kind = 'reserve' AND r.created_at >= date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
        AND NOT EXISTS (SELECT 1 FROM credit_entries x WHERE x.kind = 'release' AND x.ref = r.ref)`;
    return Number(rows[0]?.spent ?? 0);
  }

  /** The rule a spend from the pool must pass, run by the ledger with the pool's row locked. */
  const spendGuard =
    (teamId: number, team: string, userId: number) =>
    async (tx: Tx, _balance: number, amount: number): Promise<void> => {
      const m = await repo.member(tx, teamId, userId);
      if (!m) throw new PayerRefusedError("team_not_member", `not a member of ${team}`, { team });
      if (!can(m.role as Role, "spend"))
        throw new PayerRefusedError("team_viewer", `viewer of ${team}`, { team });
      if (m.monthlyCap === null) return;
      const spent = await spentThisMonth(tx, teamId, userId);
      if (spent - amount > m.monthlyCap) {
        const left = Math.max(0, m.monthlyCap - spent);
        throw new PayerRefusedError("team_cap", `monthly cap of ${m.monthlyCap} in ${team} reached`, {
          team,
          cap: m.monthlyCap,
          left,
          cost: -amount,
        });
      }
    };

  return {
    spentThisMonth: (teamId: number, userId: number) => spentThisMonth(prisma, teamId, userId),

    /**
     * Reserves `credits` from a team's pool for a member, with the same guard a creation passes:
     * (kind "reserve", `ref`) makes it idempotent, and settling it is the ledger's capture/release.
     */
    async reserve(teamId: number, userId: number, credits: number, ref: string) {
      const team = (await repo.find(prisma, teamId))?.name ?? String(teamId);
      return prisma.$transaction(async (tx) => {
        await ledger.lockInTx(tx, userId);
        return ledger.applyInTx(tx, {
          userId: teamAccountId(teamId),
          memberId: userId,
          kind: "reserve",
          amount: -credits,
          ref,
          guard: spendGuard(teamId, team, userId),
        });
      }, TX_OPTIONS);
    },

    /**
     * Who pays for a creation: in a group linked to a team, the team's pool (members who may
     * spend, within their cap; everyone else is told why not); anywhere else, the user.
     */
    async payerFor(req: GenerationRequest): Promise<PayerChoice> {
      // Private chats have the user's (positive) id; only groups can be linked.
      if (req.chatId > 0) return { type: "own" };
      const link = await repo.linkOf(req.chatId);
      const team = link && (await repo.find(prisma, link.teamId));
      if (!link || !team) return { type: "own" };
      const m = await repo.member(prisma, team.id, req.userId);
      if (!m)
        return {
          type: "refused",
          reason: "team_not_member",
          text: `not a member of ${team.name}`,
          vars: { team: team.name },
        };
      if (!can(m.role as Role, "spend"))
        return {
          type: "refused",
          reason: "team_viewer",
          text: `viewer of ${team.name}`,
          vars: { team: team.name },
        };
      return {
        type: "account",
        account: teamAccountId(team.id),
        name: team.name,
        guard: spendGuard(team.id, team.name, req.userId),
        reserved: async (tx, jobId, cost) => {
          if (link.projectId !== null) {
            await tx.$executeRaw`
              INSERT INTO project_items (project_id, job_id, added_by)
              VALUES (${link.projectId}, ${jobId}, ${BigInt(req.userId)}) ON CONFLICT DO NOTHING`;
          }
          await repo.audit(tx, {
            teamId: team.id,
            actorId: req.userId,
            action: "spent",
            detail: { credits: cost, job: jobId },
          });
        },
      };
    },

    /** Moves the caller's own credits into the pool of their team in use (owners and admins). */
    async topup(
      userId: number,
      credits: number,
      ref: string,
    ): Promise<Result<{ team: string; credits: number; pool: number; balance: number }>> {
      const a = await ctx.acting(userId, "topup");
      if (!a.ok) return a;
      if (!Number.isSafeInteger(credits) || credits <= 0 || credits > MAX_CREDITS)
        return refused("amount_invalid");
      try {
        return await prisma.$transaction(async (tx) => {
          const note = `top-up of team ${a.team.id}`;
          const out = await ledger.applyInTx(tx, {
            userId,
            kind: "transfer_out",
            amount: -credits,
            ref,
            note,
          });
          const pool = await ledger.applyInTx(tx, {
            userId: teamAccountId(a.team.id),
            memberId: userId,
            kind: "transfer_in",
            amount: credits,
            ref,
            note,
            guard: async (t) => {
              if (!can((await repo.member(t, a.team.id, userId))?.role as Role, "topup"))
                throw new NotAllowed();
            },
          });
          if (out.applied) {
            await repo.audit(tx, {
              teamId: a.team.id,
              actorId: userId,
              action: "topup",
              detail: { credits },
            });
            log.info({ team: a.team.id, credits }, "pool topped up");
          }
          return { ok: true as const, team: a.team.name, credits, pool: pool.balance, balance: out.balance };
        }, TX_OPTIONS);
      } catch (err) {
        if (err instanceof InsufficientCreditsError) return refused("insufficient", { balance: err.balance });
        if (err instanceof NotAllowed) return refused("forbidden", { team: a.team.name });
        throw err;
      }
    },

    /** Sets (or with null lifts) a member's monthly cap (the owner only). */
    async setCap(actorId: number, typed: string, cap: number | null, replyTo?: number) {
      const a = await ctx.acting(actorId, "set_cap");
      if (!a.ok) return a;
      if (cap !== null && (!Number.isSafeInteger(cap) || cap < 0 || cap > MAX_CREDITS))
        return refused("amount_invalid");
      const m = await ctx.findMember(a.team.id, typed, replyTo);
      if (!m) return refused("member_unknown");
      if (m.role === "owner") return refused("forbidden", { team: a.team.name });
      await prisma.$transaction(async (tx) => {
        await repo.setCap(tx, a.team.id, m.userId, cap);
        await repo.audit(tx, {
          teamId: a.team.id,
          actorId,
          action: "cap_set",
          targetId: m.userId,
          detail: { cap },
        });
      }, TX_OPTIONS);
      return { ok: true as const, member: m, cap };
    },

    /** The team in use (or `teamId`) with its members, its pool and the caller's own cap and spending. */
    async overview(userId: number, teamId?: number) {
      const a = await ctx.current(userId, teamId);
      if (!a) return refused("no_team");
      const [members, pool, me, spent] = await Promise.all([
        repo.members(a.team.id),
        ledger.balance(teamAccountId(a.team.id)),
        repo.member(prisma, a.team.id, userId),
        spentThisMonth(prisma, a.team.id, userId),
      ]);
      return {
        ok: true as const,
        team: a.team,
        role: a.role,
        members,
        pool,
        cap: me?.monthlyCap ?? null,
        spent,
      };
    },

    /** Every team the user belongs to with its pool (for /balance). */
    async balances(userId: number) {
      const teams = await repo.teamsOf(userId);
      return Promise.all(
        teams.map(async (t) => ({
          team: t.name,
          role: t.role,
          pool: await ledger.balance(teamAccountId(t.id)),
        })),
      );
    },

    /**
     * Links a group to the team in use: members' creations there are paid by the pool and filed in
     * the team project `projectName` (created when the team has none by that name).
     */
    async link(actorId: number, chat: { id: number; title: string }, projectName: string) {
      const a = await ctx.acting(actorId, "link");
      if (!a.ok) return a;
      if (chat.id > 0) return refused("group_only");
      const existing = await repo.linkOf(chat.id);
      if (existing && existing.teamId !== a.team.id) {
        const other = await repo.member(prisma, existing.teamId, actorId);
        if (!can(other?.role as Role, "link")) return refused("forbidden", { team: a.team.name });
      }
      const name = cleanName(projectName) ?? cleanName(chat.title) ?? a.team.name;
      return prisma.$transaction(async (tx) => {
        const found = await tx.project.findFirst({
          where: { teamId: a.team.id, name: { equals: name, mode: "insensitive" } },
        });
        const project =
          found ??
          (await tx.project.create({
            data: { ownerId: BigInt(actorId), teamId: a.team.id, name, privacy: "team" },
          }));
        await repo.link(tx, chat.id, a.team.id, project.id, actorId);
        await repo.audit(tx, {
          teamId: a.team.id,
          actorId,
          action: "group_linked",
          detail: { project: project.name },
        });
        return { ok: true as const, team: a.team.name, project: project.name };
      }, TX_OPTIONS);
    },

    /** Unlinks a group (an owner or admin of the team it is linked to). */
    async unlink(actorId: number, chatId: number): Promise<Result<{ team: string }>> {
      const link = await repo.linkOf(chatId);
      const team = link && (await repo.find(prisma, link.teamId));
      if (!link || !team) return refused("no_team");
      if (!can((await repo.member(prisma, team.id, actorId))?.role as Role, "link"))
        return refused("forbidden", { team: team.name });
      await prisma.$transaction(async (tx) => {
        await repo.unlink(tx, chatId);
        await repo.audit(tx, { teamId: team.id, actorId, action: "group_unlinked" });
      }, TX_OPTIONS);
      return { ok: true, team: team.name };
    },

    /** Whether a user may top up a team's pool (Stars purchases check this before taking payment). */
    async mayTopUp(teamId: number, userId: number): Promise<{ team: string } | null> {
      const team = await repo.find(prisma, teamId);
      const m = team && (await repo.member(prisma, teamId, userId));
      return team && can(m?.role as Role, "topup") ? { team: team.name } : null;
    },
  };
}

class NotAllowed extends Error {}

export type TeamPool = ReturnType<typeof teamPool>;
