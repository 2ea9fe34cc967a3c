/**
 * A team's group and its projects through the bot: /imagine in a linked group is paid by the pool,
 * posted to the group with its buttons and filed in the team's project; /balance shows both kinds
 * of credits; details say who made what from what; remix and /edit record their parent; /project
 * add and /transfer work as replies; a public project's page shows its media and nothing else.
 */
import type { Message } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TINY_PNG } from "../fakes/fal-server.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import {
  ask,
  buttons,
  imagine,
  person,
  plain,
  press,
  sentMessage,
  startTeamStack,
  type TeamStack,
  tokenIn,
} from "./setup.ts";

let s: TeamStack;
beforeAll(async () => {
  s = await startTeamStack();
});
afterAll(async () => {
  await s?.h.stop();
  await s?.fal.close();
  await dropFreshDatabases();
});

const GROUP = -1_009_000_000_201;
const owner = person(8101, "Olga");
const editor = person(8102, "Ezra");
const stranger = person(8103, "Sam");
const prisma = () => s.h.app.db.prisma;
const rt = () => s.h.app.runtime;
let teamId = 0;
let result: Message;

describe("a team's group", () => {
  it("/imagine in a linked group is paid by the pool and posted to the group, filed in the team's project", async () => {
    await ask(s.h, owner, "team", "new Makers");
    teamId = (await prisma().team.findFirstOrThrow({ where: { name: "Makers" } })).id;
    const link = await ask(s.h, owner, "team", "invite editor");
    await ask(s.h, editor, "start", `join_${tokenIn(link)}`);
    await ask(s.h, owner, "team", "topup 100");
    s.h.tg.setChatMember(GROUP, owner.id, "creator");
    expect(await ask(s.h, owner, "team", "link Posters", GROUP)).toMatch(
      /linked to Makers.*project Posters/s,
    );

    const before = s.h.tg.calls.length;
    await imagine(s.h, editor, "a team poster", GROUP);
    const photo = await s.h.nextCall("sendPhoto", GROUP, before, 15_000);
    result = sentMessage(photo);
    const data = buttons(photo).map((b) => b.data);
    const job = await prisma().generationJob.findFirstOrThrow({ where: { userId: BigInt(editor.id) } });
    expect(data).toEqual(expect.arrayContaining([`pj:a:${job.id}`, `pj:i:${job.id}`, `pj:r:${job.id}`]));
    expect(data.every((d) => Buffer.byteLength(d) <= 64)).toBe(true);
    await eventually(
      async () =>
        (await prisma().generationJob.findUnique({ where: { id: job.id } }))?.status === "completed",
    );
    expect(Number(job.payerAccount)).toBe(-teamId);
    expect(await rt().credits.balance(-teamId)).toBe(50);
    expect(await rt().credits.balance(editor.id)).toBe(100);
    const project = await prisma().project.findFirstOrThrow({ where: { teamId, name: "Posters" } });
    expect(await prisma().projectItem.count({ where: { projectId: project.id, jobId: job.id } })).toBe(1);
    // The spending is in the team's log, naming the member.
    expect(await ask(s.h, owner, "team", "log")).toMatch(/Ezra \(@ezra\) spent 50 on a creation/);

    // Someone outside the team is told why the team does not pay, and nothing is charged.
    const picker = await imagine(s.h, stranger, "not mine", GROUP);
    await eventually(
      () =>
        /not a member/.test(
          String(s.h.tg.messages(GROUP).find((m) => m.message_id === picker.message_id)?.text),
        ),
      15_000,
    );
    expect(await rt().credits.balance(stranger.id)).toBe(100);
    expect(await rt().credits.balance(-teamId)).toBe(50);
  });

  it("/balance shows the user's own credits and each team's pool", async () => {
    const text = await ask(s.h, editor, "balance");
    expect(text).toMatch(/100/);
    expect(text).toMatch(/Makers \(you're editor\): 50 credits in the pool/);
  });

  it("details say who made it with which model; remix and /edit record what they were made from", async () => {
    const job = await prisma().generationJob.findFirstOrThrow({ where: { userId: BigInt(editor.id) } });
    const before = s.h.tg.calls.length;
    await press(s.h, owner, `pj:i:${job.id}`, result);
    const details = plain(String((await s.h.nextCall("sendMessage", GROUP, before, 10_000)).payload.text));
    expect(details).toMatch(/FLUX1.1 \[pro\] ultra · made by Ezra \(@ezra\)/);
    expect(details).toMatch(/an original, made from a prompt/);
    expect(details).toMatch(/paid by Makers/);

    const remixStart = s.h.tg.calls.length;
    await press(s.h, editor, `pj:r:${job.id}`, result);
    await s.h.nextCall("sendPhoto", GROUP, remixStart, 15_000);
    const remix = await prisma().generationJob.findFirstOrThrow({ where: { parentJobId: job.id } });
    expect(remix.prompt).toBe("a team poster");
    expect(Number(remix.payerAccount)).toBe(-teamId);
    expect(await rt().credits.balance(-teamId)).toBe(0);

    // /edit as a reply to the creation (paid by the editor in a private chat) names it as the parent.
    const fileId = s.h.tg.registerFile(TINY_PNG, "image/png");
    const photoResult = { ...result, photo: [{ file_id: fileId, file_unique_id: "u", width: 1, height: 1 }] };
    const editStart = s.h.tg.calls.length;
    await ask(s.h, editor, "edit", "make it blue", undefined, photoResult as Message).catch(() => "");
    const picker = s.h.tg
      .callsOf("sendMessage")
      .slice(0)
      .reverse()
      .find(
        (c) => Number(c.payload.chat_id) === editor.id && buttons(c).some((b) => b.data.startsWith("g:go:")),
      );
    expect(picker).toBeDefined();
    await press(
      s.h,
      editor,
      buttons(picker!).find((b) => b.data.startsWith("g:go:"))!.data,
      sentMessage(picker!),
    );
    await s.h.nextCall("sendPhoto", editor.id, editStart, 15_000);
    const edit = await prisma().generationJob.findFirstOrThrow({ where: { prompt: "make it blue" } });
    expect(edit.parentJobId).toBe(job.id);
    expect(edit.payerAccount).toBeNull();

    const detailStart = s.h.tg.calls.length;
    await press(s.h, editor, `pj:i:${edit.id}`);
    const editDetails = plain(
      String((await s.h.nextCall("sendMessage", editor.id, detailStart, 10_000)).payload.text),
    );
    expect(editDetails).toMatch(/made from a FLUX1.1 \[pro\] ultra creation by Ezra/);
    expect(editDetails).toMatch(/“a team poster”/);
  });

  it("/project add and /transfer work as replies to a creation", async () => {
    const job = await prisma().generationJob.findFirstOrThrow({
      where: { userId: BigInt(editor.id), parentJobId: null },
    });
    expect(await ask(s.h, editor, "project", "new Mine")).toMatch(/Project Mine created/);
    expect(await ask(s.h, editor, "project", "add Mine", GROUP, result)).toMatch(/Added to Mine/);
    expect(await ask(s.h, editor, "project", "add Mine", GROUP, result)).toMatch(/already in Mine/);
    // Someone else's creation cannot go into one's personal project.
    await ask(s.h, owner, "project", "new Olgas");
    expect(await ask(s.h, owner, "project", "add Olgas", GROUP, result)).toMatch(/isn't yours/);
    expect(await ask(s.h, stranger, "transfer", "@olga", GROUP, result)).toMatch(/isn't yours/);

    expect(await ask(s.h, editor, "transfer", "@olga", GROUP, result)).toMatch(/It's Olga \(@olga\)'s now/);
    const moved = await prisma().generationJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(Number(moved.ownerId)).toBe(owner.id);
    expect(await prisma().creationTransfer.count({ where: { jobId: job.id } })).toBe(1);
    expect(await ask(s.h, owner, "history")).toMatch(/a team poster/);
    expect(await ask(s.h, owner, "team", "log")).toMatch(/Ezra \(@ezra\) gave a creation to Olga/);
    expect(await ask(s.h, stranger, "transfer", "@ezra", GROUP, result)).toMatch(/isn't yours/);
  });

  it("a public project's page shows its images and nothing else; a change of privacy retires the link", async () => {
    const listing = await ask(s.h, editor, "projects");
    // The remix made in the group was filed there too.
    expect(listing).toMatch(/Posters · 2 creations · team · 👥 Makers/);
    expect(await ask(s.h, editor, "project", "privacy Posters public")).toMatch(/doesn't allow/);
    const made = await ask(s.h, owner, "project", "privacy Posters public");
    const url = /(http:\/\/\S+\/p\/[A-Za-z0-9_-]{22})/.exec(made)?.[1];
    expect(url, made).toBeDefined();
    const res = await fetch(url!, { headers: { "accept-language": "de-DE,de;q=0.9" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    const html = await res.text();
    expect(html).toMatch(/<html lang="de"/);
    const job = await prisma().generationJob.findFirstOrThrow({
      where: { userId: BigInt(editor.id), parentJobId: null },
    });
    const image = (job.result as { images: { url: string }[] }).images[0]!.url;
    expect(html).toContain(`<img src="${image.replace(/&/g, "&amp;")}"`);
    for (const secret of [
      "a team poster",
      "Ezra",
      "ezra",
      String(editor.id),
      String(owner.id),
      "Makers",
      "Posters",
      job.id,
    ])
      expect(html).not.toContain(secret);
    expect(html).not.toMatch(/<script/i);

    await ask(s.h, owner, "project", "privacy Posters team");
    expect((await fetch(url!)).status).toBe(404);
    expect((await fetch(`${s.h.base}/p/not-a-token`)).status).toBe(404);
  });
});
