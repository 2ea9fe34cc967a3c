/**
 * The team side of /export and /deletedata: memberships, teams owned, invitations made, audit lines
 * naming the user, projects and their items, creation hand-overs, group links.
 *
 * Erasing runs inside the privacy service's one transaction, so a crash leaves either everything
 * or nothing done, and a re-run finds nothing left to do (the pool write-off has its own ledger ref
 * as a second guard). What happens to a team:
 * - The user owned it and others remain: ownership passes to the longest-standing admin, else
 *   editor, else viewer, as /team transfer would do it (no cap for the owner), logged in the team.
 * - The user was its only member: the team is deleted like /team delete, and whatever its pool still
 *   holds is written off with an `adjust` entry (the pool account keeps reconciling; nobody is left
 *   to return it to, and paying it to the leaving user's own account would be pointless).
 * Lock order matches the ledger's and /team delete's (pool, then team row), so an erase never waits
 * on a spend that waits on it.
 */
import type { Prisma, PrismaClient } from "../db/generated/client.ts";
import { type CreditsLedger, teamAccountId } from "./credits/ledger.ts";

type Tx = Prisma.TransactionClient;
type Db = Tx | PrismaClient;

/**
 * `teams.owner_id` is NOT NULL and has no foreign key: a deleted team whose owner erased their data
 * keeps its row (for its audit log and ledger notes) with this owner, which is no Telegram user.
 */
export const ERASED_OWNER = 0n;

/** Successor order: the most trusted role first, then who joined earliest. */
const SUCCESSION = ["admin", "editor", "viewer"];

/** Everything team-related held about the user, for /export. */
export async function collectTeamData(db: Db, id: bigint) {
  const [memberships, owned, invites, audit, projects, items, transfers, links, choice] = await Promise.all([
    db.teamMember.findMany({
      where: { userId: id },
      include: { team: { select: { name: true, deletedAt: true } } },
      orderBy: { joinedAt: "asc" },
    }),
    db.team.findMany({ where: { ownerId: id }, orderBy: { id: "asc" } }),
    // The token's hash is left out: it is a secret of the link, not data about the user.
    db.teamInvite.findMany({
      where: { createdBy: id },
      select: {
        id: true,
        teamId: true,
        role: true,
        maxUses: true,
        uses: true,
        expiresAt: true,
        revokedAt: true,
        createdAt: true,
      },
      orderBy: { id: "asc" },
    }),
    db.teamAudit.findMany({ where: { OR: [{ actorId: id }, { targetId: id }] }, orderBy: { id: "asc" } }),
    db.project.findMany({
      where: { ownerId: id },
      include: { items: true },
      omit: { publicTokenHash: true },
      orderBy: { id: "asc" },
    }),
    db.projectItem.findMany({ where: { addedBy: id }, orderBy: { addedAt: "asc" } }),
    db.creationTransfer.findMany({ where: { OR: [{ fromId: id }, { toId: id }] }, orderBy: { id: "asc" } }),
    db.teamChat.findMany({ where: { linkedBy: id } }),
    db.teamChoice.findUnique({ where: { userId: id } }),
  ]);
  return {
    memberships: memberships.map((m) => ({
      team_id: m.teamId,
      team: m.team.name,
      team_deleted_at: m.team.deletedAt,
      role: m.role,
      monthly_cap: m.monthlyCap,
      joined_at: m.joinedAt,
    })),
    teams_owned: owned,
    team_in_use: choice?.teamId ?? null,
    invites_created: invites,
    audit_entries: audit,
    projects,
    project_items_added: items,
    creation_transfers: transfers,
    groups_linked: links,
  };
}

export interface TeamEraseCounts {
  teams_handed_over: number;
  teams_deleted: number;
  credits_written_off: number;
  memberships: number;
}

/** Erases the user's team data inside the caller's transaction (see the file comment). */
/**
 * Settles one team the user is in, with its row locked (and, if they own it, its pool's too): the
 * role is read again under the lock, as the team's own commands do.
 */
