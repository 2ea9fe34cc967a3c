/**
 * Projects: collections of creations, personal or a team's, with a privacy of private, team or
 * public (a read-only page behind an unguessable token that a change of privacy revokes). Also who
 * may see a creation, handing a creation to another member, and its provenance: who made it, with
 * which model, from what.
 *
 * Who sees what: a creation is seen by its owner and maker, by members of the team whose pool paid
 * for it, and by whoever can see a project it is filed in. A personal project is its owner's; a
 * team project with privacy "team" or "public" is seen by every member, a "private" one only by
 * the team's owner and admins and the member who created it.
 */

import type { GenerationJob } from "../../db/generated/client.ts";
import type { ProjectRepository, ProjectRow } from "../../db/project-repository.ts";
import { extractOutput, type GenerationOutput } from "../../engines/generation/catalog.ts";
import { TX_OPTIONS } from "../credits/ledger.ts";
import { cleanName, type Result, refused, type TeamContext, type TeamsDeps } from "./context.ts";
import { can, type Role } from "./roles.ts";
import { hashToken, isTokenShaped, newToken } from "./tokens.ts";

export const PRIVACIES = ["private", "team", "public"] as const;
export type Privacy = (typeof PRIVACIES)[number];

export interface ProjectsDeps extends TeamsDeps {
  projects: ProjectRepository;
}

/** The owner of a creation now (its maker until handed over). */
export const ownerOf = (job: GenerationJob): number => Number(job.ownerId ?? job.userId);
/** The team whose pool paid for a creation, if one did. */
export const payingTeam = (job: GenerationJob): number | null =>
  job.payerAccount === null ? null : -Number(job.payerAccount);

