/** /imagine, /video and /edit end to end: fake Bot API → app → real FAL client → fake FAL. */
import type { Message, Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentPolicy, runnerError, TINY_PNG } from "../fakes/fal-server.ts";
import { callbackQuery, command, privateText } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { buttons, type GenStack, sentMessage, startGenStack } from "./setup.ts";

let s: GenStack;
beforeAll(async () => {
  s = await startGenStack();
});
afterAll(async () => {
  await s?.h.stop();
  await s?.fal.close();
  await dropFreshDatabases();
});

const balanceOf = async (userId: number) =>
  (await s.h.app.db.prisma.creditAccount.findUnique({ where: { userId: BigInt(userId) } }))?.balance;

/** Sends a command, taps "Create" on the picker and returns the picker message. */
async function create(userId: number, update: Update): Promise<Message> {
  const before = s.h.tg.calls.length;
  await s.h.send(update);
  const picker = await s.h.nextCall("sendMessage", userId, before);
  const go = buttons(picker).find((b) => b.data.startsWith("g:go:"));
  expect(go, "picker has a Create button").toBeDefined();
  await s.h.send(callbackQuery(go!.data, { userId, message: sentMessage(picker) }));
  return sentMessage(picker);
}

const statusText = (userId: number, messageId: number) =>
  String(s.h.tg.messages(userId).find((m) => m.message_id === messageId)?.text ?? "");

