/**
 * Storage of teams: the team row, its members and roles, invitations (hashed tokens, consumed by a
 * conditional update so a use limit holds under concurrent joins), linked groups, each user's
 * team in use, and the audit log. Every read that acts for a user goes through `member`, so a
 * member removed a moment ago is refused at once: nothing is cached.
 */
import { Prisma, type PrismaClient } from "./generated/client.ts";

type Tx = Prisma.TransactionClient;
type Db = PrismaClient | Tx;

export interface TeamRow {
  id: number;
  name: string;
  ownerId: number;
}

export interface MemberRow {
  teamId: number;
  userId: number;
  role: string;
  monthlyCap: number | null;
  firstName: string | null;
  username: string | null;
}

export interface InviteRow {
  id: number;
  teamId: number;
  role: string;
  maxUses: number;
  uses: number;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface AuditRow {
  id: number;
  actorId: number | null;
  action: string;
  targetId: number | null;
  detail: Record<string, unknown> | null;
  createdAt: Date;
}

const team = (r: { id: number; name: string; ownerId: bigint }): TeamRow => ({
  id: r.id,
  name: r.name,
  ownerId: Number(r.ownerId),
});

/** Creates the repository over a Prisma client; methods taking `db` also run inside a transaction. */
export function createTeamRepository(prisma: PrismaClient) {
  async function membersWhere(where: Prisma.Sql): Promise<MemberRow[]> {
    const rows = await prisma.$queryRaw<
      {
        team_id: number;
        user_id: bigint;
        role: string;
        monthly_cap: number | null;
        first_name: string | null;
        username: string | null;
      }[]
    >`SELECT m.team_id, m.user_id, m.role, m.monthly_cap, u.first_name, u.username
      FROM team_members m LEFT JOIN users u ON u.id = m.user_id
      WHERE ${where}
      ORDER BY CASE m.role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 WHEN 'editor' THEN 2 ELSE 3 END, m.joined_at`;
    return rows.map((r) => ({
      teamId: r.team_id,
      userId: Number(r.user_id),
      role: r.role,
      monthlyCap: r.monthly_cap,
      firstName: r.first_name,
      username: r.username,
    }));
  }

  return {
    /** Creates a team with its owner as first member and makes it the owner's team in use. */
    async create(tx: Tx, name: string, ownerId: number): Promise<TeamRow> {
      const row = await tx.team.create({ data: { name, ownerId: BigInt(ownerId) } });
      await tx.teamMember.create({ data: { teamId: row.id, userId: BigInt(ownerId), role: "owner" } });
      await this.choose(tx, ownerId, row.id);
      return team(row);
    },

    /** A team that has not been deleted. */
    async find(db: Db, id: number): Promise<TeamRow | null> {
      const row = await db.team.findFirst({ where: { id, deletedAt: null } });
      return row ? team(row) : null;
    },

    /** Locks a team's row for the rest of the transaction (membership changes serialise on it). */
    async lock(tx: Tx, id: number): Promise<TeamRow | null> {
      const rows = await tx.$queryRaw<{ id: number; name: string; owner_id: bigint }[]>`
        SELECT id, name, owner_id FROM teams WHERE id = ${id} AND deleted_at IS NULL FOR UPDATE`;
      const r = rows[0];
      return r ? { id: r.id, name: r.name, ownerId: Number(r.owner_id) } : null;
    },

    /** The teams a user belongs to, with their role, oldest membership first. */
    async teamsOf(userId: number): Promise<(TeamRow & { role: string })[]> {
      const rows = await prisma.teamMember.findMany({
        where: { userId: BigInt(userId), team: { deletedAt: null } },
        include: { team: true },
        orderBy: { joinedAt: "asc" },
      });
      return rows.map((r) => ({ ...team(r.team), role: r.role }));
    },

    /** A user's membership of a team (role and cap), or null. */
    async member(db: Db, teamId: number, userId: number) {
      const row = await db.teamMember.findUnique({
        where: { teamId_userId: { teamId, userId: BigInt(userId) } },
      });
      return row ? { role: row.role, monthlyCap: row.monthlyCap } : null;
    },

    /** Members of a team with their names, owner first. */
    members: (teamId: number) => membersWhere(Prisma.sql`m.team_id = ${teamId}`),

    /** Adds a member; false when they were one already. */
    async addMember(tx: Tx, teamId: number, userId: number, role: string): Promise<boolean> {
      const n = await tx.$executeRaw`
        INSERT INTO team_members (team_id, user_id, role) VALUES (${teamId}, ${BigInt(userId)}, ${role})
        ON CONFLICT (team_id, user_id) DO NOTHING`;
      return n > 0;
    },

    async setRole(tx: Tx, teamId: number, userId: number, role: string): Promise<void> {
      await tx.teamMember.update({
        where: { teamId_userId: { teamId, userId: BigInt(userId) } },
        data: { role },
      });
    },

    async setCap(tx: Tx, teamId: number, userId: number, cap: number | null): Promise<void> {
      await tx.teamMember.update({
        where: { teamId_userId: { teamId, userId: BigInt(userId) } },
        data: { monthlyCap: cap },
      });
    },

    /** Removes a member and forgets the team as their team in use. */
    async removeMember(tx: Tx, teamId: number, userId: number): Promise<boolean> {
      const n = await tx.teamMember.deleteMany({ where: { teamId, userId: BigInt(userId) } });
      await tx.teamChoice.deleteMany({ where: { teamId, userId: BigInt(userId) } });
      return n.count > 0;
    },

    async setOwner(tx: Tx, teamId: number, ownerId: number): Promise<void> {
      await tx.team.update({ where: { id: teamId }, data: { ownerId: BigInt(ownerId) } });
    },

    async rename(tx: Tx, teamId: number, name: string): Promise<void> {
      await tx.team.update({ where: { id: teamId }, data: { name } });
    },

    /** Marks a team deleted and drops its members, invitations, links and choices. */
    async softDelete(tx: Tx, teamId: number): Promise<void> {
      await tx.team.update({ where: { id: teamId }, data: { deletedAt: new Date() } });
      await tx.teamMember.deleteMany({ where: { teamId } });
      await tx.teamInvite.deleteMany({ where: { teamId } });
      await tx.teamChat.deleteMany({ where: { teamId } });
      await tx.teamChoice.deleteMany({ where: { teamId } });
    },

    /** The team a user's commands act on, if they still belong to it. */
    async chosen(userId: number): Promise<number | null> {
      const row = await prisma.teamChoice.findUnique({ where: { userId: BigInt(userId) } });
      return row?.teamId ?? null;
    },

    async choose(db: Db, userId: number, teamId: number): Promise<void> {
      await db.teamChoice.upsert({
        where: { userId: BigInt(userId) },
        create: { userId: BigInt(userId), teamId },
        update: { teamId },
      });
    },

    async createInvite(
      tx: Tx,
      i: {
        teamId: number;
        tokenHash: string;
        role: string;
        createdBy: number;
        maxUses: number;
        expiresAt: Date;
      },
    ): Promise<number> {
      const row = await tx.teamInvite.create({
        data: { ...i, createdBy: BigInt(i.createdBy) },
      });
      return row.id;
    },

    async inviteByHash(db: Db, tokenHash: string): Promise<InviteRow | null> {
      return db.teamInvite.findUnique({ where: { tokenHash } });
    },

    /** Takes one use of an invitation if it is still good; false when expired, used up or revoked. */
    async consumeInvite(tx: Tx, id: number): Promise<boolean> {
      const n = await tx.$executeRaw`
        UPDATE team_invites SET uses = uses + 1
        WHERE id = ${id} AND uses < max_uses AND revoked_at IS NULL AND expires_at > now()`;
      return n > 0;
    },

    /** A team's invitations that can still be used. */
    activeInvites: (teamId: number): Promise<InviteRow[]> =>
      prisma.$queryRaw<InviteRow[]>`
        SELECT id, team_id AS "teamId", role, max_uses AS "maxUses", uses, expires_at AS "expiresAt",
          revoked_at AS "revokedAt"
        FROM team_invites
        WHERE team_id = ${teamId} AND revoked_at IS NULL AND expires_at > now() AND uses < max_uses
        ORDER BY id`,

    /** Revokes one invitation (or all of a team's with `id` null); returns how many were revoked. */
    async revokeInvites(tx: Tx, teamId: number, id: number | null): Promise<number> {
      const n = await tx.teamInvite.updateMany({
        where: { teamId, revokedAt: null, ...(id === null ? {} : { id }) },
        data: { revokedAt: new Date() },
      });
      return n.count;
    },

    /** The team a group is linked to (and the project its creations are filed in). */
    async linkOf(chatId: number): Promise<{ teamId: number; projectId: number | null } | null> {
      const row = await prisma.teamChat.findUnique({ where: { chatId: BigInt(chatId) } });
      return row ? { teamId: row.teamId, projectId: row.projectId } : null;
    },

    async link(tx: Tx, chatId: number, teamId: number, projectId: number | null, by: number): Promise<void> {
      const data = { teamId, projectId, linkedBy: BigInt(by), linkedAt: new Date() };
      await tx.teamChat.upsert({
        where: { chatId: BigInt(chatId) },
        create: { chatId: BigInt(chatId), ...data },
        update: data,
      });
    },

    async unlink(tx: Tx, chatId: number): Promise<boolean> {
      return (await tx.teamChat.deleteMany({ where: { chatId: BigInt(chatId) } })).count > 0;
    },

    /** Writes an audit line (inside the transaction that made the change). */
    async audit(
      db: Db,
      a: {
        teamId: number;
        actorId?: number;
        action: string;
        targetId?: number;
        detail?: Record<string, unknown>;
      },
    ): Promise<void> {
      await db.teamAudit.create({
        data: {
          teamId: a.teamId,
          actorId: a.actorId === undefined ? null : BigInt(a.actorId),
          action: a.action,
          targetId: a.targetId === undefined ? null : BigInt(a.targetId),
          detail: (a.detail ?? undefined) as Prisma.InputJsonValue | undefined,
        },
      });
    },

    /** A team's latest audit lines, newest first. */
    async auditLog(teamId: number, limit: number): Promise<AuditRow[]> {
      const rows = await prisma.teamAudit.findMany({
        where: { teamId },
        orderBy: { id: "desc" },
        take: limit,
      });
      return rows.map((r) => ({
        id: Number(r.id),
        actorId: r.actorId === null ? null : Number(r.actorId),
        action: r.action,
        targetId: r.targetId === null ? null : Number(r.targetId),
        detail: (r.detail as Record<string, unknown> | null) ?? null,
        createdAt: r.createdAt,
      }));
    },

    /** Names of users (first name, @username) by id, for lines that mention people. */
    async names(ids: number[]): Promise<Map<number, { firstName: string; username: string | null }>> {
      if (!ids.length) return new Map();
      const rows = await prisma.user.findMany({
        where: { id: { in: [...new Set(ids)].map(BigInt) } },
        select: { id: true, firstName: true, username: true },
      });
      return new Map(rows.map((r) => [Number(r.id), { firstName: r.firstName, username: r.username }]));
    },
  };
}

export type TeamRepository = ReturnType<typeof createTeamRepository>;
