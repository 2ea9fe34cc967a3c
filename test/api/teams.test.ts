/**
 * Teams and projects through the REST API (real bot, real database): the caller's teams with pool
 * and cap, members, the audit log (owners and admins only), projects with their creations, filing
 * and taking out creations and changing privacy by the bot's rules, and no way into another team.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropFreshDatabases } from "../helpers/env.ts";
import { creationRow } from "../helpers/mini-app.ts";
import { ask, person, startTeamStack, type TeamStack } from "../teams/setup.ts";

let s: TeamStack;
const alice = person(6101, "Alice"); // owner of Studio
const bob = person(6102, "Bob"); // editor
const carol = person(6103, "Carol"); // viewer
const dave = person(6104, "Dave"); // owner of another team, not in Studio
let studio = 0;
let other = 0;
let board = 0; // Studio's project
let bobs = 0; // Bob's personal project
const jobs: Record<string, string> = {};

// biome-ignore lint/suspicious/noExplicitAny: API bodies are checked field by field
type Json = any;

async function api(userId: number, method: string, path: string, body?: unknown) {
  const res = await fetch(`${s.h.base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${s.h.app.live.tokens.issue(userId).token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

beforeAll(async () => {
  s = await startTeamStack({ env: { JWT_SECRET: "teams-api-secret-0123456789-0123456789" } });
  const teams = s.h.app.runtime.teams;
  for (const p of [alice, bob, carol, dave]) await ask(s.h, p, "team");
  const made = await teams.members.create(alice.id, "Studio");
  const theirs = await teams.members.create(dave.id, "Other");
  if (!made.ok || !theirs.ok) throw new Error("teams not created");
  studio = made.teamId;
  other = theirs.teamId;
  for (const [who, role] of [
    [bob, "editor"],
    [carol, "viewer"],
  ] as const) {
    const inv = await teams.members.invite(alice.id, role);
    if (!inv.ok) throw new Error("no invitation");
    expect((await teams.members.join(who.id, inv.token)).ok).toBe(true);
  }
  const p1 = await teams.projects.create(alice.id, "Moodboard", true);
  const p2 = await teams.projects.create(bob.id, "Sketches", false);
  if (!p1.ok || !p2.ok) throw new Error("projects not created");
  board = p1.project.id;
  bobs = p2.project.id;
  for (const who of [alice, bob, carol, dave]) {
    const row = creationRow({
      userId: who.id,
      prompt: `${who.firstName}'s fox`,
      status: "completed",
      at: new Date(),
    });
    await s.h.app.db.prisma.generationJob.create({ data: row });
    jobs[who.firstName] = row.id;
  }
}, 60_000);
afterAll(async () => {
  await s?.h.stop();
  await s?.fal.close();
  await dropFreshDatabases();
});

describe("teams and projects in the REST API", () => {
  it("lists one's teams with role, pool and cap; members only to members", async () => {
    const a = await api(alice.id, "GET", "/api/teams");
    expect(a.body.teams).toEqual([
      {
        id: studio,
        name: "Studio",
        role: "owner",
        role_title: "owner",
        pool: 0,
        cap: null,
        spent: 0,
        can_read_log: true,
      },
    ]);
    expect((await api(bob.id, "GET", "/api/teams")).body.teams[0]).toMatchObject({
      role: "editor",
      can_read_log: false,
    });
    expect((await api(dave.id, "GET", "/api/teams")).body.teams.map((t: Json) => t.id)).toEqual([other]);

    const members = await api(carol.id, "GET", `/api/teams/${studio}/members`);
    expect(members.body.members.map((m: Json) => [m.name, m.role])).toEqual([
      ["Alice", "owner"],
      ["Bob", "editor"],
      ["Carol", "viewer"],
    ]);
    expect(await api(dave.id, "GET", `/api/teams/${studio}/members`)).toMatchObject({
      status: 404,
      body: { code: "no_team" },
    });
    expect((await api(alice.id, "GET", "/api/teams/abc/members")).status).toBe(400);
  });

  it("shows the audit log to owners only, never to editors or outsiders", async () => {
    const log = await api(alice.id, "GET", `/api/teams/${studio}/log`);
    expect(log.status).toBe(200);
    const text = log.body.entries.map((e: Json) => e.text).join("\n");
    expect(text).toMatch(/Bob/);
    expect(text).not.toMatch(/[<>]|&amp;/);
    expect(log.body.entries.map((e: Json) => e.action)).toContain("team_created");
    expect(await api(bob.id, "GET", `/api/teams/${studio}/log`)).toMatchObject({
      status: 403,
      body: { code: "forbidden" },
    });
    expect((await api(dave.id, "GET", `/api/teams/${studio}/log`)).status).toBe(404);
  });

  it("files creations by the bot's rules and shows a project to those who can see it", async () => {
    const list = await api(bob.id, "GET", "/api/projects");
    expect(list.body.projects.map((p: Json) => [p.name, p.team_name, p.privacy, p.can_file])).toEqual([
      ["Sketches", null, "private", true],
      ["Moodboard", "Studio", "team", true],
    ]);
    expect((await api(dave.id, "GET", "/api/projects")).body.projects).toEqual([]);
    const add = (who: number, job: string, project = board) =>
      api(who, "POST", `/api/projects/${project}/items`, { creation_id: job });
    expect((await add(bob.id, jobs.Bob!)).body).toEqual({ changed: true });
    expect((await add(bob.id, jobs.Bob!)).body).toEqual({ changed: false });
    expect((await add(bob.id, jobs.Bob!, bobs)).body).toEqual({ changed: true });
    // A viewer files nothing; nobody files another's creation or into another team's project.
    expect((await add(carol.id, jobs.Carol!)).status).toBe(403);
    expect((await add(bob.id, jobs.Alice!)).body.code).toBe("creation_not_yours");
    expect((await add(dave.id, jobs.Dave!)).status).toBe(403);
    expect((await add(alice.id, jobs.Alice!, bobs)).status).toBe(403);

    const seen = await api(carol.id, "GET", `/api/projects/${board}`);
    expect(seen.body.project).toMatchObject({ name: "Moodboard", items: 1, can_file: false });
    expect(seen.body.creations.map((c: Json) => c.prompt)).toEqual(["Bob's fox"]);
    expect((await api(dave.id, "GET", `/api/projects/${board}`)).status).toBe(404);
    expect((await api(alice.id, "GET", `/api/projects/${bobs}`)).status).toBe(404);

    expect((await api(carol.id, "DELETE", `/api/projects/${board}/items/${jobs.Bob}`)).status).toBe(403);
    expect((await api(dave.id, "DELETE", `/api/projects/${board}/items/${jobs.Bob}`)).status).toBe(403);
    expect((await api(bob.id, "DELETE", `/api/projects/${board}/items/${jobs.Bob}`)).body).toEqual({
      changed: true,
    });
    expect((await api(bob.id, "GET", `/api/projects/${board}`)).body.creations).toEqual([]);
  });

  it("changes privacy by the bot's rules; a public project gets a working page link", async () => {
    const set = (who: number, project: number, privacy: string) =>
      api(who, "PUT", `/api/projects/${project}/privacy`, { privacy });
    expect(await set(carol.id, board, "public")).toMatchObject({ status: 403, body: { code: "forbidden" } });
    expect((await set(bob.id, board, "private")).status).toBe(403);
    expect((await set(dave.id, board, "public")).status).toBe(404);
    expect((await set(bob.id, bobs, "team")).body.code).toBe("team_privacy_personal");
    expect((await set(alice.id, board, "sideways")).status).toBe(400);

    expect(
      (await api(bob.id, "POST", `/api/projects/${board}/items`, { creation_id: jobs.Bob })).status,
    ).toBe(200);
    const pub = await set(alice.id, board, "public");
    expect(pub.body.project).toMatchObject({ privacy: "public", can_manage: true });
    expect(pub.body.public_url).toMatch(/\/p\/[A-Za-z0-9_-]{22}$/);
    const page = await fetch(pub.body.public_url);
    expect(page.status).toBe(200);
    const priv = await set(alice.id, board, "private");
    expect(priv.body.public_url).toBeNull();
    expect((await fetch(pub.body.public_url)).status).toBe(404);
    // Private team project: the viewer no longer sees it.
    expect((await api(carol.id, "GET", "/api/projects")).body.projects).toEqual([]);
    const log = await api(alice.id, "GET", `/api/teams/${studio}/log`);
    expect(log.body.entries[0].action).toBe("privacy_changed");
  });

  it("describes the new endpoints in the OpenAPI document", async () => {
    const doc = (await (await fetch(`${s.h.base}/api/openapi.json`)).json()) as Json;
    for (const path of [
      "/api/teams",
      "/api/teams/{id}/members",
      "/api/teams/{id}/log",
      "/api/projects",
      "/api/projects/{id}",
      "/api/projects/{id}/items",
      "/api/projects/{id}/items/{job}",
      "/api/projects/{id}/privacy",
    ])
      expect(Object.keys(doc.paths)).toContain(path);
  });
});
