/**
 * The send ledger decides what a re-run update may send: sends an earlier run made are replayed,
 * a send cut off by a crash counts as made, and a send Telegram refused is made again.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Api } from "grammy";
import { describe, expect, it } from "vitest";
import { flushTrackingAgent } from "../../src/bot/flush-agent.ts";
import type { RecordedSend } from "../../src/db/inbox-repository.ts";
import { createSendLedger } from "../../src/intake/send-ledger.ts";
import { updateCorrelationId, withCorrelation } from "../../src/observability/correlation.ts";
import { createLogger } from "../../src/observability/logger.ts";

/** An in-memory stand-in for the inbox's send records. */
function memoryInbox() {
  const rows = new Map<string, RecordedSend>();
  const key = (u: number, seq: number) => `${u}:${seq}`;
  return {
    rows,
    async intendSend(updateId: number, seq: number, method: string) {
      rows.set(key(updateId, seq), { seq, method, result: undefined });
    },
    async recordSend(updateId: number, send: RecordedSend) {
      rows.set(key(updateId, send.seq), send);
    },
    async forgetSend(updateId: number, seq: number) {
      rows.delete(key(updateId, seq));
    },
    earlier: (updateId: number) =>
      [...rows.entries()].filter(([k]) => k.startsWith(`${updateId}:`)).map(([, v]) => v),
  };
}

/** An Api whose calls are answered by `answer` instead of HTTP, with the ledger installed. */
function apiWith(ledger: ReturnType<typeof createSendLedger>, answer: (method: string) => unknown) {
  const api = new Api("1:test");
  const sent: string[] = [];
  api.config.use(async (_prev, method, payload) => {
    sent.push(`${method}:${(payload as { text?: string }).text ?? ""}`);
    return answer(method) as never;
  });
  api.config.use(ledger.transformer);
  return { api, sent };
}

const logger = createLogger({ level: "silent" });

/** Handles an update the way the bot does: inside its correlation id, which the ledger keys on. */
const runAs = <T>(
  ledger: ReturnType<typeof createSendLedger>,
  updateId: number,
  earlier: RecordedSend[],
  fn: () => Promise<T>,
) => ledger.run(updateId, earlier, () => withCorrelation(updateCorrelationId(updateId), fn));
const ok = (id: number) => ({
  ok: true,
  result: { message_id: id, date: 0, chat: { id: 5, type: "private" } },
});

describe("send ledger", () => {
  it("replays the sends an earlier run made, with their message ids, and makes only the rest", async () => {
    const inbox = memoryInbox();
    const ledger = createSendLedger({ inbox, logger });
    let next = 10;
    const { api, sent } = apiWith(ledger, (method) =>
      method === "editMessageText" ? { ok: true, result: true } : ok(next++),
    );
    await runAs(ledger, 1, [], async () => {
      const one = await api.sendMessage(5, "one");
      // Editing the message makes its id matter to a re-run: the answer is written down first.
      await api.editMessageText(5, one.message_id, "one!");
    });
    // The process died before the second send; the re-run sends both again.
    const replayed = await runAs(ledger, 1, inbox.earlier(1), async () => {
      const a = await api.sendMessage(5, "one");
      const b = await api.sendMessage(5, "two");
      return [a.message_id, b.message_id];
    });
    expect(sent).toEqual(["sendMessage:one", "editMessageText:one!", "sendMessage:two"]);
    expect(replayed).toEqual([10, 11]);
  });

  it("does not write down the answer of a send nothing refers to", async () => {
    const inbox = memoryInbox();
    const ledger = createSendLedger({ inbox, logger });
    const { api } = apiWith(ledger, () => ok(50));
    await runAs(ledger, 4, [], () => api.sendMessage(5, "only this"));
    expect(inbox.earlier(4)).toEqual([{ seq: 1, method: "sendMessage", result: undefined }]);
  });

  it("takes a send cut off by a crash as made", async () => {
    const inbox = memoryInbox();
    const ledger = createSendLedger({ inbox, logger });
    await inbox.intendSend(2, 1, "sendMessage");
    const { api, sent } = apiWith(ledger, () => ok(20));
    const msg = await runAs(ledger, 2, inbox.earlier(2), () => api.sendMessage(5, "hello"));
    expect(sent).toEqual([]);
    expect(msg.message_id).toBe(0);
  });

  it("makes a refused send again on the retry", async () => {
    const inbox = memoryInbox();
    const ledger = createSendLedger({ inbox, logger });
    let refuse = true;
    const { api, sent } = apiWith(ledger, () =>
      refuse ? { ok: false, error_code: 400, description: "Bad Request: nope" } : ok(30),
    );
    await expect(runAs(ledger, 3, [], () => api.sendMessage(5, "try"))).rejects.toThrow(/nope/);
    expect(inbox.earlier(3)).toEqual([]);
    refuse = false;
    await runAs(ledger, 3, inbox.earlier(3), () => api.sendMessage(5, "try"));
    expect(sent).toEqual(["sendMessage:try", "sendMessage:try"]);
  });

  it("leaves sends outside an update's handling alone", async () => {
    const inbox = memoryInbox();
    const ledger = createSendLedger({ inbox, logger });
    const { api, sent } = apiWith(ledger, () => ok(40));
    await api.sendMessage(5, "notice");
    expect(sent).toEqual(["sendMessage:notice"]);
    expect(inbox.rows.size).toBe(0);
  });

  it("writes a send down once its request has left, while Telegram is still answering", async () => {
    const inbox = memoryInbox();
    const ledger = createSendLedger({ inbox, logger });
    let recordedWhileWaiting: RecordedSend[] | undefined;
    const server = http.createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        // The request is complete at the server and not yet answered: the record must exist now.
        setTimeout(() => {
          recordedWhileWaiting = inbox.earlier(7);
          res.end(JSON.stringify(ok(70)));
        }, 50);
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const api = new Api("1:test", { apiRoot, baseFetchConfig: { agent: flushTrackingAgent(apiRoot) } });
    api.config.use(ledger.transformer);
    try {
      await runAs(ledger, 7, [], () => api.sendMessage(5, "in flight"));
      // A send outside any update (nothing armed) leaves no record behind.
      await api.sendMessage(5, "notice");
    } finally {
      server.close();
    }
    expect(recordedWhileWaiting).toEqual([{ seq: 1, method: "sendMessage", result: undefined }]);
    expect(inbox.rows.size).toBe(1);
  });
});
