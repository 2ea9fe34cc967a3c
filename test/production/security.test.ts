/** Security and abuse: headers, CORS, /metrics token, body limits, secrets kept out of logs. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createConfig } from "../../src/config/config.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { command, privateText } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { type ProdStack, startProdStack } from "./stack.ts";

const METRICS_TOKEN = "metrics-token-0123456789";
let s: ProdStack;
beforeAll(async () => {
  s = await startProdStack({
    env: { METRICS_TOKEN, CORS_ORIGINS: "https://app.example.com", FAL_KEY: "fal-key-id:fal-key-secret-xyz" },
  });
});
afterAll(async () => {
  await s?.stop();
  await dropFreshDatabases();
});

describe("security headers", () => {
  it("are on every HTTP response, errors and 404s included", async () => {
    const responses = await Promise.all([
      fetch(`${s.base}/live`),
      fetch(`${s.base}/ready`),
      fetch(`${s.base}/health`),
      fetch(`${s.base}/metrics`),
      fetch(`${s.base}/nowhere`),
      fetch(`${s.base}/live`, { method: "DELETE" }),
      s.postWebhook("{not json"),
      s.postWebhook("{}", { "x-telegram-bot-api-secret-token": "wrong" }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 401, 404, 405, 400, 401]);
    for (const r of responses) {
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      expect(r.headers.get("x-frame-options")).toBe("DENY");
      expect(r.headers.get("referrer-policy")).toBe("no-referrer");
      expect(r.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
  });

  it("gives the live page a CSP that allows its inline script and only same-origin connections", async () => {
    const r = await fetch(`${s.base}/live-status`);
    expect(r.status).toBe(200);
    const csp = r.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("/metrics bearer token", () => {
  it("refuses a missing or wrong token and serves the right one", async () => {
    expect((await fetch(`${s.base}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${s.base}/metrics`, { headers: { authorization: "Bearer nope" } });
    expect(wrong.status).toBe(401);
    const ok = await fetch(`${s.base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("velro_updates_received_total");
  });
});

describe("CORS", () => {
  const preflight = (origin: string) =>
    fetch(`${s.base}/api/auth/telegram`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST" },
    });

  it("allows only the configured origins", async () => {
    const allowed = await preflight("https://app.example.com");
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    const other = await preflight("https://evil.example.net");
    expect(other.status).toBe(403);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const post = await fetch(`${s.base}/api/auth/telegram`, {
      method: "POST",
      headers: { origin: "https://evil.example.net", "content-type": "application/json" },
      body: JSON.stringify({ initData: "x" }),
    });
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("sends no CORS headers on other routes", async () => {
    const r = await fetch(`${s.base}/health`, { headers: { origin: "https://app.example.com" } });
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("body size limits", () => {
  it("answers 413 to oversized bodies on every POST route and keeps serving", async () => {
    const big = Buffer.alloc(6 * 1024 * 1024, 0x20);
    expect((await s.postWebhook(big)).status).toBe(413);
    const auth = await fetch(`${s.base}/api/auth/telegram`, {
      method: "POST",
      body: Buffer.alloc(9000, 0x20),
    });
    expect(auth.status).toBe(413);
    expect((await fetch(`${s.base}/live`)).status).toBe(200);
    const ok = await s.postWebhook(JSON.stringify(command("help", undefined, { userId: 5101 })));
    expect(ok.status).toBe(200);
    await eventually(() => s.tg.callsOf("sendMessage").some((c) => Number(c.payload.chat_id) === 5101));
  });
});

describe("webhook secret", () => {
  it("is mandatory in webhook mode", () => {
    expect(() =>
      createConfig({ BOT_TOKEN: "1:abc", WEBHOOK_URL: "https://bot.example.com/telegram/webhook" }),
    ).toThrow(/WEBHOOK_SECRET is required/);
  });
});

describe("secrets never reach the logs", () => {
  it("scrubs configured secrets, bot tokens and JWTs wherever they appear", () => {
    const lines: string[] = [];
    // A fake token in the real format, assembled here so no token-shaped literal sits in the repo.
    const botToken = ["123456789", "AAHfakeTokenValue_abcdefghijklmnopqrs"].join(":");
    const falKey = "fal-id-1234:fal-secret-5678";
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlLXZhbHVl";
    const log = createLogger({
      level: "info",
      secrets: [botToken, falKey],
      destination: { write: (l: string) => void lines.push(l) },
    });
    log.info({ url: `https://api.telegram.org/bot${botToken}/getMe` }, "url");
    log.info({ deep: { nested: { value: botToken } } }, "nested");
    log.info({ header: `Key ${falKey}` }, "fal");
    log.info({ query: `/ws?token=${jwt}` }, `token ${jwt} in the message`);
    log.error({ err: new Error(`request to /bot${botToken}/sendMessage failed with ${falKey}`) }, "boom");
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(line).not.toContain(botToken);
      expect(line).not.toContain("AAHfakeTokenValue");
      expect(line).not.toContain(falKey);
      expect(line).not.toContain(jwt);
      expect(() => JSON.parse(line)).not.toThrow();
    }
    expect(lines.join("\n")).toContain("<redacted");
  });

  it("keeps them out of a running service's logs at trace level", async () => {
    await s.postWebhook(JSON.stringify(command("token", undefined, { userId: 5102 })));
    const reply = await eventually(() =>
      s.tg.callsOf("sendMessage").find((c) => Number(c.payload.chat_id) === 5102 && c.ok),
    );
    const jwt = /eyJ[\w-]+\.[\w-]+\.[\w-]+/.exec(String(reply.payload.text))?.[0];
    expect(jwt).toBeDefined();
    // Use the token, so a connection log line could carry it.
    const ws = new WebSocket(`${s.base.replace("http", "ws")}/ws?token=${jwt}`);
    await new Promise((resolve) => ws.once("message", resolve));
    ws.close();
    await s.postWebhook(JSON.stringify(privateText("hello there", { userId: 5102 })));
    await eventually(
      () => s.tg.callsOf("sendMessage").filter((c) => Number(c.payload.chat_id) === 5102).length >= 2,
    );
    const all = s.lines.join("\n");
    expect(all).toContain("velro is ready");
    for (const secret of [s.env.BOT_TOKEN!, s.env.FAL_KEY!, s.env.JWT_SECRET!, METRICS_TOKEN, jwt!]) {
      expect(all).not.toContain(secret);
    }
  });
});
