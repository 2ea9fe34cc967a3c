/**
 * Storage of projects (personal or a team's), the creations filed in them, the public page token
 * (only its hash), and creations handed between members.
 */
import type { GenerationJob, Prisma, PrismaClient } from "./generated/client.ts";

type Tx = Prisma.TransactionClient;
type Db = PrismaClient | Tx;

export interface ProjectRow {
  id: number;
  ownerId: number;
  teamId: number | null;
  name: string;
  privacy: string;
  items: number;
}

const project = (r: {
  id: number;
  ownerId: bigint;
  teamId: number | null;
  name: string;
  privacy: string;
  _count?: { items: number };
}): ProjectRow => ({
  id: r.id,
  ownerId: Number(r.ownerId),
  teamId: r.teamId,
  name: r.name,
  privacy: r.privacy,
  items: r._count?.items ?? 0,
});

const withCount = { _count: { select: { items: true } } } as const;

export function createProjectRepository(prisma: PrismaClient) {
  return {
    async create(db: Db, p: { ownerId: number; teamId: number | null; name: string; privacy: string }) {
      const row = await db.project.create({ data: { ...p, ownerId: BigInt(p.ownerId) } });
      return project(row);
    },

    async find(id: number): Promise<ProjectRow | null> {
      const row = await prisma.project.findUnique({ where: { id }, include: withCount });
      return row ? project(row) : null;
    },

    /** A user's personal projects and the projects of the given teams, newest first. */
    async listFor(userId: number, teamIds: number[]): Promise<ProjectRow[]> {
      const rows = await prisma.project.findMany({
        where: {
          OR: [
            { ownerId: BigInt(userId), teamId: null },
            ...(teamIds.length ? [{ teamId: { in: teamIds } }] : []),
          ],
          // A deleted team's projects go with it.
          AND: [{ OR: [{ teamId: null }, { team: { deletedAt: null } }] }],
        },
        include: withCount,
        orderBy: { id: "desc" },
      });
      return rows.map(project);
    },

    /** Files a creation; false when it was there already. */
    async addItem(db: Db, projectId: number, jobId: string, by: number): Promise<boolean> {
      const n = await db.$executeRaw`
        INSERT INTO project_items (project_id, job_id, added_by) VALUES (${projectId}, ${jobId}, ${BigInt(by)})
        ON CONFLICT DO NOTHING`;
      return n > 0;
    },

    /** Takes a creation out of a project; false when it was not in it. */
    async removeItem(db: Db, projectId: number, jobId: string): Promise<boolean> {
      const n =
        await db.$executeRaw`DELETE FROM project_items WHERE project_id = ${projectId} AND job_id = ${jobId}`;
      return n > 0;
    },

    /** The finished creations of a project, newest first. */
    async items(projectId: number, limit: number): Promise<GenerationJob[]> {
      const rows = await prisma.projectItem.findMany({
        where: { projectId },
        orderBy: { addedAt: "desc" },
        take: limit * 2,
        select: { jobId: true },
      });
      const jobs = await prisma.generationJob.findMany({
        where: { id: { in: rows.map((r) => r.jobId) }, status: "completed" },
      });
      const order = new Map(rows.map((r, i) => [r.jobId, i]));
      return jobs.sort((a, b) => order.get(a.id)! - order.get(b.id)!).slice(0, limit);
    },

    async setPrivacy(db: Db, id: number, privacy: string, tokenHash: string | null): Promise<void> {
      await db.project.update({ where: { id }, data: { privacy, publicTokenHash: tokenHash } });
    },

    /** The public project a page token opens (never a project that is no longer public). */
    async byTokenHash(tokenHash: string): Promise<ProjectRow | null> {
      const row = await prisma.project.findFirst({
        where: {
          publicTokenHash: tokenHash,
          privacy: "public",
          OR: [{ teamId: null }, { team: { deletedAt: null } }],
        },
      });
      return row ? project(row) : null;
    },

    /** The projects a creation is filed in. */
    async projectsOf(jobId: string): Promise<ProjectRow[]> {
      const rows = await prisma.project.findMany({ where: { items: { some: { jobId } } } });
      return rows.map(project);
    },

    job: (id: string) => prisma.generationJob.findUnique({ where: { id } }),

    /** Hands a creation to another user if `from` still owns it; false otherwise. */
    async transfer(tx: Tx, jobId: string, from: number, to: number): Promise<boolean> {
      const n = await tx.$executeRaw`
        UPDATE generation_jobs SET owner_id = ${BigInt(to)}
        WHERE id = ${jobId} AND COALESCE(owner_id, user_id) = ${BigInt(from)}`;
      if (!n) return false;
      await tx.creationTransfer.create({ data: { jobId, fromId: BigInt(from), toId: BigInt(to) } });
      return true;
    },

    /** Teams both users belong to. */
    async sharedTeams(a: number, b: number): Promise<number[]> {
      const rows = await prisma.$queryRaw<{ team_id: number }[]>`
        SELECT x.team_id FROM team_members x JOIN team_members y ON y.team_id = x.team_id
        JOIN teams t ON t.id = x.team_id AND t.deleted_at IS NULL
        WHERE x.user_id = ${BigInt(a)} AND y.user_id = ${BigInt(b)} ORDER BY x.team_id`;
      return rows.map((r) => r.team_id);
    },
  };
}

export type ProjectRepository = ReturnType<typeof createProjectRepository>;
