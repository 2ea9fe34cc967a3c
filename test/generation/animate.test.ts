/**
 * Bringing a photo to life, and the prices /models shows, end to end: fake Bot API → app → real
 * FAL client → fake FAL (which checks image-to-video and Kontext text-to-image inputs like FAL's
 * schemas, and that the photo really is in its storage).
 */
import type { Message, Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runnerError, TINY_PNG } from "../fakes/fal-server.ts";
import { callbackQuery, command, DEFAULT_BOT } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { buttons, type GenStack, sentMessage, startGenStack } from "./setup.ts";

let s: GenStack;
beforeAll(async () => {
  s = await startGenStack({ env: { STT_CREDITS: "2" } });
});
afterAll(async () => {
  await s?.h.stop();
  await s?.fal.close();
  await dropFreshDatabases();
});

const prisma = () => s.h.app.db.prisma;
const balanceOf = async (userId: number) =>
  (await prisma().creditAccount.findUnique({ where: { userId: BigInt(userId) } }))?.balance;
const ledgerKinds = async (userId: number) =>
  (await prisma().creditEntry.findMany({ where: { userId: BigInt(userId) }, orderBy: { id: "asc" } })).map(
    (e) => e.kind,
  );
const topUp = (userId: number, amount: number) =>
  s.h.app.runtime.credits.apply({ userId, kind: "adjust", amount, ref: `t:${userId}` });
const textOf = (userId: number, messageId: number) =>
  String(s.h.tg.messages(userId).find((m) => m.message_id === messageId)?.text ?? "");

/** A user's earlier message holding `file` as a photo (or as a document, when `document` is given). */
function earlierMessage(
  update: Update,
  file: { fileId: string; size?: number },
  document?: { mime: string; name: string },
): NonNullable<Message["reply_to_message"]> {
  const base = { message_id: 1, date: 1, chat: update.message!.chat, from: update.message!.from };
  const media = document
    ? {
        document: {
          file_id: file.fileId,
          file_unique_id: `u-${file.fileId}`,
          mime_type: document.mime,
          file_name: document.name,
          file_size: file.size,
        },
      }
    : { photo: [{ file_id: file.fileId, file_unique_id: `u-${file.fileId}`, width: 1, height: 1 }] };
  return { ...base, ...media } as NonNullable<Message["reply_to_message"]>;
}

/** `/animate <prompt>` as a reply to `reply`; returns the picker the bot answered with. */
async function animate(userId: number, prompt: string, reply?: Message["reply_to_message"]) {
  const update = command("animate", prompt || undefined, { userId });
  if (reply) update.message!.reply_to_message = reply;
  const before = s.h.tg.calls.length;
  await s.h.send(update);
  return s.h.nextCall("sendMessage", userId, before);
}

/** Taps a picker's button whose data ends with `suffix` (or starts with `g:go:` for "Create"). */
async function tap(userId: number, picker: Awaited<ReturnType<typeof animate>>, suffix = "") {
  const b = buttons(picker).find((x) => (suffix ? x.data.endsWith(suffix) : x.data.startsWith("g:go:")));
  expect(b, `button ${suffix || "Create"}`).toBeDefined();
  await s.h.send(callbackQuery(b!.data, { userId, message: sentMessage(picker) }));
}

