/**
 * Team membership: creating a team, invitations and joining by link, roles, removing and leaving,
 * handing ownership over, renaming and deleting. Each change and its audit line commit together,
 * under a lock on the team's row, so two admins acting at once cannot leave a team without an
 * owner or let an invitation be used more often than its limit.
 */
import type { Prisma } from "../../db/generated/client.ts";
import { TX_OPTIONS, teamAccountId } from "../credits/ledger.ts";
import { type Acting, cleanName, type Result, refused, type TeamContext, type TeamsDeps } from "./context.ts";
import { type Action, can, type InviteRole, mayManage, type Role } from "./roles.ts";
import { hashToken, isTokenShaped, newToken } from "./tokens.ts";

type Tx = Prisma.TransactionClient;

const ACTIVE = ["pending", "queued", "running"];

export function teamMembership(deps: TeamsDeps, ctx: TeamContext) {
  const { prisma, repo, ledger } = deps;
  const log = deps.logger.child({ component: "teams" });
  const tx = <T>(fn: (t: Tx) => Promise<T>) => prisma.$transaction(fn, TX_OPTIONS);

  /**
   * Runs `fn` in a transaction with the team's row locked, once the actor's role (read again under
   * the lock: it may have changed since the command began) still allows `action`.
   */
  const locked = <T>(a: Acting, actorId: number, action: Action, fn: (t: Tx) => Promise<Result<T>>) =>
    tx(async (t): Promise<Result<T>> => {
      if (!(await repo.lock(t, a.team.id))) return refused("no_team");
      const now = await repo.member(t, a.team.id, actorId);
      if (!can(now?.role as Role | undefined, action)) return refused("forbidden", { team: a.team.name });
      return fn(t);
    });

  return {
    /** A new team with the caller as owner, an empty pool, and it becomes their team in use. */
    async create(userId: number, rawName: string): Promise<Result<{ teamId: number; name: string }>> {
      const name = cleanName(rawName);
      if (!name) return refused("name_invalid");
      const mine = await repo.teamsOf(userId);
      if (mine.some((t) => t.name.toLowerCase() === name.toLowerCase()))
        return refused("name_taken", { name });
      const team = await tx(async (t) => {
        const row = await repo.create(t, name, userId);
        await ledger.lockInTx(t, teamAccountId(row.id));
        await repo.audit(t, { teamId: row.id, actorId: userId, action: "team_created", detail: { name } });
        return row;
      });
      log.info({ team: team.id }, "team created");
      return { ok: true, teamId: team.id, name };
    },

    /** An invitation link's token (shown once; only its hash is kept). */
    async invite(
      userId: number,
      role: InviteRole,
      opts: { maxUses?: number; ttlHours?: number } = {},
    ): Promise<
      Result<{ token: string; id: number; team: string; role: InviteRole; maxUses: number; expiresAt: Date }>
    > {
      const a = await ctx.acting(userId, role === "admin" ? "invite_admin" : "invite");
      if (!a.ok) return a;
      const maxUses = opts.maxUses ?? deps.invites.maxUses;
      const ttlHours = opts.ttlHours ?? deps.invites.ttlHours;
      if (!Number.isSafeInteger(maxUses) || maxUses < 1 || maxUses > 100) return refused("amount_invalid");
      const token = newToken();
      const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
      const id = await tx(async (t) => {
        const inviteId = await repo.createInvite(t, {
          teamId: a.team.id,
          tokenHash: hashToken(token),
          role,
          createdBy: userId,
          maxUses,
          expiresAt,
        });
        await repo.audit(t, {
          teamId: a.team.id,
          actorId: userId,
          action: "invite_created",
          detail: { invite: inviteId, role, uses: maxUses },
        });
        return inviteId;
      });
      log.info({ team: a.team.id, invite: id, role }, "invitation created");
      return { ok: true, token, id, team: a.team.name, role, maxUses, expiresAt };
    },

    /** The acting team's invitations that still work. */
    async invites(userId: number) {
      const a = await ctx.acting(userId, "revoke");
      if (!a.ok) return a;
      return { ok: true as const, team: a.team.name, invites: await repo.activeInvites(a.team.id) };
    },

    /** Revokes one invitation by its number, or all of them (`id` null). */
    async revoke(userId: number, id: number | null): Promise<Result<{ count: number }>> {
      const a = await ctx.acting(userId, "revoke");
      if (!a.ok) return a;
      return tx(async (t) => {
        const count = await repo.revokeInvites(t, a.team.id, id);
        if (count) {
          await repo.audit(t, {
            teamId: a.team.id,
            actorId: userId,
            action: "invite_revoked",
            detail: { invite: id ?? "all", count },
          });
        }
        return { ok: true, count };
      });
    },

    /**
     * Joins with an invitation token. Unknown, expired, used-up and revoked links all get the same
     * answer, so the answer tells a guesser nothing. Already a member: nothing is used up.
     */
    async join(userId: number, token: string): Promise<Result<{ team: string; role: string }>> {
      if (!isTokenShaped(token)) return refused("invite_invalid");
      const result = await tx(async (t): Promise<Result<{ team: string; role: string }>> => {
        const invite = await repo.inviteByHash(t, hashToken(token));
        if (!invite) return refused("invite_invalid");
        const team = await repo.lock(t, invite.teamId);
        if (!team) return refused("invite_invalid");
        const already = await repo.member(t, team.id, userId);
        if (already) {
          // Joined with this very link already (this update run again after a crash, or the
          // link opened twice): the same welcome, and no use is taken.
          const joined = await t.teamAudit.findFirst({
            where: {
              teamId: team.id,
              actorId: BigInt(userId),
              action: "joined",
              detail: { path: ["invite"], equals: invite.id },
            },
          });
          if (joined) return { ok: true, team: team.name, role: already.role };
          return refused("already_member", { team: team.name });
        }
        if (!(await repo.consumeInvite(t, invite.id))) return refused("invite_invalid");
        await repo.addMember(t, team.id, userId, invite.role);
        await repo.choose(t, userId, team.id);
        await repo.audit(t, {
          teamId: team.id,
          actorId: userId,
          action: "joined",
          detail: { invite: invite.id, role: invite.role },
        });
        return { ok: true, team: team.name, role: invite.role };
      });
      if (!result.ok) log.info({ reason: result.error }, "invitation refused");
      return result;
    },

    /** Gives a member another role (see mayManage for who may give what). */
    async setRole(actorId: number, typed: string, role: Role, replyTo?: number) {
      const a = await ctx.acting(actorId, "set_role");
      if (!a.ok) return a;
      const m = await ctx.findMember(a.team.id, typed, replyTo);
      if (!m) return refused("member_unknown");
      if (m.userId === actorId) return refused("self");
      if (!mayManage(a.role, m.role as Role, role)) return refused("forbidden", { team: a.team.name });
      return locked(a, actorId, "set_role", async (t) => {
        const now = await repo.member(t, a.team.id, m.userId);
        if (!now) return refused("member_unknown");
        await repo.setRole(t, a.team.id, m.userId, role);
        await repo.audit(t, {
          teamId: a.team.id,
          actorId,
          action: "role_changed",
          targetId: m.userId,
          detail: { from: now.role, to: role },
        });
        return { ok: true as const, member: m, role };
      });
    },

    /** Removes a member; they lose access at once (every check reads the membership afresh). */
    async remove(actorId: number, typed: string, replyTo?: number) {
      const a = await ctx.acting(actorId, "remove");
      if (!a.ok) return a;
      const m = await ctx.findMember(a.team.id, typed, replyTo);
      if (!m) return refused("member_unknown");
      if (m.userId === actorId) return refused("self");
      if (!mayManage(a.role, m.role as Role)) return refused("forbidden", { team: a.team.name });
      return locked(a, actorId, "remove", async (t) => {
        if (!(await repo.removeMember(t, a.team.id, m.userId))) return refused("member_unknown");
        await repo.audit(t, { teamId: a.team.id, actorId, action: "member_removed", targetId: m.userId });
        return { ok: true as const, member: m, team: a.team.name };
      });
    },

    /** Leaves the team in use; the owner must hand ownership over (or delete the team) first. */
    async leave(userId: number): Promise<Result<{ team: string }>> {
      const a = await ctx.current(userId);
      if (!a) return refused("no_team");
      if (a.role === "owner") return refused("owner_cannot_leave", { team: a.team.name });
      return locked(a, userId, "view", async (t) => {
        if (!(await repo.removeMember(t, a.team.id, userId))) return refused("no_team");
        await repo.audit(t, { teamId: a.team.id, actorId: userId, action: "member_left" });
        return { ok: true, team: a.team.name };
      });
    },

    /** Hands ownership to another member; the old owner stays on as an admin. */
    async transferOwnership(actorId: number, typed: string, replyTo?: number) {
      const a = await ctx.acting(actorId, "transfer_ownership");
      if (!a.ok) return a;
      const m = await ctx.findMember(a.team.id, typed, replyTo);
      if (!m) return refused("member_unknown");
      if (m.userId === actorId) return refused("self");
      return locked(a, actorId, "transfer_ownership", async (t) => {
        if (!(await repo.member(t, a.team.id, m.userId))) return refused("member_unknown");
        await repo.setRole(t, a.team.id, m.userId, "owner");
        await repo.setRole(t, a.team.id, actorId, "admin");
        // The owner has no cap: the pool is theirs to spend.
        await repo.setCap(t, a.team.id, m.userId, null);
        await repo.setOwner(t, a.team.id, m.userId);
        await repo.audit(t, {
          teamId: a.team.id,
          actorId,
          action: "ownership_transferred",
          targetId: m.userId,
        });
        return { ok: true as const, member: m, team: a.team.name };
      });
    },

    async rename(actorId: number, rawName: string): Promise<Result<{ from: string; name: string }>> {
      const a = await ctx.acting(actorId, "rename");
      if (!a.ok) return a;
      const name = cleanName(rawName);
      if (!name) return refused("name_invalid");
      return locked(a, actorId, "rename", async (t) => {
        await repo.rename(t, a.team.id, name);
        await repo.audit(t, {
          teamId: a.team.id,
          actorId,
          action: "renamed",
          detail: { from: a.team.name, to: name },
        });
        return { ok: true, from: a.team.name, name };
      });
    },

    /**
     * Deletes the team in use: its pool goes back to the owner's own credits, members, invitations
     * and group links go. Refused while a creation paid by the pool is still running (its refund
     * would have nowhere to go).
     */
    async deleteTeam(actorId: number): Promise<Result<{ team: string; returned: number }>> {
      const a = await ctx.acting(actorId, "delete");
      if (!a.ok) return a;
      const account = teamAccountId(a.team.id);
      return tx(async (t) => {
        // Lock order as everywhere: the member's own account, then the pool.
        await ledger.lockInTx(t, actorId);
        const pool = await ledger.lockInTx(t, account);
        if (!(await repo.lock(t, a.team.id))) return refused("no_team");
        if ((await repo.member(t, a.team.id, actorId))?.role !== "owner")
          return refused("forbidden", { team: a.team.name });
        const running = await t.generationJob.count({
          where: { payerAccount: BigInt(account), status: { in: ACTIVE } },
        });
        if (running) return refused("jobs_running", { count: running });
        const ref = `team-close:${a.team.id}`;
        if (pool > 0) {
          const note = `team ${a.team.id} deleted`;
          await ledger.applyInTx(t, {
            userId: account,
            memberId: actorId,
            kind: "transfer_out",
            amount: -pool,
            ref,
            note,
          });
          await ledger.applyInTx(t, { userId: actorId, kind: "transfer_in", amount: pool, ref, note });
        }
        await repo.audit(t, { teamId: a.team.id, actorId, action: "deleted", detail: { returned: pool } });
        await repo.softDelete(t, a.team.id);
        log.info({ team: a.team.id, returned: pool }, "team deleted");
        return { ok: true, team: a.team.name, returned: pool };
      });
    },

    /** Picks the team /team and /project commands act on, by name or number. */
    async use(userId: number, typed: string): Promise<Result<{ team: string }>> {
      const text = typed.trim().toLowerCase();
      const teams = await repo.teamsOf(userId);
      const pick =
        teams.find((t) => String(t.id) === text.replace(/^#/, "")) ??
        teams.find((t) => t.name.toLowerCase() === text);
      if (!pick) return refused("team_unknown", { name: typed.trim() });
      await repo.choose(prisma, userId, pick.id);
      return { ok: true, team: pick.name };
    },

    /** The audit log of the team in use, or of `teamId` (owners and admins). */
    async log(userId: number, limit = 15, teamId?: number) {
      const a = await ctx.acting(userId, "read_log", teamId);
      if (!a.ok) return a;
      const rows = await repo.auditLog(a.team.id, limit);
      const ids = rows.flatMap((r) => [r.actorId, r.targetId]).filter((v): v is number => v !== null);
      return { ok: true as const, team: a.team.name, rows, names: await repo.names(ids) };
    },
  };
}

export type TeamMembership = ReturnType<typeof teamMembership>;
