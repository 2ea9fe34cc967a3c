/**
 * After a crash the same Telegram update may be handled again. The "Create" button's update names
 * its job (an idempotency key from the update_id), so handling it twice starts one job and reserves
 * its credits once; a second tap (another update) starts nothing either. The generation feature is
 * driven here on its own grammY bot, below the de-duplication a re-run after a crash gets past.
 */
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotContext } from "../../src/bot/context.ts";
import { generationFeature } from "../../src/bot/features/generation.ts";
import { createI18n } from "../../src/i18n/index.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { jobIdFor } from "../../src/services/generation/service.ts";
import { callbackQuery, command } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { buttons, type GenStack, sentMessage, startGenStack } from "./setup.ts";

let s: GenStack;
let bot: Bot<BotContext>;
beforeAll(async () => {
  s = await startGenStack();
  const { runtime, cache } = s.h.app;
  bot = new Bot<BotContext>(s.h.tg.token, { botInfo: s.h.tg.botInfo, client: { apiRoot: s.h.tg.apiRoot } });
  const log = createLogger({ level: "silent" });
  bot.use((ctx, next) => {
    ctx.log = log;
    return next();
  });
  bot.use(createI18n().i18n.middleware() as Parameters<typeof bot.use>[0]);
  bot.use(
    generationFeature({
      generation: runtime.generation,
      ledger: runtime.credits,
      catalog: runtime.catalog,
      prefs: runtime.generationPrefs,
      cache,
      fileUrl: (p) => `${s.h.tg.apiRoot}/file/bot${s.h.tg.token}/${p}`,
    }),
  );
});
afterAll(async () => {
  await s?.h.stop();
  await s?.fal.close();
  await dropFreshDatabases();
});

const prisma = () => s.h.app.db.prisma;
const ledgerKinds = async (user: number) =>
  (await prisma().creditEntry.findMany({ where: { userId: BigInt(user) }, orderBy: { id: "asc" } })).map(
    (e) => e.kind,
  );

describe("starting a generation twice", () => {
  it("the same request key gives the same job, reserved once, even when both calls race", async () => {
    const gen = s.h.app.runtime.generation;
    const user = 5601;
    const ask = () =>
      gen.request({
        userId: user,
        chatId: user,
        kind: "image",
        modelKey: "flux-ultra",
        prompt: "a kite over the dunes",
        idempotencyKey: "test:5601",
      });
    const [a, b] = await Promise.all([ask(), ask()]);
    const again = await ask();
    for (const o of [a, b, again])
      expect(o).toMatchObject({ type: "accepted", jobId: jobIdFor("test:5601") });
    expect([a, b, again].filter((o) => o.type === "accepted" && o.repeated)).toHaveLength(2);
    expect(await prisma().generationJob.count({ where: { userId: BigInt(user) } })).toBe(1);
    await eventually(async () => (await ledgerKinds(user)).includes("capture"), 10_000);
    expect(await ledgerKinds(user)).toEqual(["grant", "reserve", "capture"]);
    expect([...s.fal.jobs.values()].filter((j) => j.input.prompt === "a kite over the dunes")).toHaveLength(
      1,
    );
    // Without a key every call is a new request.
    const plain = await gen.request({
      userId: user,
      chatId: user,
      kind: "image",
      modelKey: "flux-ultra",
      prompt: "x",
    });
    expect(plain).toMatchObject({ type: "accepted" });
    expect(plain.type === "accepted" && plain.jobId).not.toBe(jobIdFor("test:5601"));
  });

  it("the Create button's update handled twice starts one job and reserves once", async () => {
    const user = 5602;
    const before = s.h.tg.calls.length;
    await bot.handleUpdate(command("imagine", "a lantern in the fog", { userId: user }));
    const picker = s.h.tg.calls
      .slice(before)
      .find((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === user)!;
    const go = buttons(picker).find((b) => b.data.startsWith("g:go:"))!;
    const pendingKey = `gen:pending:${go.data.slice("g:go:".length)}`;
    const pending = (await s.h.app.cache.get(pendingKey))!;
    const press: Update = callbackQuery(go.data, { userId: user, message: sentMessage(picker) });

    await bot.handleUpdate(press);
    await eventually(
      () => s.h.tg.callsOf("sendPhoto").some((c) => Number(c.payload.chat_id) === user),
      10_000,
    );
    // The process died after starting the job and before it cleared the picker; the update comes
    // again, exactly as it was.
    await s.h.app.cache.set(pendingKey, pending, 60_000);
    await bot.handleUpdate(press);
    // A second tap is another update: it starts nothing.
    await bot.handleUpdate(callbackQuery(go.data, { userId: user, message: sentMessage(picker) }));

    const jobs = await prisma().generationJob.findMany({ where: { userId: BigInt(user) } });
    expect(jobs.map((j) => j.id)).toEqual([jobIdFor(`update:${press.update_id}`)]);
    expect(await ledgerKinds(user)).toEqual(["grant", "reserve", "capture"]);
    expect([...s.fal.jobs.values()].filter((j) => j.input.prompt === "a lantern in the fog")).toHaveLength(1);
    // Delivered, and nothing left in flight: a second photo could only have come before this.
    await eventually(
      async () => (await prisma().generationJob.findFirst({ where: { userId: BigInt(user) } }))?.deliveredAt,
    );
    await s.h.idle();
    expect(s.h.tg.callsOf("sendPhoto").filter((c) => Number(c.payload.chat_id) === user)).toHaveLength(1);
  });
});