describe("/animate", () => {
  it("animates the photo a command replies to: uploaded to FAL storage, one video, charged once", async () => {
    const user = 4701;
    await topUp(user, 1000);
    const fileId = s.h.tg.registerFile(TINY_PNG, "image/png");
    const picker = await animate(user, "the waves roll in", earlierMessage(command("x"), { fileId }));
    const text = String(picker.payload.text);
    expect(text).toMatch(/Bring your photo to life[\s\S]*the waves roll in[\s\S]*Veo 3\.1 — 500 credits/);
    // Every image-to-video model is offered, with its price; no aspect ratio (the photo sets it).
    const labels = buttons(picker).map((b) => b.text);
    expect(labels).toEqual(
      expect.arrayContaining([
        "✓ Veo 3.1 · 500",
        "MiniMax Hailuo-02 Pro · 400",
        "Kling 2.1 Master · 350",
        "Wan Pro · 300",
      ]),
    );
    expect(buttons(picker).some((b) => b.data.startsWith("g:a:"))).toBe(false);

    await tap(user, picker, ":kling-2.1-master-i2v");
    await eventually(() => /Kling 2\.1 Master — 350/.test(textOf(user, sentMessage(picker).message_id)));
    const before = s.h.tg.calls.length;
    const started = Date.now();
    await tap(user, picker);
    const video = await s.h.nextCall("sendVideo", user, before, 15_000);
    const tookMs = Date.now() - started;
    expect(String(video.payload.caption)).toBe("the waves roll in");
    expect(textOf(user, sentMessage(picker).message_id)).toMatch(/Done — 350 credits/);

    const job = [...s.fal.jobs.values()].find((j) => j.input.prompt === "the waves roll in")!;
    expect(job.endpoint).toBe("fal-ai/kling-video/v2.1/master/image-to-video");
    expect(job.input.duration).toBe("5");
    const imageUrl = String(job.input.image_url);
    expect(imageUrl.startsWith(`${s.fal.base}/files/`)).toBe(true);
    expect(s.fal.files.get(imageUrl.split("/files/")[1]!)?.bytes.equals(TINY_PNG)).toBe(true);
    expect(s.fal.requests.every((r) => !r.body.includes(s.h.tg.token) && !r.url.includes(s.h.tg.token))).toBe(
      true,
    );
    expect(await balanceOf(user)).toBe(1100 - 350);
    expect(await ledgerKinds(user)).toEqual(["grant", "adjust", "reserve", "capture"]);
    const row = await prisma().generationJob.findFirst({ where: { userId: BigInt(user) } });
    expect(row).toMatchObject({ model: "kling-2.1-master-i2v", kind: "video", parentJobId: null });
    console.log(`/animate: "Create" → video delivered in ${tookMs} ms (download, FAL upload, queue)`);

    // The model chosen is remembered for the next /animate.
    const next = await animate(user, "", earlierMessage(command("x"), { fileId }));
    expect(String(next.payload.text)).toMatch(/Kling 2\.1 Master — 350[\s\S]*/);
    expect(String(next.payload.text)).toMatch(/Motion: natural and gentle/);
  });

  it("the 🎬 button under an image creation animates it and records what it was made from", async () => {
    const user = 4702;
    await topUp(user, 1000);
    let before = s.h.tg.calls.length;
    await s.h.send(command("imagine", "a lighthouse at dusk", { userId: user }));
    const imaginePicker = await s.h.nextCall("sendMessage", user, before);
    await tap(user, imaginePicker);
    const photo = await s.h.nextCall("sendPhoto", user, before, 15_000);
    const animateButton = buttons(photo).find((b) => b.data.startsWith("an:j:"));
    expect(animateButton?.text).toBe("🎬 Animate");
    const imageJob = animateButton!.data.slice("an:j:".length);

    before = s.h.tg.calls.length;
    await s.h.send(callbackQuery(animateButton!.data, { userId: user, message: sentMessage(photo) }));
    const picker = await s.h.nextCall("sendMessage", user, before);
    expect(String(picker.payload.text)).toMatch(/Bring your photo to life[\s\S]*Motion: natural/);
    await tap(user, picker, ":wan-pro-i2v");
    await eventually(() => /Wan Pro — 300/.test(textOf(user, sentMessage(picker).message_id)));
    before = s.h.tg.calls.length;
    await tap(user, picker);
    await s.h.nextCall("sendVideo", user, before, 15_000);

    const job = [...s.fal.jobs.values()].find((j) => j.endpoint === "fal-ai/wan-pro/image-to-video")!;
    expect(String(job.input.prompt)).toMatch(/natural, gentle motion/);
    expect(job.input.enable_safety_checker).toBe(true);
    const rows = await prisma().generationJob.findMany({
      where: { userId: BigInt(user) },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => [r.model, r.status, r.parentJobId])).toEqual([
      ["flux-ultra", "completed", null],
      ["wan-pro-i2v", "completed", imageJob],
    ]);
    expect(await balanceOf(user)).toBe(1100 - 50 - 300);

    // /animate as a reply to the creation names it too.
    const replyPicker = await animate(
      user,
      "the light turns",
      sentMessage(photo) as NonNullable<Message["reply_to_message"]>,
    );
    before = s.h.tg.calls.length;
    await tap(user, replyPicker);
    await s.h.nextCall("sendVideo", user, before, 15_000);
    const third = await prisma().generationJob.findFirst({
      where: { userId: BigInt(user), prompt: "the light turns" },
    });
    expect(third?.parentJobId).toBe(imageJob);
  });

  it("the button under a reply to a user's photo animates that photo", async () => {
    const user = 4703;
    await topUp(user, 1000);
    const fileId = s.h.tg.registerFile(TINY_PNG, "image/png");
    const userPhoto = earlierMessage(command("x", undefined, { userId: user }), { fileId });
    const botReply = {
      message_id: 2,
      date: Math.floor(Date.now() / 1000),
      chat: userPhoto.chat,
      from: DEFAULT_BOT,
      text: "A calm sea.",
      reply_to_message: userPhoto,
    } as Message;
    const before = s.h.tg.calls.length;
    await s.h.send(callbackQuery("an:r", { userId: user, message: botReply }));
    const picker = await s.h.nextCall("sendMessage", user, before);
    expect(String(picker.payload.text)).toMatch(/Bring your photo to life/);
  });

  it("a failed animation releases its credits and says so", async () => {
    const user = 4704;
    await topUp(user, 1000);
    const fileId = s.h.tg.registerFile(TINY_PNG, "image/png");
    s.fal.setScript((job) => (/image-to-video/.test(job.endpoint) ? { outcome: runnerError() } : {}));
    try {
      const picker = await animate(user, "leaves fall", earlierMessage(command("x"), { fileId }));
      await tap(user, picker);
      await eventually(
        () => /service had a problem/.test(textOf(user, sentMessage(picker).message_id)),
        15_000,
      );
    } finally {
      s.fal.setScript(() => ({}));
    }
    expect(await balanceOf(user)).toBe(1100);
    expect(await ledgerKinds(user)).toEqual(["grant", "adjust", "reserve", "release"]);
  });

  it("a photo FAL cannot take is refused by FAL's validation and refunded", async () => {
    const user = 4705;
    await topUp(user, 1000);
    const fileId = s.h.tg.registerFile(TINY_PNG, "image/png");
    // The model's own 422 (here: the fake finds no such file in its storage).
    s.fal.setScript((job) => {
      if (/image-to-video/.test(job.endpoint)) job.input.image_url = `${s.fal.base}/files/missing.png`;
      return {};
    });
    try {
      const picker = await animate(user, "clouds drift", earlierMessage(command("x"), { fileId }));
      await tap(user, picker);
      await eventually(
        () => /could not accept this request \(image_url/.test(textOf(user, sentMessage(picker).message_id)),
        15_000,
      );
    } finally {
      s.fal.setScript(() => ({}));
    }
    expect(await balanceOf(user)).toBe(1100);
  });

  it("answers bad input clearly and charges nothing", async () => {
    const user = 4706;
    // No photo at all.
    let reply = await animate(user, "");
    expect(String(reply.payload.text)).toMatch(/Reply to a photo with \/animate/);
    // A PDF sent as a file.
    const pdf = s.h.tg.registerFile(Buffer.from("%PDF-1.4 not a picture"), "application/pdf");
    reply = await animate(
      user,
      "",
      earlierMessage(command("x"), { fileId: pdf }, { mime: "application/pdf", name: "a.pdf" }),
    );
    expect(String(reply.payload.text)).toMatch(/isn't a picture I can use/);
    // An image file over the 20 MB bots may download: refused before anything is fetched.
    reply = await animate(
      user,
      "",
      earlierMessage(
        command("x"),
        { fileId: "BQACbig", size: 25 * 1024 * 1024 },
        { mime: "image/png", name: "huge.png" },
      ),
    );
    expect(String(reply.payload.text)).toMatch(/too big for me to fetch/);
    // Named an image, but its bytes are not one: found at "Create", before any charge.
    const fake = s.h.tg.registerFile(Buffer.from("GIF89a not what it claims"), "image/png");
    const picker = await animate(
      user,
      "",
      earlierMessage(command("x"), { fileId: fake }, { mime: "image/png", name: "x.png" }),
    );
    await tap(user, picker);
    await eventually(() => /isn't a picture I can use/.test(textOf(user, sentMessage(picker).message_id)));
    expect(await ledgerKinds(user)).toEqual(["grant"]);
    expect(await prisma().generationJob.count({ where: { userId: BigInt(user) } })).toBe(0);
  });
});

describe("FLUX.1 Kontext [max] from words, and prices", () => {
  it("/imagine offers Kontext [max] text-to-image with its aspect ratios", async () => {
    const user = 4711;
    let before = s.h.tg.calls.length;
    await s.h.send(command("imagine", "a paper boat on a puddle", { userId: user }));
    const picker = await s.h.nextCall("sendMessage", user, before);
    await tap(user, picker, ":kontext-max-t2i");
    await eventually(() => /Kontext \[max\] — 60/.test(textOf(user, sentMessage(picker).message_id)));
    const wide = s.h.tg.messages(user).find((m) => m.message_id === sentMessage(picker).message_id)!;
    const ratio = (wide.reply_markup?.inline_keyboard ?? [])
      .flat()
      .find((b) => "callback_data" in b && b.callback_data?.endsWith(":16:9"));
    await s.h.send(
      callbackQuery((ratio as { callback_data: string }).callback_data, {
        userId: user,
        message: sentMessage(picker),
      }),
    );
    await eventually(() => /Aspect ratio: 16:9/.test(textOf(user, sentMessage(picker).message_id)));
    before = s.h.tg.calls.length;
    await tap(user, picker);
    await s.h.nextCall("sendPhoto", user, before, 15_000);
    const job = [...s.fal.jobs.values()].find((j) => j.input.prompt === "a paper boat on a puddle")!;
    expect(job.endpoint).toBe("fal-ai/flux-pro/kontext/max/text-to-image");
    expect(job.input).toMatchObject({ aspect_ratio: "16:9", num_images: 1, output_format: "jpeg" });
    expect(job.input.image_url).toBeUndefined();
    expect(await balanceOf(user)).toBe(40);
  });

  it("/models lists every model by kind with its price, and what chatting costs", async () => {
    const user = 4712;
    const before = s.h.tg.calls.length;
    await s.h.send(command("models", undefined, { userId: user }));
    const text = String((await s.h.nextCall("sendMessage", user, before)).payload.text);
    const section = (title: RegExp, next: RegExp) => text.slice(text.search(title), text.search(next));
    expect(section(/Images from words/, /Photo editing/)).toMatch(
      /FLUX1\.1 \[pro\] ultra — 50 credits[\s\S]*FLUX\.1 Kontext \[max\] — 60 credits[\s\S]*Imagen 4 Ultra — 45/,
    );
    expect(section(/Photo editing/, /Videos from words/)).toMatch(/FLUX\.1 Kontext \[max\] — 60 credits/);
    expect(section(/Photos brought to life/, /In our conversations/)).toMatch(
      /Veo 3\.1 — 500 credits[\s\S]*Hailuo-02 Pro — 400[\s\S]*Kling 2\.1 Master — 350[\s\S]*Wan Pro — 300/,
    );
    expect(text).toMatch(/Listening to a voice or video note — 2 credits per note/);
    expect(text).toMatch(/Looking at a photo you send — free/);
    expect(text).toMatch(/Reading a document you send \(text, Markdown, PDF\) — free/);
    for (const m of s.h.app.runtime.catalog.models) expect(text).toContain(`${m.name} — ${m.credits}`);
  });
});
