/** /export and /deletedata through the fake Bot API, checked against the database. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrivacyService } from "../../src/services/privacy.ts";
import { callbackQuery, command, groupText, privateText } from "../fakes/updates.ts";
import { buttons, sentMessage } from "../generation/setup.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { creationRow } from "../helpers/mini-app.ts";
import { type ProdStack, startProdStack } from "./stack.ts";

let s: ProdStack;
beforeAll(async () => {
  s = await startProdStack({ mode: "polling" });
});
afterAll(async () => {
  await s?.stop();
  await dropFreshDatabases();
});

const sends = (method: string, chatId: number) =>
  s.tg.callsOf(method).filter((c) => c.ok && Number(c.payload.chat_id) === chatId);

async function talk(userId: number, text: string) {
  const before = sends("sendMessage", userId).length;
  await s.tg.dispatchUpdate(privateText(text, { userId }));
  await eventually(() => sends("sendMessage", userId).length > before);
}

async function exportOf(userId: number) {
  const before = sends("sendDocument", userId).length;
  await s.tg.dispatchUpdate(command("export", undefined, { userId }));
  const call = await eventually(() => sends("sendDocument", userId)[before]);
  const fileId = (call.result as { document: { file_id: string } }).document.file_id;
  return JSON.parse(Buffer.from(s.tg.file(fileId)?.bytes ?? []).toString("utf8"));
}

const count = async (table: string, where: string) =>
  Number(
    (
      (await s.app.db.prisma.$queryRawUnsafe(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`)) as {
        n: number;
      }[]
    )[0]!.n,
  );

async function askDelete(userId: number) {
  const before = sends("sendMessage", userId).length;
  await s.tg.dispatchUpdate(command("deletedata", undefined, { userId }));
  const prompt = await eventually(() => sends("sendMessage", userId)[before]);
  return { prompt, data: buttons(prompt).map((b) => b.data) };
}

describe("/export", () => {
  it("sends the user's own data as a JSON document, and nobody else's", async () => {
    await talk(6101, "My name is Dana and I love rock climbing in the Alps.");
    await talk(6101, "My sister Mia is a doctor.");
    await talk(6102, "I am someone else entirely, my cat is called Biscuit.");
    await eventually(async () => (await count("memories", "user_id = 6101")) > 0);
    const data = await exportOf(6101);
    expect(data.format).toBe("velro-user-export");
    expect(data.user_id).toBe(6101);
    expect(data.profile.firstName).toBe("Alice");
    expect(data.messages.map((m: { content: string }) => m.content)).toContain("My sister Mia is a doctor.");
    expect(data.messages.some((m: { role: string }) => m.role === "assistant")).toBe(true);
    expect(data.memories.length).toBeGreaterThan(0);
    expect(data.mind_states.length).toBe(1);
    expect(data.credits).toHaveProperty("entries");
    expect(JSON.stringify(data)).not.toContain("Biscuit");
  });

  it("is refused in groups", async () => {
    await s.tg.dispatchUpdate(command("export", undefined, { userId: 6101, chatId: -100777 }));
    const reply = await eventually(() => sends("sendMessage", -100777)[0]);
    expect(String(reply.payload.text)).toContain("private chat");
    expect(sends("sendDocument", -100777)).toHaveLength(0);
  });
});

describe("/deletedata", () => {
  it("deletes nothing on cancel, or when someone else presses the button", async () => {
    const { prompt, data } = await askDelete(6101);
    expect(data).toEqual(["privacy:del:6101", "privacy:cancel"]);
    await s.tg.dispatchUpdate(callbackQuery(data[0]!, { userId: 6102, message: sentMessage(prompt) }));
    await s.tg.dispatchUpdate(callbackQuery(data[1]!, { userId: 6101, message: sentMessage(prompt) }));
    await eventually(() => s.tg.callsOf("answerCallbackQuery").length >= 2);
    expect(await count("users", "id = 6101")).toBe(1);
    expect(await count("memories", "user_id = 6101")).toBeGreaterThan(0);
  });

  it("erases profile, memories, mind state and history after confirmation, keeping the ledger", async () => {
    await s.tg.dispatchUpdate(
      groupText("hello group, I am Dana", { userId: 6101, chatId: -100888, mention: true }),
    );
    await eventually(() => sends("sendMessage", -100888).length > 0);
    await eventually(async () => (await count("messages", "user_id = 6101")) >= 3);
    const balance = await s.app.runtime.credits.balance(6101);
    const { prompt, data } = await askDelete(6101);
    await s.tg.dispatchUpdate(callbackQuery(data[0]!, { userId: 6101, message: sentMessage(prompt) }));
    await eventually(() =>
      s.tg.callsOf("editMessageText").some((c) => String(c.payload.text).includes("has been deleted")),
    );
    expect(await count("users", "id = 6101")).toBe(0);
    expect(await count("memories", "user_id = 6101")).toBe(0);
    expect(await count("mind_states", "user_id = 6101")).toBe(0);
    expect(await count("messages", "user_id = 6101")).toBe(0);
    expect(await count("chats", "id = 6101")).toBe(0);
    // Financial records stay, and still reconcile.
    expect(await count("credit_entries", "user_id = 6101")).toBeGreaterThan(0);
    expect(await s.app.runtime.credits.balance(6101)).toBe(balance);
    expect((await s.app.runtime.credits.reconcile()).mismatches).toEqual([]);
    // The other user is untouched.
    expect(await count("memories", "user_id = 6102")).toBeGreaterThan(0);
  });

  it("lets the user start over as a stranger, with nothing remembered", async () => {
    await talk(6101, "hi again");
    expect(await count("users", "id = 6101")).toBe(1);
    const data = await exportOf(6101);
    expect(JSON.stringify(data.memories)).not.toContain("climbing");
    expect(data.messages.map((m: { content: string }) => m.content)).not.toContain(
      "My sister Mia is a doctor.",
    );
  });
});

/**
 * Everything added beside the chat: teams (with a team handed over and a team written off),
 * projects, creation hand-overs, outreach, voice replies, engine settings, albums, mood by day.
 */
