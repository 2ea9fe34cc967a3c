/**
 * Teams and projects in the Mini App: the caller's teams with pool and cap, a team's members, its
 * audit log, projects and their creations, filing a creation in a project or taking it out, and a
 * project's privacy. Every rule is the teams service's (the same calls /team and /project make),
 * so the app and the bot always agree; this file only words the answers.
 */
import { auditLine, roleName } from "../bot/features/team-text.ts";
import { telegramHtmlToTerminal } from "../cli/terminal-text.ts";
import type { Translate } from "../i18n/index.ts";
import type { Refused, TeamsService } from "../services/teams/index.ts";
import { can, type Role } from "../services/teams/roles.ts";
import { type ApiServices, userT } from "./context.ts";
import { creationView } from "./creations.ts";
import { ApiError, endpoint } from "./router.ts";
import {
  addItemBody,
  auditResponse,
  changedResponse,
  itemParams,
  membersResponse,
  numericId,
  type ProjectView,
  privacyBody,
  privacyResponse,
  projectItemsResponse,
  projectsResponse,
  teamsResponse,
} from "./team-schemas.ts";

export interface TeamApiDeps {
  teams: TeamsService;
  /** The service's public address, for a public project's page link. */
  publicUrl?: string;
}

const STATUS: Partial<Record<Refused["error"], number>> = {
  no_team: 404,
  team_unknown: 404,
  project_unknown: 404,
  creation_unknown: 404,
  forbidden: 403,
  creation_not_yours: 403,
};

/** A refusal of the teams service as an API error (not a member of it reads as "no such team"). */
const refusal = (r: Refused) => new ApiError(STATUS[r.error] ?? 400, r.error, `refused: ${r.error}`);

/** /team log's line as plain text: the bot words it as Telegram HTML. */
const plain = (html: string) => telegramHtmlToTerminal(html, false);

const LOG_LINES = 50;
const PROJECT_ITEMS = 60;

export function teamEndpoints(s: ApiServices, deps: TeamApiDeps) {
  const { teams } = deps;
  const { projects } = teams;

  async function projectViews(userId: number): Promise<ProjectView[]> {
    const [list, mine] = await Promise.all([projects.visible(userId), teams.teamsOf(userId)]);
    const names = new Map(mine.map((t) => [t.id, t.name]));
    return list.map((p) => ({
      id: p.id,
      name: p.name,
      team_id: p.teamId,
      team_name: p.teamId === null ? null : (names.get(p.teamId) ?? null),
      privacy: p.privacy as ProjectView["privacy"],
      items: p.items,
      can_file: p.canFile,
      can_manage: p.canManage,
    }));
  }

  /** A project the caller can see, or 404 (another team's project is "no such project"). */
  async function visibleProject(userId: number, id: number): Promise<ProjectView> {
    const p = (await projectViews(userId)).find((x) => x.id === id);
    if (!p) throw new ApiError(404, "project_unknown", "no such project");
    return p;
  }

  const roleOf = (t: Translate, role: string) => ({ role: role as Role, role_title: roleName(t, role) });

  return [
    endpoint({
      method: "GET",
      path: "/api/teams",
      summary: "Your teams: your role, the shared pool, your monthly cap and what you spent this month",
      tag: "teams",
      response: teamsResponse,
      async handler({ userId }) {
        const [mine, t] = await Promise.all([teams.teamsOf(userId), userT(s, userId)]);
        const out = [];
        for (const team of mine) {
          const o = await teams.pool.overview(userId, team.id);
          // A membership that ended between the two reads is left out.
          if (!o.ok) continue;
          out.push({
            id: team.id,
            name: team.name,
            ...roleOf(t, o.role),
            pool: o.pool,
            cap: o.cap,
            spent: o.spent,
            can_read_log: can(o.role, "read_log"),
          });
        }
        return { teams: out };
      },
    }),
    endpoint({
      method: "GET",
      path: "/api/teams/:id/members",
      summary: "A team's members with their roles and caps (members only)",
      tag: "teams",
      params: numericId,
      response: membersResponse,
      errors: [404],
      async handler({ userId, params }) {
        const o = await teams.pool.overview(userId, params.id);
        if (!o.ok) throw refusal(o);
        const t = await userT(s, userId);
        return {
          members: o.members.map((m) => ({
            user_id: m.userId,
            name: m.firstName ?? String(m.userId),
            username: m.username,
            ...roleOf(t, m.role),
            cap: m.monthlyCap,
          })),
        };
      },
    }),
    endpoint({
      method: "GET",
      path: "/api/teams/:id/log",
      summary: "A team's audit log, newest first (owners and admins, as /team log)",
      tag: "teams",
      params: numericId,
      response: auditResponse,
      errors: [403, 404],
      async handler({ userId, params }) {
        const r = await teams.members.log(userId, LOG_LINES, params.id);
        if (!r.ok) throw refusal(r);
        const t = await userT(s, userId);
        return {
          entries: r.rows.map((row) => ({
            id: row.id,
            action: row.action,
            text: plain(auditLine(t, row, r.names)),
            created_at: row.createdAt.toISOString(),
          })),
        };
      },
    }),
    endpoint({
      method: "GET",
      path: "/api/projects",
      summary: "Your personal projects and those of your teams you can see, newest first",
      tag: "projects",
      response: projectsResponse,
      async handler({ userId }) {
        return { projects: await projectViews(userId) };
      },
    }),
    endpoint({
      method: "GET",
      path: "/api/projects/:id",
      summary: "A project and its finished creations, newest filed first",
      tag: "projects",
      params: numericId,
      response: projectItemsResponse,
      errors: [404],
      async handler({ userId, params }) {
        const project = await visibleProject(userId, params.id);
        const r = await projects.show(userId, `#${project.id}`, PROJECT_ITEMS);
        if (!r.ok) throw refusal(r);
        return { project, creations: r.jobs.map((j) => creationView(s, j)) };
      },
    }),
    endpoint({
      method: "POST",
      path: "/api/projects/:id/items",
      summary: "Files a creation in a project (the rules of /project add)",
      tag: "projects",
      params: numericId,
      body: addItemBody,
      response: changedResponse,
      errors: [403, 404],
      async handler({ userId, params, body, log }) {
        const r = await projects.add(userId, params.id, body.creation_id);
        if (!r.ok) throw refusal(r);
        log.info({ project: params.id, job: body.creation_id }, "creation filed from the mini app");
        return { changed: r.added };
      },
    }),
    endpoint({
      method: "DELETE",
      path: "/api/projects/:id/items/:job",
      summary: "Takes a creation out of a project (whoever may file in it)",
      tag: "projects",
      params: itemParams,
      response: changedResponse,
      errors: [403],
      async handler({ userId, params }) {
        const r = await projects.remove(userId, params.id, params.job);
        if (!r.ok) throw refusal(r);
        return { changed: r.removed };
      },
    }),
    endpoint({
      method: "PUT",
      path: "/api/projects/:id/privacy",
      summary: "Sets a project's privacy (as /project privacy); making it public gives a new page link",
      tag: "projects",
      params: numericId,
      body: privacyBody,
      response: privacyResponse,
      errors: [403, 404],
      async handler({ userId, params, body, log }) {
        const r = await projects.setPrivacy(userId, `#${params.id}`, body.privacy);
        if (!r.ok) throw refusal(r);
        log.info({ project: params.id, privacy: body.privacy }, "project privacy changed from the mini app");
        return {
          project: await visibleProject(userId, params.id),
          public_url: r.token ? `${deps.publicUrl ?? ""}/p/${r.token}` : null,
        };
      },
    }),
  ];
}
