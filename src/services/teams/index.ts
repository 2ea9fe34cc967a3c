/**
 * Teams and projects as one service: membership and invitations, the shared credit pool and
 * linked groups, projects with their public pages, and provenance. See the modules for each part.
 */
import { createProjectRepository } from "../../db/project-repository.ts";
import { createTeamRepository } from "../../db/team-repository.ts";
import type { TeamsDeps } from "./context.ts";
import { teamContext } from "./context.ts";
import { teamMembership } from "./membership.ts";
import { teamPool } from "./pool.ts";
import { teamProjects } from "./projects.ts";

export type { Refused, Result, TeamError } from "./context.ts";

/** Creates the teams service; `repo` and `projects` default to repositories over `prisma`. */
export function createTeamsService(deps: Omit<TeamsDeps, "repo"> & Partial<Pick<TeamsDeps, "repo">>) {
  const full: TeamsDeps = { ...deps, repo: deps.repo ?? createTeamRepository(deps.prisma) };
  const ctx = teamContext(full);
  return {
    current: ctx.current,
    /** The teams a user belongs to, with their role. */
    teamsOf: full.repo.teamsOf,
    /** Writes an audit line inside a caller's transaction (a Stars purchase for the pool). */
    audit: full.repo.audit,
    members: teamMembership(full, ctx),
    pool: teamPool(full, ctx),
    projects: teamProjects({ ...full, projects: createProjectRepository(full.prisma) }, ctx),
  };
}

export type TeamsService = ReturnType<typeof createTeamsService>;
