/**
 * Fault injection: the LLM failing (circuit opens, offline answers, said once), FAL failing (new
 * generations refused, nothing charged), and the database going away (webhook 503, /ready 503).
 * Redis loss has its own file (it spawns a throwaway redis-server).
 */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultTranslate } from "../../src/engines/dialogue/offline-translate.ts";

const OFFLINE_NOTICE = defaultTranslate()("en", "responder-offline-notice");

import { type FakeFal, startFakeFal } from "../fakes/fal-server.ts";
import { type FakeLlm, llmErrors, startFakeLlm } from "../fakes/llm-server.ts";
import { callbackQuery, command, privateText } from "../fakes/updates.ts";
import { buttons, sentMessage } from "../generation/setup.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { type ProdStack, startProdStack } from "./stack.ts";

/** A proxy in front of the fake FAL that can be switched to answer 503 (FAL "down"). */
async function startSwitchableProxy(target: string) {
  let down = false;
  const server = http.createServer(async (req, res) => {
    if (down) return void res.writeHead(503, { "content-type": "application/json" }).end('{"detail":"down"}');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = { ...req.headers } as Record<string, string>;
    delete headers.host;
    delete headers["content-length"];
    const r = await fetch(new URL(req.url ?? "/", target), {
      method: req.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    });
    res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/json" });
    res.end(Buffer.from(await r.arrayBuffer()));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    setDown(v: boolean) {
      down = v;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

let s: ProdStack;
let llm: FakeLlm;
let fal: FakeFal;
let proxy: Awaited<ReturnType<typeof startSwitchableProxy>>;
beforeAll(async () => {
  llm = await startFakeLlm();
  fal = await startFakeFal();
  proxy = await startSwitchableProxy(fal.url);
  s = await startProdStack({
    mode: "polling",
    env: {
      LLM_BASE_URL: llm.baseUrl,
      LLM_MODEL: "fake-gpt",
      LLM_FACT_EXTRACTION: "off",
      CIRCUIT_BREAKER_FAILURES: "2",
      CIRCUIT_BREAKER_COOLDOWN_MS: "1500",
      ...fal.env,
      FAL_PROXY_URL: proxy.url,
      // The FAL client retries 5xx itself with growing delays; the per-call timeout bounds that.
      FAL_TIMEOUT_MS: "2000",
    },
  });
});
afterAll(async () => {
  await s?.stop();
  await Promise.all([llm?.close(), fal?.close(), proxy?.close()]);
  await dropFreshDatabases();
});

const texts = (chatId: number) =>
  s.tg
    .callsOf("sendMessage")
    .filter((c) => c.ok && Number(c.payload.chat_id) === chatId)
    .map((c) => String(c.payload.text));

async function say(chatId: number, text: string): Promise<string> {
  const n = texts(chatId).length;
  await s.tg.dispatchUpdate(privateText(text, { userId: chatId }));
  return eventually(() => texts(chatId)[n], 10_000);
}

describe("LLM down", () => {
  it("opens the circuit, answers offline and says so once per chat, then recovers", async () => {
    llm.setHandler(() => llmErrors.serverError());
    expect(await say(8001, "hello?")).toMatch(/couldn't reach/);
    // The second consecutive failure opens the circuit: that reply already comes from the offline
    // responder, and says why, once.
    const first = await say(8001, "I had a long day at work");
    expect(first.startsWith(OFFLINE_NOTICE)).toBe(true);
    // In the language the user writes.
    const ru = defaultTranslate()("ru", "responder-offline-notice");
    expect((await say(8003, "Привет! Как у тебя сегодня дела?")).startsWith(ru)).toBe(true);
    const calls = llm.requests.length;
    const second = await say(8001, "still there?");
    expect(second).not.toContain(OFFLINE_NOTICE);
    expect(second.length).toBeGreaterThan(0);
    expect((await say(8002, "hi from another chat")).startsWith(OFFLINE_NOTICE)).toBe(true);
    expect(llm.requests.length).toBe(calls);
    const metrics = await s.app.metrics.registry.getSingleMetricAsString("velro_circuit_state");
    expect(metrics).toMatch(/dependency="llm"} 1/);
    // Back after the cool-down: one trial call succeeds and the circuit closes.
    llm.setHandler(null);
    await new Promise((r) => setTimeout(r, 1600));
    expect(await say(8001, "and now?")).toBe("Echo: and now?");
    expect(await say(8001, "great")).toBe("Echo: great");
  });
});

describe("FAL down", () => {
  const entriesOf = (userId: number) =>
    s.app.db.prisma.creditEntry.findMany({ where: { userId: BigInt(userId) }, orderBy: { id: "asc" } });

  async function imagine(userId: number, prompt: string) {
    const n = texts(userId).length;
    await s.tg.dispatchUpdate(command("imagine", prompt, { userId }));
    const picker = await eventually(
      () => s.tg.callsOf("sendMessage").filter((c) => c.ok && Number(c.payload.chat_id) === userId)[n],
    );
    const go = buttons(picker).find((b) => b.data.startsWith("g:go:"))!;
    const edits = s.tg.callsOf("editMessageText").length;
    await s.tg.dispatchUpdate(callbackQuery(go.data, { userId, message: sentMessage(picker) }));
    return { picker: sentMessage(picker), edits };
  }
  const editsOf = (messageId: number) =>
    s.tg
      .callsOf("editMessageText")
      .filter((c) => c.payload.message_id === messageId)
      .map((c) => String(c.payload.text));

  it("refuses new generations with a clear message and charges nothing while the circuit is open", async () => {
    const user = 8101;
    proxy.setDown(true);
    for (const prompt of ["a fox", "a cat"]) {
      const { picker } = await imagine(user, prompt);
      await eventually(
        () => editsOf(picker.message_id).some((t) => /refund|returned|credits/i.test(t)),
        30_000,
      );
    }
    expect(await s.app.runtime.credits.balance(user)).toBe(100);
    const before = (await entriesOf(user)).length;
    const { picker } = await imagine(user, "a dog");
    const refusal = await eventually(() =>
      [...editsOf(picker.message_id), ...texts(user)].find((t) => t.includes("unavailable right now")),
    );
    expect(refusal).toContain("Nothing was charged");
    expect((await entriesOf(user)).length).toBe(before);
    expect(await s.app.runtime.credits.balance(user)).toBe(100);
    expect((await s.app.runtime.credits.reconcile()).mismatches).toEqual([]);

    proxy.setDown(false);
    await new Promise((r) => setTimeout(r, 1600));
    const ok = await imagine(user, "a happy dog");
    await eventually(() => s.tg.callsOf("sendPhoto").some((c) => Number(c.payload.chat_id) === user), 15_000);
    expect(editsOf(ok.picker.message_id).some((t) => /Done/.test(t))).toBe(true);
  }, 60_000);
});