describe("/export and /deletedata with teams, outreach and voice", () => {
  const ME = 6201;
  const ADMIN = 6202;
  const EDITOR = 6203;
  const LATER_ADMIN = 6204;
  const ids = { atelier: 0, solo: 0, board: 0, mine: 0, myJob: "", adminJob: "" };
  const db = () => s.app.db.prisma;
  const teams = () => s.app.runtime.teams;

  async function join(owner: number, who: number, role: "admin" | "editor") {
    const inv = await teams().members.invite(owner, role);
    if (!inv.ok) throw new Error(`no invitation: ${inv.error}`);
    expect((await teams().members.join(who, inv.token)).ok).toBe(true);
  }

  beforeAll(async () => {
    for (const who of [ME, ADMIN, EDITOR, LATER_ADMIN]) await talk(who, "hello there");
    // A team only the user is in, with 30 credits in its pool.
    const solo = await teams().members.create(ME, "Solo");
    if (!solo.ok) throw new Error("no team");
    ids.solo = solo.teamId;
    expect((await teams().pool.topup(ME, 30, "privacy-test-topup")).ok).toBe(true);
    // A team with others: the editor joined first, then two admins; the earlier admin inherits.
    const atelier = await teams().members.create(ME, "Atelier");
    if (!atelier.ok) throw new Error("no team");
    ids.atelier = atelier.teamId;
    await join(ME, EDITOR, "editor");
    await join(ME, ADMIN, "admin");
    await join(ME, LATER_ADMIN, "admin");
    const board = await teams().projects.create(ME, "Board", true);
    const mine = await teams().projects.create(ME, "Mine", false);
    if (!board.ok || !mine.ok) throw new Error("no projects");
    ids.board = board.project.id;
    ids.mine = mine.project.id;
    const at = new Date();
    const myJob = creationRow({ userId: ME, prompt: "my fox", status: "completed", at });
    const adminJob = creationRow({ userId: ADMIN, prompt: "admin's owl", status: "completed", at });
    await db().generationJob.createMany({ data: [myJob, adminJob] });
    ids.myJob = myJob.id;
    ids.adminJob = adminJob.id;
    expect((await teams().projects.add(ME, ids.board, myJob.id)).ok).toBe(true);
    expect((await teams().projects.add(ADMIN, ids.board, adminJob.id)).ok).toBe(true);
    expect((await teams().projects.add(ME, ids.mine, myJob.id)).ok).toBe(true);
    await db().creationTransfer.create({
      data: { jobId: adminJob.id, fromId: BigInt(ADMIN), toId: BigInt(ME) },
    });
    // Outreach, voice, engine settings, an album, a mood day, a pinned memory.
    const me = BigInt(ME);
    await db().user.update({ where: { id: me }, data: { voiceReplies: true } });
    await db().outreachSettings.create({ data: { userId: me, timeZone: "Europe/Berlin", diary: true } });
    const job = await db().scheduledJob.create({
      data: { kind: "checkin", userId: me, chatId: me, dueAt: at, idempotencyKey: `privacy-${ME}` },
    });
    await db().checkinTopic.create({ data: { jobId: job.id, userId: me, stems: "climb" } });
    await db().diaryEntry.create({
      data: { userId: me, day: "2026-12-03", summary: "talked about climbing" },
    });
    await db().voiceReply.create({ data: { chatId: me, sourceMessageId: 1, userId: me, status: "sent" } });
    await db().engineSettings.create({ data: { userId: me, feelingButton: true } });
    await db().mediaGroup.create({
      data: { chatId: me, mediaGroupId: "album-1", leaderMessageId: 1, messages: "[]" },
    });
    await db().moodDay.createMany({
      data: [{ userId: me, chatId: me, day: new Date("2026-11-30"), samples: 1 }],
    });
    await db().memory.create({
      data: {
        id: `pinned-${ME}`,
        userId: me,
        room: "facts",
        text: "loves the Alps",
        speaker: "user",
        kind: "fact",
        createdAt: at,
        updatedAt: at,
        salience: 0.9,
        pinned: true,
      },
    });
  }, 120_000);

  it("exports the teams, projects, outreach, voice and engine rows", async () => {
    const data = await exportOf(ME);
    expect(data.version).toBe(2);
    expect(data.profile.voiceReplies).toBe(true);
    expect(data.memories.some((m: { pinned: boolean }) => m.pinned)).toBe(true);
    const t = data.teams;
    expect(t.memberships.map((m: { team: string; role: string }) => `${m.team}:${m.role}`).sort()).toEqual([
      "Atelier:owner",
      "Solo:owner",
    ]);
    expect(t.teams_owned).toHaveLength(2);
    expect(t.invites_created).toHaveLength(3);
    expect(JSON.stringify(t.invites_created)).not.toContain("tokenHash");
    expect(t.audit_entries.length).toBeGreaterThanOrEqual(5);
    expect(t.projects.map((p: { name: string }) => p.name).sort()).toEqual(["Board", "Mine"]);
    expect(t.project_items_added).toHaveLength(2);
    expect(t.creation_transfers).toHaveLength(1);
    expect(data.outreach.settings.timeZone).toBe("Europe/Berlin");
    expect(data.outreach.scheduled_messages).toHaveLength(1);
    expect(data.outreach.checkin_topics).toHaveLength(1);
    expect(data.outreach.diary[0].summary).toBe("talked about climbing");
    expect(data.voice_replies).toHaveLength(1);
    expect(data.engine_settings.feelingButton).toBe(true);
    expect(data.media_groups).toHaveLength(1);
    expect(data.mood_days.length).toBeGreaterThanOrEqual(1);
    // Another member's data is not in it.
    expect(JSON.stringify(data)).not.toContain("admin's owl");
  });

  it("rolls back completely when the erase fails half-way", async () => {
    const failing = createPrivacyService({
      prisma: db(),
      cache: s.app.cache,
      ledger: {
        ...s.app.runtime.credits,
        applyInTx: async () => {
          throw new Error("killed mid-way");
        },
      },
    });
    await expect(failing.erase(ME)).rejects.toThrow("killed mid-way");
    expect(await count("users", `id = ${ME}`)).toBe(1);
    expect(await count("teams", `id = ${ids.atelier} AND owner_id = ${ME}`)).toBe(1);
    expect(await count("team_members", `user_id = ${ME}`)).toBe(2);
  });

  it("hands a team over, writes a lone team off, and leaves no row naming the user", async () => {
    const pool = -ids.solo;
    expect(await s.app.runtime.credits.balance(pool)).toBe(30);
    const { prompt, data } = await askDelete(ME);
    // The confirmation says what becomes of the teams the user owns.
    expect(String(prompt.payload.text)).toContain("passes to its longest-standing admin");
    expect(String(prompt.payload.text)).toContain("credits left in its pool (30) are lost");
    await s.tg.dispatchUpdate(callbackQuery(data[0]!, { userId: ME, message: sentMessage(prompt) }));
    await eventually(() =>
      sends("editMessageText", ME).some((c) => String(c.payload.text).includes("has been deleted")),
    );
    // The earliest admin owns Atelier now; the audit line says so without naming the user.
    expect(await count("teams", `id = ${ids.atelier} AND owner_id = ${ADMIN} AND deleted_at IS NULL`)).toBe(
      1,
    );
    expect(
      await count("team_members", `team_id = ${ids.atelier} AND user_id = ${ADMIN} AND role = 'owner'`),
    ).toBe(1);
    expect(await count("team_members", `team_id = ${ids.atelier}`)).toBe(3);
    expect(
      await count(
        "team_audit",
        `team_id = ${ids.atelier} AND action = 'ownership_transferred' AND actor_id IS NULL AND target_id = ${ADMIN}`,
      ),
    ).toBe(1);
    expect(await count("team_audit", `team_id = ${ids.atelier} AND action = 'project_created'`)).toBe(1);
    // The team's project stays, with the new owner; only the user's creation left it.
    expect(await count("projects", `id = ${ids.board} AND owner_id = ${ADMIN}`)).toBe(1);
    expect(await count("project_items", `project_id = ${ids.board}`)).toBe(1);
    expect(await count("project_items", `job_id = '${ids.adminJob}'`)).toBe(1);
    expect(await count("projects", `id = ${ids.mine}`)).toBe(0);
    // The lone team is deleted and its pool written off through the ledger, logged in the team.
    expect(await count("teams", `id = ${ids.solo} AND deleted_at IS NOT NULL`)).toBe(1);
    expect(await s.app.runtime.credits.balance(pool)).toBe(0);
    const [writeOff] = await s.app.runtime.credits.entries(pool, 1);
    expect(writeOff).toMatchObject({
      kind: "adjust",
      amount: -30,
      balanceAfter: 0,
      ref: `team-writeoff:${ids.solo}`,
    });
    expect(
      await count(
        "team_audit",
        `team_id = ${ids.solo} AND action = 'deleted' AND (detail->>'written_off')::int = 30`,
      ),
    ).toBe(1);
    expect((await s.app.runtime.credits.reconcile()).mismatches).toEqual([]);
    await expectNoRowNaming(ME);
    // The others keep their data.
    expect(await count("users", `id = ${ADMIN}`)).toBe(1);
    expect(await count("generation_jobs", `id = '${ids.adminJob}'`)).toBe(1);
  });

  it("takes a plain member out of the team, logged without their name", async () => {
    const { prompt, data } = await askDelete(EDITOR);
    expect(String(prompt.payload.text)).not.toContain("longest-standing");
    await s.tg.dispatchUpdate(callbackQuery(data[0]!, { userId: EDITOR, message: sentMessage(prompt) }));
    await eventually(async () => (await count("users", `id = ${EDITOR}`)) === 0);
    expect(await count("team_members", `team_id = ${ids.atelier}`)).toBe(2);
    expect(
      await count("team_audit", `team_id = ${ids.atelier} AND action = 'member_left' AND actor_id IS NULL`),
    ).toBe(1);
    expect(await count("teams", `id = ${ids.atelier} AND owner_id = ${ADMIN}`)).toBe(1);
    await expectNoRowNaming(EDITOR);
  });

  it("does nothing harmful when run again", async () => {
    const privacy = createPrivacyService({ prisma: db(), cache: s.app.cache, ledger: s.app.runtime.credits });
    const before = await count("credit_entries", "true");
    const again = await privacy.erase(ME);
    expect(again.type).toBe("deleted");
    if (again.type === "deleted") expect(Object.values(again.counts).every((n) => n === 0)).toBe(true);
    expect(await count("credit_entries", "true")).toBe(before);
    expect(await count("teams", `id = ${ids.atelier} AND owner_id = ${ADMIN}`)).toBe(1);
    expect((await s.app.runtime.credits.reconcile()).mismatches).toEqual([]);
  });
});

/**
 * Every bigint column of every table, checked for the user's id. Kept on purpose (financial
 * records, see src/services/privacy.ts): the user's ledger account and entries, their Stars
 * payments, and pool entries naming them as the member who spent.
 */
async function expectNoRowNaming(userId: number) {
  const kept = new Set([
    "credit_accounts.user_id",
    "credit_entries.user_id",
    "credit_entries.member_id",
    "star_payments.user_id",
  ]);
  const cols = (await s.app.db.prisma.$queryRawUnsafe(
    `SELECT table_name::text AS table_name, column_name::text AS column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND data_type = 'bigint'
       AND column_name NOT IN ('update_id') AND (column_name <> 'id' OR table_name IN ('users', 'chats'))`,
  )) as { table_name: string; column_name: string }[];
  expect(cols.length).toBeGreaterThan(20);
  const left: string[] = [];
  for (const c of cols) {
    const name = `${c.table_name}.${c.column_name}`;
    if (kept.has(name) || c.table_name.startsWith("_")) continue;
    if ((await count(`"${c.table_name}"`, `"${c.column_name}" = ${userId}`)) > 0) left.push(name);
  }
  expect(left).toEqual([]);
}