async function settleTeam(
  tx: Tx,
  ledger: CreditsLedger,
  id: bigint,
  teamId: number,
  counts: TeamEraseCounts,
) {
  const me = await tx.teamMember.findUnique({ where: { teamId_userId: { teamId, userId: id } } });
  if (!me) return;
  // Out of the team first, so a second look (the pass over the other teams) finds it settled.
  await tx.teamMember.delete({ where: { teamId_userId: { teamId, userId: id } } });
  counts.memberships++;
  if (me.role !== "owner") {
    // Logged like /team leave, without naming who left.
    await tx.teamAudit.create({
      data: { teamId, actorId: null, action: "member_left", detail: { reason: "data_deleted" } },
    });
    return;
  }
  const others = await tx.teamMember.findMany({
    where: { teamId },
    orderBy: { joinedAt: "asc" },
  });
  const heir = SUCCESSION.flatMap((role) => others.filter((m) => m.role === role))[0];
  if (heir) {
    // As /team transfer does it; the owner has no cap.
    await tx.teamMember.update({
      where: { teamId_userId: { teamId, userId: heir.userId } },
      data: { role: "owner", monthlyCap: null },
    });
    await tx.team.update({ where: { id: teamId }, data: { ownerId: heir.userId } });
    await tx.teamAudit.create({
      data: {
        teamId,
        actorId: null,
        action: "ownership_transferred",
        targetId: heir.userId,
        detail: { reason: "owner_data_deleted", from_role: heir.role },
      },
    });
    counts.teams_handed_over++;
    return;
  }
  const account = teamAccountId(teamId);
  const pool = await ledger.lockInTx(tx, account);
  if (pool > 0) {
    await ledger.applyInTx(tx, {
      userId: account,
      kind: "adjust",
      amount: -pool,
      ref: `team-writeoff:${teamId}`,
      note: `team ${teamId} deleted with its only member's data: pool written off`,
    });
    counts.credits_written_off += pool;
  }
  await tx.teamAudit.create({
    data: {
      teamId,
      actorId: null,
      action: "deleted",
      detail: { returned: 0, written_off: pool, reason: "owner_data_deleted" },
    },
  });
  await tx.team.update({ where: { id: teamId }, data: { deletedAt: new Date() } });
  await tx.teamInvite.deleteMany({ where: { teamId } });
  await tx.teamChat.deleteMany({ where: { teamId } });
  await tx.teamChoice.deleteMany({ where: { teamId } });
  // The team's projects were the user's alone (nobody else was in it); their items go with them.
  await tx.project.deleteMany({ where: { teamId } });
  counts.teams_deleted++;
}