export function teamProjects(deps: ProjectsDeps, ctx: TeamContext) {
  const { prisma, repo, projects } = deps;

  const roleIn = async (teamId: number, userId: number) =>
    ((await repo.member(prisma, teamId, userId))?.role ?? null) as Role | null;

  /** Whether a user sees a project's contents. */
  async function canSee(userId: number, p: ProjectRow): Promise<boolean> {
    if (p.teamId === null) return p.ownerId === userId;
    const role = await roleIn(p.teamId, userId);
    if (!role) return false;
    return p.privacy !== "private" || can(role, "manage_project") || p.ownerId === userId;
  }

  /** Whether a user may file creations in a project. */
  async function canFile(userId: number, p: ProjectRow): Promise<boolean> {
    if (p.teamId === null) return p.ownerId === userId;
    return can(await roleIn(p.teamId, userId), "create_project") && (await canSee(userId, p));
  }

  /** Whether a user may see a creation (and so its details). */
  async function canSeeCreation(userId: number, job: GenerationJob): Promise<boolean> {
    if (ownerOf(job) === userId || Number(job.userId) === userId) return true;
    const team = payingTeam(job);
    if (team !== null && (await roleIn(team, userId))) return true;
    for (const p of await projects.projectsOf(job.id)) if (await canSee(userId, p)) return true;
    return false;
  }

  /** Whether a user may change a project's privacy: its owner, or a team's owners and admins. */
  async function canManage(userId: number, p: ProjectRow): Promise<boolean> {
    if (p.teamId === null) return p.ownerId === userId;
    const role = await roleIn(p.teamId, userId);
    return can(role, "manage_project") || (p.ownerId === userId && can(role, "create_project"));
  }

  type Visible = ProjectRow & { canFile: boolean; canManage: boolean };

  /** The projects a user can see, each with whether they may file in it and change its privacy. */
  async function visible(userId: number): Promise<Visible[]> {
    const teams = (await repo.teamsOf(userId)).map((t) => t.id);
    const all = await projects.listFor(userId, teams);
    const out: Visible[] = [];
    for (const p of all) {
      if (!(await canSee(userId, p))) continue;
      out.push({ ...p, canFile: await canFile(userId, p), canManage: await canManage(userId, p) });
    }
    return out;
  }

  /** A project a user can see, by #number or name. */
  async function resolve(userId: number, typed: string): Promise<ProjectRow | null> {
    const text = typed.trim();
    const list = await visible(userId);
    const id = /^#?(\d+)$/.exec(text)?.[1];
    return (
      (id ? list.find((p) => p.id === Number(id)) : undefined) ??
      list.find((p) => p.name.toLowerCase() === text.toLowerCase()) ??
      null
    );
  }

  return {
    canSeeCreation,
    visible,
    resolve,

    /** A new project: personal, or (`forTeam`) for the team in use, which needs an editor or more. */
    async create(userId: number, rawName: string, forTeam: boolean) {
      const name = cleanName(rawName);
      if (!name) return refused("name_invalid");
      let teamId: number | null = null;
      let team: string | undefined;
      if (forTeam) {
        const a = await ctx.acting(userId, "create_project");
        if (!a.ok) return a;
        teamId = a.team.id;
        team = a.team.name;
      }
      const mine = await visible(userId);
      if (mine.some((p) => p.teamId === teamId && p.name.toLowerCase() === name.toLowerCase()))
        return refused("name_taken", { name });
      const p = await prisma.$transaction(async (tx) => {
        const row = await projects.create(tx, {
          ownerId: userId,
          teamId,
          name,
          privacy: teamId ? "team" : "private",
        });
        if (teamId !== null) {
          await repo.audit(tx, {
            teamId,
            actorId: userId,
            action: "project_created",
            detail: { project: name },
          });
        }
        return row;
      }, TX_OPTIONS);
      return { ok: true as const, project: p, team };
    },

    /**
     * Files a creation in a project: into a personal project, creations one owns; into a team's,
     * those one owns and those the team's pool paid for.
     */
    async add(
      userId: number,
      projectId: number,
      jobId: string,
    ): Promise<Result<{ project: string; added: boolean }>> {
      const [p, job] = await Promise.all([projects.find(projectId), projects.job(jobId)]);
      if (!p || !(await canFile(userId, p))) return refused("forbidden", { team: p?.name ?? "" });
      if (!job) return refused("creation_unknown");
      const mayFile = ownerOf(job) === userId || (p.teamId !== null && payingTeam(job) === p.teamId);
      if (!mayFile) return refused("creation_not_yours");
      const added = await projects.addItem(prisma, p.id, job.id, userId);
      return { ok: true, project: p.name, added };
    },

    /** Takes a creation out of a project; whoever may file in the project may take out of it. */
    async remove(
      userId: number,
      projectId: number,
      jobId: string,
    ): Promise<Result<{ project: string; removed: boolean }>> {
      const p = await projects.find(projectId);
      if (!p || !(await canFile(userId, p))) return refused("forbidden", { team: p?.name ?? "" });
      const removed = await projects.removeItem(prisma, p.id, jobId);
      return { ok: true, project: p.name, removed };
    },

    /** Sets a project's privacy; making it public issues a new page token (the old link stops working). */
    async setPrivacy(
      userId: number,
      typed: string,
      privacy: Privacy,
    ): Promise<Result<{ project: string; token?: string }>> {
      const p = await resolve(userId, typed);
      if (!p) return refused("project_unknown", { name: typed.trim() });
      if (!(await canManage(userId, p))) return refused("forbidden", { team: p.name });
      if (p.teamId === null && privacy === "team") return refused("team_privacy_personal");
      const token = privacy === "public" ? newToken() : undefined;
      await prisma.$transaction(async (tx) => {
        await projects.setPrivacy(tx, p.id, privacy, token ? hashToken(token) : null);
        if (p.teamId !== null) {
          await repo.audit(tx, {
            teamId: p.teamId,
            actorId: userId,
            action: "privacy_changed",
            detail: { project: p.name, privacy },
          });
        }
      }, TX_OPTIONS);
      return { ok: true, project: p.name, ...(token ? { token } : {}) };
    },

    /** A project's finished creations, for someone who can see it. */
    async show(userId: number, typed: string, limit = 10) {
      const p = await resolve(userId, typed);
      if (!p) return refused("project_unknown", { name: typed.trim() });
      const jobs = await projects.items(p.id, limit);
      const names = await repo.names(jobs.map((j) => Number(j.userId)));
      return { ok: true as const, project: p, jobs, names };
    },

    /** What a public page shows: the images and videos of a public project, nothing else. */
    async page(token: string): Promise<GenerationOutput[] | null> {
      if (!isTokenShaped(token)) return null;
      const p = await projects.byTokenHash(hashToken(token));
      if (!p) return null;
      const jobs = await projects.items(p.id, 200);
      return jobs
        .map((j) => extractOutput(j.kind === "video" ? "video" : "image", j.result))
        .filter((o): o is GenerationOutput => o !== null && /^https?:\/\//.test(o.url));
    },

    /** Hands a creation the caller owns to a member of a team they share; recorded and audited. */
    async transfer(userId: number, jobId: string, typed: string, replyTo?: number) {
      const job = await projects.job(jobId);
      if (!job) return refused("creation_unknown");
      if (ownerOf(job) !== userId) return refused("creation_not_yours");
      const a = await ctx.current(userId);
      // Look for the recipient in the team in use first, then in the caller's other teams.
      const teams = [
        ...new Set([...(a ? [a.team.id] : []), ...(await repo.teamsOf(userId)).map((t) => t.id)]),
      ];
      for (const teamId of teams) {
        const m = await ctx.findMember(teamId, typed, replyTo);
        if (!m) continue;
        if (m.userId === userId) return refused("self");
        const moved = await prisma.$transaction(async (tx) => {
          if (!(await projects.transfer(tx, job.id, userId, m.userId))) return false;
          await repo.audit(tx, {
            teamId,
            actorId: userId,
            action: "creation_transferred",
            targetId: m.userId,
            detail: { job: job.id },
          });
          return true;
        }, TX_OPTIONS);
        return moved ? { ok: true as const, member: m } : refused("creation_not_yours");
      }
      return refused("member_unknown");
    },

    /** Who made a creation, with which model, from what, and who owns it now; for those who may see it. */
    async details(userId: number, jobId: string) {
      const job = await projects.job(jobId);
      if (!job || !(await canSeeCreation(userId, job))) return refused("creation_unknown");
      const parent = job.parentJobId ? await projects.job(job.parentJobId) : null;
      const parentVisible = parent ? await canSeeCreation(userId, parent) : false;
      const team = payingTeam(job);
      const ids = [Number(job.userId), ownerOf(job), ...(parent ? [Number(parent.userId)] : [])];
      const [names, teamRow] = await Promise.all([
        repo.names(ids),
        team === null ? null : repo.find(prisma, team),
      ]);
      return { ok: true as const, job, parent, parentVisible, names, team: teamRow?.name ?? null };
    },
  };
}

export type TeamProjects = ReturnType<typeof teamProjects>;
