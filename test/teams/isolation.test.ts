/**
 * Teams through the real bot (fake Bot API, fake FAL, real database): who may do what, invitation
 * links that stop working (expired, used up, revoked), tokens that cannot be guessed and never
 * reach the log, a removed member losing access at once, and no command reaching another team's data.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken, newToken } from "../../src/services/teams/tokens.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import {
  ask,
  GROUP,
  imagine,
  person,
  press,
  sentMessage,
  startTeamStack,
  type TeamStack,
  tokenIn,
} from "./setup.ts";

let s: TeamStack;
beforeAll(async () => {
  s = await startTeamStack({ recordLogs: true });
});
afterAll(async () => {
  await s?.h.stop();
  await s?.fal.close();
  await dropFreshDatabases();
});

const alice = person(5101, "Alice");
const bob = person(5102, "Bob");
const carol = person(5103, "Carol");
const dave = person(5104, "Dave");
const eve = person(5105, "Eve");
const tokens: string[] = [];

const invite = async (args: string) => {
  const text = await ask(s.h, alice, "team", `invite ${args}`);
  const token = tokenIn(text);
  tokens.push(token);
  return { text, token, id: Number(/revoke (\d+)/.exec(text)?.[1]) };
};
const prisma = () => s.h.app.db.prisma;

describe("teams through the bot", () => {
  it("creates a team, invites by an unguessable link and joins with it", async () => {
    expect(await ask(s.h, alice, "team")).toMatch(/Teams.*share a pool/s);
    expect(await ask(s.h, alice, "team", "new Studio")).toMatch(/Team Studio is ready/);
    const { text, token } = await invite("viewer 2");
    expect(text).toContain(`https://t.me/velro_test_bot?start=join_${token}`);
    // 16 random bytes as base64url: 22 characters, and `join_<token>` fits a 64-character start payload.
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(16);
    expect(`join_${token}`.length).toBeLessThanOrEqual(64);
    // Only the hash is stored.
    const rows = await prisma().teamInvite.findMany();
    expect(rows.map((r) => r.tokenHash)).toEqual([hashToken(token)]);
    expect(JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(token);

    expect(await ask(s.h, bob, "start", `join_${token}`)).toMatch(/Welcome to Studio! You joined as viewer/);
    // The same link again (a re-run after a crash looks the same) welcomes again and takes no use.
    expect(await ask(s.h, bob, "start", `join_${token}`)).toMatch(/Welcome to Studio!/);
    expect((await prisma().teamInvite.findFirstOrThrow()).uses).toBe(1);
    const overview = await ask(s.h, bob, "team");
    expect(overview).toMatch(/Studio · you're viewer/);
    expect(overview).toMatch(/Alice \(@alice\) — owner/);
    expect(overview).toMatch(/Bob \(@bob\) — viewer/);
  });

  it("tokens are 128 random bits: no repeats, no pattern", () => {
    const many = Array.from({ length: 2000 }, () => newToken());
    expect(new Set(many).size).toBe(many.length);
    // Every base64url character appears in every position across 2000 tokens' worth of bits:
    // a counter or a timestamp would leave whole positions fixed.
    for (let pos = 0; pos < 21; pos++) expect(new Set(many.map((t) => t[pos])).size).toBeGreaterThan(40);
  });

  it("refuses used-up, expired and revoked invitations with the same answer", async () => {
    // Dave has talked to the bot before, so the answers below carry no first-time welcome.
    await ask(s.h, dave, "start");
    const once = await invite("editor 1");
    expect(await ask(s.h, carol, "start", `join_${once.token}`)).toMatch(/joined as editor/);
    const usedUp = await ask(s.h, dave, "start", `join_${once.token}`);
    expect(usedUp).toMatch(/doesn't work any more/);

    const old = await invite("editor");
    await prisma().teamInvite.update({
      where: { id: old.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await ask(s.h, dave, "start", `join_${old.token}`)).toBe(usedUp);

    const revoked = await invite("editor");
    expect(await ask(s.h, alice, "team", `revoke ${revoked.id}`)).toMatch(/no longer works/);
    expect(await ask(s.h, dave, "start", `join_${revoked.token}`)).toBe(usedUp);
    // A made-up token, and junk, get the same answer too.
    expect(await ask(s.h, dave, "start", `join_${newToken()}`)).toBe(usedUp);
    expect(await ask(s.h, dave, "start", "join_../../etc")).toBe(usedUp);
    expect(await prisma().teamMember.count({ where: { userId: BigInt(dave.id) } })).toBe(0);
  });

  it("a viewer cannot spend or manage; roles decide", async () => {
    expect(await ask(s.h, bob, "team", "topup 10")).toMatch(/role in Studio doesn't allow/);
    expect(await ask(s.h, bob, "team", "invite editor")).toMatch(/doesn't allow/);
    expect(await ask(s.h, bob, "team", "log")).toMatch(/doesn't allow/);
    expect(await ask(s.h, carol, "team", "role @bob admin")).toMatch(/doesn't allow/);
    expect(await ask(s.h, alice, "team", "topup 60")).toMatch(
      /60 moved into Studio's pool — it now holds 60/,
    );

    s.h.tg.setChatMember(GROUP, alice.id, "administrator");
    expect(await ask(s.h, carol, "team", "link", GROUP)).toMatch(/Only the group's admins/);
    expect(await ask(s.h, alice, "team", "link", GROUP)).toMatch(/linked to Studio/);
    const picker = await imagine(s.h, bob, "a viewer's fox", GROUP);
    await eventually(() => /viewer in Studio/.test(statusOf(picker.message_id)), 15_000);
    expect(await pool()).toBe(60);
  });

  it("a removed member loses access at once", async () => {
    expect(await ask(s.h, alice, "team", "role @carol editor")).toMatch(/Carol \(@carol\) is now editor/);
    const first = await imagine(s.h, carol, "an editor's fox", GROUP);
    await s.h.nextCall("sendPhoto", GROUP, 0, 15_000);
    expect(statusOf(first.message_id)).toMatch(/Done/);
    expect(await pool()).toBe(10);
    expect(await ask(s.h, alice, "team", "remove @carol")).toMatch(/no longer in Studio/);
    const second = await imagine(s.h, carol, "another fox", GROUP);
    await eventually(() => /not a member/.test(statusOf(second.message_id)), 15_000);
    expect(await ask(s.h, carol, "team")).toMatch(/Teams.*share a pool/s);
    expect(await pool()).toBe(10);
  });

  it("no command reaches another team's data", async () => {
    expect(await ask(s.h, eve, "team", "new Other")).toMatch(/Team Other is ready/);
    expect(await ask(s.h, eve, "team", "role @bob editor")).toMatch(/couldn't find that member/);
    expect(await ask(s.h, eve, "team", "cap @alice 5")).toMatch(/couldn't find that member/);
    expect(await ask(s.h, eve, "team", "remove @bob")).toMatch(/couldn't find that member/);
    expect(await ask(s.h, eve, "team", "use Studio")).toMatch(/not in a team called Studio/);
    expect(await ask(s.h, eve, "team", `use ${await teamId()}`)).toMatch(/not in a team called/);
    const log = await ask(s.h, eve, "team", "log");
    expect(log).toMatch(/Other/);
    expect(log).not.toMatch(/Alice|Bob|Studio/);
    expect(await ask(s.h, eve, "projects", "Test Group")).toMatch(/don't see a project/);
    expect(await ask(s.h, eve, "team", "revoke all")).toMatch(/no open invitation/);
    // Buttons carry ids; another team's ids get nowhere.
    const job = await prisma().generationJob.findFirstOrThrow({ where: { userId: BigInt(carol.id) } });
    const before = s.h.tg.calls.length;
    await press(s.h, eve, `pj:i:${job.id}`, sentMessage(await s.h.nextCall("sendPhoto", GROUP, 0)));
    const toast = await s.h.tg.waitFor((c) => c.method === "answerCallbackQuery", 10_000, before);
    expect(String(toast.payload.text)).toMatch(/isn't visible to you/);
    const before2 = s.h.tg.calls.length;
    await press(s.h, eve, `tb:${await teamId()}`);
    const refusal = await s.h.nextCall("sendMessage", eve.id, before2, 10_000).catch(() => null);
    expect(String(refusal?.payload.text ?? "")).toMatch(/Only the team's owner and admins/);
    // And the other team's audit log is untouched by all this.
    expect(
      await prisma().teamAudit.count({ where: { teamId: await teamId(), actorId: BigInt(eve.id) } }),
    ).toBe(0);
  });

  it("logs never carry an invitation token", async () => {
    await s.h.idle();
    expect(tokens.length).toBeGreaterThan(3);
    expect(s.h.lines.length).toBeGreaterThan(10);
    for (const token of tokens) expect(s.h.lines.filter((l) => l.includes(token))).toEqual([]);
    expect(s.h.lines.some((l) => l.includes("invitation link opened"))).toBe(true);
  });
});

/** The Studio team's id. */
const teamId = async () => (await prisma().team.findFirstOrThrow({ where: { name: "Studio" } })).id;
/** The Studio pool's balance. */
const pool = async () => s.h.app.runtime.credits.balance(-(await teamId()));
const statusOf = (messageId: number) =>
  String(s.h.tg.messages(GROUP).find((m) => m.message_id === messageId)?.text ?? "");
