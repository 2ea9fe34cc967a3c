/**
 * Property-based and fuzz tests (fast-check): random webhook bodies, WebSocket frames, command
 * arguments and callback data never crash the service, never get a 5xx, and never corrupt data —
 * the service keeps answering and the credits ledger still reconciles afterwards.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { callbackQuery, command } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { connect } from "../ws/client.ts";
import { type ProdStack, startProdStack } from "./stack.ts";

const ADMIN = 999;
let s: ProdStack;
beforeAll(async () => {
  s = await startProdStack({ env: { ADMIN_IDS: String(ADMIN), RATE_LIMIT_PER_MINUTE: "100000" } });
});
afterAll(async () => {
  await s?.stop();
  await dropFreshDatabases();
});

const GENERIC_ERROR = "something went wrong on my side";
const textsTo = (chatId: number) =>
  s.tg
    .callsOf("sendMessage")
    .filter((c) => c.ok && Number(c.payload.chat_id) === chatId)
    .map((c) => String(c.payload.text));

/** Sends /help after the given updates and waits for its answer: the chat's earlier updates are done. */
async function settle(chatId: number, userId = chatId) {
  const before = textsTo(chatId).filter((t) => t.includes("/help")).length;
  const r = await s.postWebhook(JSON.stringify(command("help", undefined, { userId, chatId })));
  expect(r.status).toBe(200);
  await eventually(() => textsTo(chatId).filter((t) => t.includes("/help")).length > before, 15_000);
}

async function assertHealthy() {
  expect((await fetch(`${s.base}/ready`)).status).toBe(200);
  expect((await s.app.runtime.credits.reconcile()).mismatches).toEqual([]);
}

// Anything Telegram-shaped or not: arbitrary JSON, update-like objects with odd fields.
const updateLike = fc.record(
  {
    // Below the fakes' update ids, so a random body never de-duplicates a later real update away.
    update_id: fc.oneof(
      fc.integer({ min: -(2 ** 31), max: 50_000 }),
      fc.double(),
      fc.string(),
      fc.constant(null),
    ),
    message: fc.oneof(
      fc.anything(),
      fc.record(
        {
          message_id: fc.integer(),
          date: fc.integer(),
          chat: fc.record({ id: fc.integer(), type: fc.constantFrom("private", "group", "x") }),
          from: fc.record(
            { id: fc.integer(), is_bot: fc.boolean(), first_name: fc.string() },
            { requiredKeys: [] },
          ),
          text: fc.string(),
          entities: fc.array(fc.record({ type: fc.string(), offset: fc.integer(), length: fc.integer() })),
        },
        { requiredKeys: [] },
      ),
    ),
    callback_query: fc.anything(),
  },
  { requiredKeys: [] },
);

describe("webhook bodies", () => {
  it("random JSON, update-like objects and bytes never get a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json().map((j) => Buffer.from(j)),
          updateLike.map((u) => Buffer.from(JSON.stringify(u))),
          fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)),
          fc.string({ unit: "binary", maxLength: 512 }).map((t) => Buffer.from(t)),
        ),
        async (body) => {
          const r = await s.postWebhook(body);
          expect([200, 400, 413]).toContain(r.status);
        },
      ),
      { numRuns: 300 },
    );
    await settle(7001);
    await assertHealthy();
  });
});

const randomText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.constantFrom(
    "",
    " ",
    "all",
    "-1 -1",
    "999 99999999999999999999",
    "7002 -50",
    "0 0",
    "\u0000",
    "🦊".repeat(500),
  ),
);

