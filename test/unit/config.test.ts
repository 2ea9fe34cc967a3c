import { describe, expect, it } from "vitest";
import { ConfigError, createConfig } from "../../src/config/config.ts";

const token = "123456:ABCdef_ghi-jkl";

describe("createConfig", () => {
  it("applies the documented defaults", () => {
    const c = createConfig({ BOT_TOKEN: token });
    expect(c.telegramApiRoot).toBe("https://api.telegram.org");
    expect(c.port).toBe(3000);
    expect(c.webhook).toBeUndefined();
    expect(c.databaseUrl).toBeUndefined();
    expect(c.redisUrl).toBeUndefined();
    expect(c.llm).toBeNull();
    expect(c.rateLimitPerMinute).toBe(60);
    expect(c.webhookPath).toBe("/telegram/webhook");
  });

  it("lists every problem at once", () => {
    let error: ConfigError | undefined;
    try {
      createConfig({
        WEBHOOK_URL: "not a url",
        PORT: "abc",
        LLM_BASE_URL: "http://llm.local/v1",
        ADMIN_IDS: "1,x",
      });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = error!.message;
    for (const key of ["BOT_TOKEN", "WEBHOOK_URL", "PORT", "LLM_MODEL", "ADMIN_IDS", "WEBHOOK_SECRET"]) {
      expect(text).toContain(key);
    }
    expect(error!.problems.length).toBeGreaterThanOrEqual(6);
  });

  it("turns on webhook mode with a secret and strips a trailing slash from the API root", () => {
    const c = createConfig({
      BOT_TOKEN: token,
      WEBHOOK_URL: "https://bot.example.com/telegram/webhook",
      WEBHOOK_SECRET: "s3cret_value",
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
      ADMIN_IDS: "1, 2 3",
    });
    expect(c.webhook).toEqual({
      url: "https://bot.example.com/telegram/webhook",
      secret: "s3cret_value",
      path: "/telegram/webhook",
    });
    expect(c.telegramApiRoot).toBe("http://127.0.0.1:8081");
    expect(c.adminIds).toEqual([1, 2, 3]);
  });

  it("rejects a webhook secret Telegram would refuse", () => {
    expect(() =>
      createConfig({ BOT_TOKEN: token, WEBHOOK_URL: "https://x.example", WEBHOOK_SECRET: "has spaces!" }),
    ).toThrow(/WEBHOOK_SECRET/);
  });

  it("uses FAL's OpenAI-compatible router with FAL_KEY and a model", () => {
    const c = createConfig({ BOT_TOKEN: token, FAL_KEY: "fal-key", LLM_MODEL: "google/gemini-2.5-flash" });
    expect(c.llm).toMatchObject({
      baseUrl: "https://fal.run/openrouter/router/openai/v1",
      authScheme: "Key",
      apiKey: "fal-key",
    });
    const openai = createConfig({
      BOT_TOKEN: token,
      LLM_BASE_URL: "http://localhost:11434/v1/",
      LLM_MODEL: "llama3.1",
    });
    expect(openai.llm).toMatchObject({ baseUrl: "http://localhost:11434/v1", authScheme: "Bearer" });
  });

  it("does not need a bot token for the terminal chat", () => {
    expect(createConfig({}, "x", { requireBotToken: false }).botToken).toBe("");
  });
});