describe("generation through the bot", () => {
  it("/imagine: picker, one edited status message, the photo, and 50 credits captured", async () => {
    const user = 4101;
    const before = s.h.tg.calls.length;
    const picker = await create(user, command("imagine", "a fox in the snow", { userId: user }));
    const photo = await s.h.nextCall("sendPhoto", user, before, 15_000);
    expect(String(photo.payload.caption)).toContain("a fox in the snow");
    expect(statusText(user, picker.message_id)).toMatch(/Done — 50 credits/);
    const edits = s.h.tg.callsOf("editMessageText").filter((c) => c.payload.message_id === picker.message_id);
    expect(edits.some((c) => /queue|Creating/.test(String(c.payload.text)))).toBe(true);
    expect(await balanceOf(user)).toBe(50);
    const job = s.fal.jobs.get([...s.fal.jobs.keys()].at(-1)!)!;
    expect(job.endpoint).toBe("fal-ai/flux-pro/v1.1-ultra");
    expect(job.input).toMatchObject({ prompt: "a fox in the snow", aspect_ratio: "1:1" });
    const kinds = (
      await s.h.app.db.prisma.creditEntry.findMany({
        where: { userId: BigInt(user) },
        orderBy: { id: "asc" },
      })
    ).map((e) => e.kind);
    expect(kinds).toEqual(["grant", "reserve", "capture"]);
  });

  it("remembers the model and aspect ratio chosen with the buttons", async () => {
    const user = 4102;
    const before = s.h.tg.calls.length;
    await s.h.send(command("imagine", "a lighthouse", { userId: user }));
    const picker = await s.h.nextCall("sendMessage", user, before);
    const imagen = buttons(picker).find((b) => b.data.endsWith(":imagen4-ultra"))!;
    await s.h.send(callbackQuery(imagen.data, { userId: user, message: sentMessage(picker) }));
    await eventually(() => /Imagen 4 Ultra — 45/.test(statusText(user, sentMessage(picker).message_id)));
    const wide = buttons(picker).find((b) => b.data.startsWith("g:a:") && b.data.endsWith(":16:9"))!;
    await s.h.send(callbackQuery(wide.data, { userId: user, message: sentMessage(picker) }));
    await eventually(() => /Aspect ratio: 16:9/.test(statusText(user, sentMessage(picker).message_id)));
    const next = s.h.tg.calls.length;
    await s.h.send(command("imagine", "another lighthouse", { userId: user }));
    const second = await s.h.nextCall("sendMessage", user, next);
    expect(String(second.payload.text)).toMatch(/Imagen 4 Ultra[\s\S]*Aspect ratio: 16:9/);
  });

  it("/video delivers a video and charges the video price", async () => {
    const user = 4103;
    await s.h.app.runtime.credits.apply({ userId: user, kind: "adjust", amount: 1000, ref: "t:4103" });
    const before = s.h.tg.calls.length;
    await create(user, command("video", "waves at sunset", { userId: user }));
    const video = await s.h.nextCall("sendVideo", user, before, 15_000);
    expect(String(video.payload.caption)).toContain("waves at sunset");
    expect(await balanceOf(user)).toBe(1100 - 500);
  });

  it("/edit uploads the Telegram photo to FAL storage and sends FAL only the storage URL", async () => {
    const user = 4104;
    const fileId = s.h.tg.registerFile(TINY_PNG, "image/png");
    const update = command("edit", "make it snowy", { userId: user });
    update.message!.reply_to_message = {
      message_id: 1,
      date: 1,
      chat: update.message!.chat,
      photo: [{ file_id: fileId, file_unique_id: "u1", width: 1, height: 1 }],
    } as NonNullable<Message["reply_to_message"]>;
    const before = s.h.tg.calls.length;
    await create(user, update);
    await s.h.nextCall("sendPhoto", user, before, 15_000);
    const job = [...s.fal.jobs.values()].find((j) => j.input.prompt === "make it snowy")!;
    expect(job.endpoint).toBe("fal-ai/flux-pro/kontext/max");
    const imageUrl = String(job.input.image_url);
    expect(imageUrl.startsWith(`${s.fal.base}/files/`)).toBe(true);
    expect(imageUrl).not.toContain(s.h.tg.token);
    expect(s.fal.files.get(imageUrl.split("/files/")[1]!)?.bytes.equals(TINY_PNG)).toBe(true);
    expect(s.fal.requests.every((r) => !r.body.includes(s.h.tg.token))).toBe(true);
    expect(await balanceOf(user)).toBe(40);
  });

  it("a failed job releases the credits and tells the user", async () => {
    const user = 4105;
    s.fal.setScript(() => ({ outcome: runnerError() }));
    try {
      const picker = await create(user, command("imagine", "a castle", { userId: user }));
      await eventually(() => /service had a problem/.test(statusText(user, picker.message_id)), 15_000);
      expect(await balanceOf(user)).toBe(100);
      const job = await s.h.app.db.prisma.generationJob.findFirst({ where: { userId: BigInt(user) } });
      expect(job?.status).toBe("failed");
    } finally {
      s.fal.setScript(() => ({}));
    }
  });

  it("a content-policy rejection is explained in plain words and refunded", async () => {
    const user = 4106;
    s.fal.setScript(() => ({ outcome: contentPolicy() }));
    try {
      const picker = await create(user, command("imagine", "something forbidden", { userId: user }));
      await eventually(() => /safety filter refused/.test(statusText(user, picker.message_id)), 15_000);
      expect(await balanceOf(user)).toBe(100);
      const kinds = (
        await s.h.app.db.prisma.creditEntry.findMany({
          where: { userId: BigInt(user) },
          orderBy: { id: "asc" },
        })
      ).map((e) => e.kind);
      expect(kinds).toEqual(["grant", "reserve", "release"]);
    } finally {
      s.fal.setScript(() => ({}));
    }
  });

  it("refuses clearly when the balance is too low, charging nothing", async () => {
    const user = 4107;
    const picker = await create(user, command("video", "a dragon", { userId: user }));
    await eventually(() => /costs 500 credits and you have 100/.test(statusText(user, picker.message_id)));
    expect(await balanceOf(user)).toBe(100);
  });

  it("offers a natural request as a one-tap /imagine", async () => {
    const user = 4108;
    const before = s.h.tg.calls.length;
    await s.h.send(privateText("draw me a fox in the snow", { userId: user }));
    const offer = await s.h.nextCall("sendMessage", user, before);
    const tap = buttons(offer)[0]!;
    expect(tap.text).toContain("/imagine a fox in the snow");
    const next = s.h.tg.calls.length;
    await s.h.send(callbackQuery(tap.data, { userId: user, message: sentMessage(offer) }));
    await eventually(() =>
      /Create an image[\s\S]*a fox in the snow/.test(statusText(user, sentMessage(offer).message_id)),
    );
    expect(s.h.tg.calls.length).toBeGreaterThan(next);
  });
});
