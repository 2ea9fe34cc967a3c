/**
 * Postgres lost under a running service (the app reaches its database through a TCP proxy we can
 * cut): /ready answers 503, the webhook answers 503 so Telegram redelivers, polling pauses, and
 * every update is handled once the database is back. Needs a Postgres server (DATABASE_URL): the
 * embedded database runs inside the process and cannot be cut away from it.
 */
import { afterAll, describe, expect, it } from "vitest";
import { privateText } from "../fakes/updates.ts";
import { dropFreshDatabases, freshDatabaseUrl } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { startTcpProxy } from "./faults.ts";
import { type ProdStack, startProdStack } from "./stack.ts";

const stacks: ProdStack[] = [];
const proxies: Awaited<ReturnType<typeof startTcpProxy>>[] = [];
afterAll(async () => {
  for (const p of proxies) p.setDown(false);
  for (const s of stacks) await s.stop();
  for (const p of proxies) await p.close();
  await dropFreshDatabases();
});

async function stackBehindProxy(mode: "webhook" | "polling") {
  const url = new URL((await freshDatabaseUrl())!);
  const proxy = await startTcpProxy(url.hostname, Number(url.port || 5432));
  proxies.push(proxy);
  url.hostname = "127.0.0.1";
  url.port = String(proxy.port);
  const s = await startProdStack({ mode, env: { DATABASE_URL: url.toString() } });
  stacks.push(s);
  return { s, proxy };
}

const readyStatus = async (s: ProdStack) => (await fetch(`${s.base}/ready`)).status;
const replies = (s: ProdStack, chatId: number) =>
  s.tg.callsOf("sendMessage").filter((c) => c.ok && Number(c.payload.chat_id) === chatId).length;

describe.skipIf(!process.env.DATABASE_URL)("Postgres lost", () => {
  it("webhook: 503 while the database is down, the redelivered update is handled after", async () => {
    const { s, proxy } = await stackBehindProxy("webhook");
    proxy.setDown(true);
    await eventually(async () => (await readyStatus(s)) === 503, 15_000);
    // The watch pings every second; from its first failed ping on, intake is closed.
    await eventually(() => s.lines.some((l) => l.includes("database unreachable")), 15_000);
    const update = privateText("are you there?", { userId: 9201 });
    expect((await s.postWebhook(JSON.stringify(update))).status).toBe(503);

    proxy.setDown(false);
    await eventually(async () => (await readyStatus(s)) === 200, 15_000);
    // Telegram redelivers the same update; it has not been claimed, so it is handled now.
    await eventually(async () => (await s.postWebhook(JSON.stringify(update))).status === 200, 10_000);
    await eventually(() => replies(s, 9201) === 1, 10_000);
  }, 60_000);

  it("polling: pauses while the database is down and handles what waited when it is back", async () => {
    const { s, proxy } = await stackBehindProxy("polling");
    proxy.setDown(true);
    await eventually(() => s.lines.some((l) => l.includes("database unreachable")), 15_000);
    // Give the runner time to stop; then nothing is fetched (so nothing is confirmed) any more.
    await new Promise((r) => setTimeout(r, 500));
    const polls = s.tg.callsOf("getUpdates").length;
    await s.tg.dispatchUpdate(privateText("hello while down", { userId: 9202 }));
    await new Promise((r) => setTimeout(r, 1_000));
    expect(s.tg.callsOf("getUpdates").length).toBe(polls);
    expect(replies(s, 9202)).toBe(0);

    proxy.setDown(false);
    await eventually(() => replies(s, 9202) === 1, 15_000);
  }, 60_000);
});