/** Erases the user's team data inside the caller's transaction (see the file comment). */
export async function eraseTeamData(tx: Tx, ledger: CreditsLedger, userId: number): Promise<TeamEraseCounts> {
  const id = BigInt(userId);
  const counts: TeamEraseCounts = {
    teams_handed_over: 0,
    teams_deleted: 0,
    credits_written_off: 0,
    memberships: 0,
  };
  // Teams the user owns: the pool first, then the team's row, the order /team delete locks them in.
  const owned = await ownedTeams(tx, userId);
  for (const { teamId } of owned) {
    await ledger.lockInTx(tx, teamAccountId(teamId));
    const locked = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM teams WHERE id = ${teamId} AND deleted_at IS NULL FOR UPDATE`;
    if (locked.length) await settleTeam(tx, ledger, id, teamId, counts);
  }
  // The other teams, locked too, so nobody hands the user a team between here and the delete below;
  // one handed to them just before is settled like the owned ones (settleTeam reads the role anew),
  // its pool locked after its row this once: should that meet a /team delete of the same team
  // coming the other way, the database aborts one of the two and nothing is half-done.
  const rest = await tx.$queryRaw<{ id: number }[]>`
    SELECT t.id FROM teams t JOIN team_members m ON m.team_id = t.id
    WHERE m.user_id = ${id} AND t.deleted_at IS NULL ORDER BY t.id FOR UPDATE OF t`;
  for (const { id: teamId } of rest) await settleTeam(tx, ledger, id, teamId, counts);
  // Memberships of teams deleted before (/team delete drops them already; kept for safety).
  counts.memberships += (await tx.teamMember.deleteMany({ where: { userId: id } })).count;
  await tx.teamChoice.deleteMany({ where: { userId: id } });
  // An invitation speaks for the person who made it, so the links they made stop working too.
  await tx.teamInvite.deleteMany({ where: { createdBy: id } });
  // A group the user linked stays linked (it is the team's), now answered for by the team's owner.
  const links = await tx.teamChat.findMany({
    where: { linkedBy: id },
    select: { chatId: true, team: { select: { ownerId: true } } },
  });
  for (const l of links) {
    await tx.teamChat.update({ where: { chatId: l.chatId }, data: { linkedBy: l.team.ownerId } });
  }
  // Audit lines stay, so the team's history keeps its shape (who else did what, where the money
  // went), but the user in them becomes "someone": actor and target are nullable for that reason.
  await tx.teamAudit.updateMany({ where: { actorId: id }, data: { actorId: null } });
  await tx.teamAudit.updateMany({ where: { targetId: id }, data: { targetId: null } });

  // Projects: personal ones, and those of teams already deleted, are the user's and go; one in a
  // live team belongs to the team and passes to its owner (after any hand-over above).
  await tx.project.deleteMany({
    where: { ownerId: id, OR: [{ teamId: null }, { team: { deletedAt: { not: null } } }] },
  });
  const teamProjects = await tx.project.findMany({
    where: { ownerId: id },
    select: { id: true, team: { select: { ownerId: true } } },
  });
  for (const p of teamProjects) {
    await tx.project.update({ where: { id: p.id }, data: { ownerId: p.team!.ownerId } });
  }
  // What the user put into projects is their data: out of every project, whoever's it is.
  await tx.projectItem.deleteMany({ where: { addedBy: id } });
  await tx.creationTransfer.deleteMany({ where: { OR: [{ fromId: id }, { toId: id }] } });
  // Teams the user deleted earlier with /team delete keep their row, without the user's id.
  await tx.team.updateMany({ where: { ownerId: id }, data: { ownerId: ERASED_OWNER } });
  return counts;
}

/** The live teams the user owns, with how many members each has (the user included). */
async function ownedTeams(db: Db, userId: number) {
  const rows = await db.teamMember.findMany({
    where: { userId: BigInt(userId), role: "owner", team: { deletedAt: null } },
    select: { teamId: true, team: { select: { _count: { select: { members: true } } } } },
  });
  return rows.map((r) => ({ teamId: r.teamId, members: r.team._count.members }));
}

/** Running creations paid by a pool that erasing would delete (its refund would have nowhere to go). */
export async function runningOnSolePools(db: Db, userId: number, active: readonly string[]): Promise<number> {
  const owned = await ownedTeams(db, userId);
  const sole = owned.filter((o) => o.members === 1).map((o) => BigInt(teamAccountId(o.teamId)));
  if (sole.length === 0) return 0;
  return db.generationJob.count({ where: { payerAccount: { in: sole }, status: { in: [...active] } } });
}

/** What erasing would do to the teams the user owns, for the confirmation: handed over or deleted. */
export async function teamsAtStake(db: Db, userId: number) {
  const owned = await ownedTeams(db, userId);
  const lone = owned.filter((o) => o.members === 1);
  const pools = lone.length
    ? await db.creditAccount.findMany({
        where: { userId: { in: lone.map((o) => BigInt(teamAccountId(o.teamId))) } },
        select: { balance: true },
      })
    : [];
  return {
    handover: owned.length - lone.length,
    lone: lone.length,
    credits: pools.reduce((sum, p) => sum + p.balance, 0),
  };
}