describe("command arguments", () => {
  it("/persona custom, /forget, /grant, /imagine and friends with random arguments never fail", async () => {
    const chatId = 7002;
    const before = await s.app.runtime.credits.balance(chatId);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          "persona custom",
          "persona",
          "forget",
          "grant",
          "imagine",
          "video",
          "refund",
          "memory",
          "export",
        ),
        randomText,
        fc.boolean(),
        async (cmd, arg, asAdmin) => {
          const [name, sub] = cmd.split(" ");
          const args = sub ? `${sub} ${arg}` : arg;
          const r = await s.postWebhook(
            JSON.stringify(command(name!, args || undefined, { userId: asAdmin ? ADMIN : chatId, chatId })),
          );
          expect(r.status).toBe(200);
        },
      ),
      { numRuns: 120 },
    );
    await settle(chatId);
    // Most commands answer with a message (/export with a document, a few stay silent).
    expect(textsTo(chatId).length).toBeGreaterThan(30);
    expect(textsTo(chatId).filter((t) => t.includes(GENERIC_ERROR))).toEqual([]);
    // Only an admin /grant may have changed the balance, and every change is in the ledger.
    await assertHealthy();
    const grants = await s.app.db.prisma.creditEntry.findMany({
      where: { userId: BigInt(chatId), kind: "adjust" },
    });
    const delta = grants.reduce((sum, g) => sum + g.amount, 0);
    expect(await s.app.runtime.credits.balance(chatId)).toBe(Math.max(0, before + delta));
  });
});

describe("callback data", () => {
  it("random and near-miss callback data is acknowledged and never fails", async () => {
    const chatId = 7003;
    const prefixes = [
      "persona:",
      "mem:d:",
      "mem:r:",
      "mem:dr:",
      "g:m:",
      "g:go:",
      "g:x:",
      "pay:",
      "privacy:del:",
      "",
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), fc.string({ maxLength: 60 }), async (prefix, rest) => {
        const data = `${prefix}${rest}`.slice(0, 64) || "x";
        const r = await s.postWebhook(JSON.stringify(callbackQuery(data, { userId: chatId })));
        expect(r.status).toBe(200);
      }),
      { numRuns: 150 },
    );
    await settle(chatId);
    const answered = s.tg.callsOf("answerCallbackQuery").filter((c) => c.ok).length;
    expect(answered).toBeGreaterThanOrEqual(150);
    expect(textsTo(chatId).filter((t) => t.includes(GENERIC_ERROR))).toEqual([]);
    // Someone else's deletion button never deletes: the user still exists.
    expect(await s.app.db.prisma.user.count({ where: { id: BigInt(chatId) } })).toBe(1);
    await assertHealthy();
  });
});

describe("WebSocket frames", () => {
  async function token(userId: number): Promise<string> {
    return s.app.live.tokens.issue(userId).token;
  }

  it("random frames from an authenticated client get error frames, never a crash", async () => {
    const frames = fc.sample(
      fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.json(),
        fc
          .record(
            {
              type: fc.constantFrom("auth", "ping", "subscribe", "resume", "broadcast", "nope"),
              req: fc.anything(),
            },
            { requiredKeys: [] },
          )
          .map((f) => JSON.stringify(f)),
        fc.record({ type: fc.constant("subscribe"), streams: fc.anything() }).map((f) => JSON.stringify(f)),
        fc
          .record({ type: fc.constant("resume"), last_event_id: fc.anything() })
          .map((f) => JSON.stringify(f)),
      ),
      { numRuns: 100 },
    );
    // Four connections, 25 frames each: under the 30-per-10-s frame limit.
    for (let i = 0; i < 4; i++) {
      const c = connect(`${s.base.replace("http", "ws")}/ws?token=${await token(7004)}`);
      await c.waitFor((f) => f.type === "ready");
      for (const f of frames.slice(i * 25, i * 25 + 24)) c.send(f);
      c.ws.send(JSON.stringify({ type: "ping", req: "last" }));
      const pong = await c.waitFor((f) => f.type === "pong" && f.req === "last");
      expect(pong).toBeTruthy();
      expect(c.frames.filter((f) => f.type === "error" && f.code === "internal")).toEqual([]);
      await c.close();
    }
  });

  it("random first frames and binary data from unauthenticated clients close the socket cleanly", async () => {
    const firsts = fc.sample(
      fc.oneof(fc.string({ maxLength: 100 }), fc.json(), fc.uint8Array({ maxLength: 100 })),
      30,
    );
    for (const first of firsts) {
      const ws = new WebSocket(`${s.base.replace("http", "ws")}/ws`);
      await new Promise((resolve, reject) => {
        ws.once("open", resolve);
        ws.once("error", reject);
      });
      const closed = new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));
      ws.send(typeof first === "string" ? first : Buffer.from(first));
      expect([1003, 1007, 1008, 4400, 4401]).toContain(await closed);
    }
    expect((await fetch(`${s.base}/live`)).status).toBe(200);
  });
});
