/** The real entry point as an operator runs it: configuration errors, start-up, SIGTERM. */
import { afterAll, describe, expect, it } from "vitest";
import { startFakeTelegram } from "../fakes/telegram-server.ts";
import { privateText } from "../fakes/updates.ts";
import { dropFreshDatabases, testEnv } from "../helpers/env.ts";
import { killAllMains, startMain } from "../helpers/process.ts";

afterAll(async () => {
  killAllMains();
  await dropFreshDatabases();
});

describe("the service process", () => {
  it("refuses to start with a readable list of configuration problems", async () => {
    const p = startMain({ PORT: "not-a-port", WEBHOOK_URL: "https://example.com/hook" });
    expect(await p.exited).toBe(1);
    expect(p.err()).toContain("Invalid configuration");
    expect(p.err()).toContain("BOT_TOKEN");
    expect(p.err()).toContain("PORT");
    expect(p.err()).toContain("WEBHOOK_SECRET");
  });

  it("says clearly when the Telegram Bot API cannot be reached, instead of hanging", async () => {
    const env = await testEnv({
      BOT_TOKEN: "123456:unreachable-test",
      TELEGRAM_API_ROOT: "http://127.0.0.1:1",
    });
    const p = startMain(env);
    expect(await p.exited).toBe(1);
    expect(p.err()).toContain("cannot reach the Telegram Bot API at http://127.0.0.1:1");
    expect(p.err()).not.toContain("unreachable-test");
  });

  it("starts on the embedded defaults, answers, and shuts down cleanly on SIGTERM", async () => {
    const tg = await startFakeTelegram();
    const env = await testEnv({ BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot, LOG_LEVEL: "info" });
    const p = startMain(env);
    await p.waitForLog("velro is ready");
    expect(p.out()).not.toContain(tg.token.split(":")[1]!);
    tg.pushUpdate(privateText("hello from a real process", { userId: 901 }));
    await tg.waitFor((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === 901, 10_000);
    p.child.kill("SIGTERM");
    expect(await p.exited).toBe(0);
    expect(p.out()).toContain('"msg":"stopped"');
    await tg.close();
  });
});
