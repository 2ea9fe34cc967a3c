/**
 * Correlation ids: every log line written while an update (or HTTP request) is handled carries the
 * same `cid` — from the update middleware through the chat and generation services — and so do the
 * bus events it publishes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BusEvent, EventOf } from "../../src/services/events.ts";
import { EVENTS_CHANNEL } from "../../src/services/events.ts";
import { type FakeFal, startFakeFal } from "../fakes/fal-server.ts";
import { callbackQuery, command, privateText } from "../fakes/updates.ts";
import { buttons, sentMessage } from "../generation/setup.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { type ProdStack, startProdStack } from "./stack.ts";

let s: ProdStack;
let fal: FakeFal;
const events: BusEvent[] = [];
let unsubscribe: () => Promise<void>;

beforeAll(async () => {
  fal = await startFakeFal();
  s = await startProdStack({
    env: {
      ...fal.env,
    },
  });
  unsubscribe = await s.app.cache.subscribe(EVENTS_CHANNEL, (raw) => void events.push(JSON.parse(raw)));
});
afterAll(async () => {
  await unsubscribe?.();
  await s?.stop();
  await fal?.close();
  await dropFreshDatabases();
});

// biome-ignore lint/suspicious/noExplicitAny: log lines are arbitrary JSON
const logLines = (): Record<string, any>[] => s.lines.map((l) => JSON.parse(l));

describe("correlation ids", () => {
  it("tags a private message's lines, through the chat service, and its conversation.message event", async () => {
    const update = await s.tg.dispatchUpdate(privateText("hello there, how are you?", { userId: 7301 }));
    const cid = `upd-${update.update_id}`;
    const event = await eventually(() =>
      events.find((e) => e.type === "conversation.message" && e.userId === 7301),
    );
    expect(event.cid).toBe(cid);
    const chat = await eventually(() =>
      logLines().find((l) => l.component === "chat" && l.msg === "chat turn finished" && l.chat_id === 7301),
    );
    expect(chat.cid).toBe(cid);
    // Every line about this update carries its cid, and no line of another update does.
    const ofUpdate = logLines().filter((l) => l.update_id === update.update_id);
    expect(ofUpdate.length).toBeGreaterThan(0);
    for (const l of ofUpdate) expect(l.cid).toBe(cid);
    for (const l of logLines().filter((l) => l.cid === cid)) {
      if (l.update_id !== undefined) expect(l.update_id).toBe(update.update_id);
    }
  });

  it("follows an /imagine request from the button press through the generation service to its events", async () => {
    const user = 7302;
    const n = s.tg.callsOf("sendMessage").length;
    await s.tg.dispatchUpdate(command("imagine", "a lighthouse at dusk", { userId: user }));
    const picker = await eventually(() =>
      s.tg
        .callsOf("sendMessage")
        .slice(n)
        .find((c) => c.ok && Number(c.payload.chat_id) === user),
    );
    const go = buttons(picker).find((b) => b.data.startsWith("g:go:"))!;
    const press = await s.tg.dispatchUpdate(
      callbackQuery(go.data, { userId: user, message: sentMessage(picker) }),
    );
    const cid = `upd-${press.update_id}`;

    const queued = await eventually(() =>
      events.find(
        (e): e is EventOf<"generation.queued"> => e.type === "generation.queued" && e.userId === user,
      ),
    );
    expect(queued.cid).toBe(cid);
    const jobId = queued.payload.jobId;
    const submitted = await eventually(() =>
      logLines().find(
        (l) => l.component === "generation" && l.msg === "generation submitted" && l.job === jobId,
      ),
    );
    expect(submitted.cid).toBe(cid);
    // The job finishes later on the poller, outside the update: those lines carry no stale cid.
    await eventually(
      () => events.find((e) => e.type === "generation.completed" && e.userId === user),
      15_000,
    );
    const completed = logLines().find(
      (l) => l.component === "generation" && l.msg === "generation completed" && l.job === jobId,
    );
    expect(completed).toBeDefined();
    expect(completed?.cid).toBeUndefined();
  });

  it("tags an HTTP request's lines with its request id", async () => {
    const res = await s.postWebhook(JSON.stringify({ update_id: 1 }), {
      "x-telegram-bot-api-secret-token": "wrong",
    });
    expect(res.status).toBe(401);
    const line = await eventually(() => logLines().find((l) => l.msg?.includes("wrong or missing secret")));
    expect(typeof line.req_id).toBe("string");
    expect(line.cid).toBe(line.req_id);
  });
});
