/**
 * The load side of bench:webhook, run as a child process so that the fake Bot API, the fake LLM
 * and the load generator do not share a CPU core with the bot being measured. Driven over IPC by
 * bench/webhook.ts.
 */
import type { Update } from "grammy/types";
import { startFakeLlm } from "../test/fakes/llm-server.ts";
import { type FakeTelegram, startFakeTelegram } from "../test/fakes/telegram-server.ts";
import { privateText } from "../test/fakes/updates.ts";
import { quantile } from "./lib.ts";

export interface DriveRequest {
  type: "drive";
  url: string;
  secret: string;
  count: number;
  users: number;
  userBase: number;
}

export interface DriveResult {
  type: "result";
  ups: number;
  p50: number;
  p99: number;
  errors: number;
}

let nextUpdateId = 1;

/** Closed-loop load: `users` virtual users, each sending its next message once answered. */
async function drive(tg: FakeTelegram, req: DriveRequest): Promise<DriveResult> {
  const latencies: number[] = [];
  let sent = 0;
  let errors = 0;
  const started = performance.now();
  const user = async (u: number) => {
    const chatId = req.userBase + u;
    while (sent < req.count) {
      sent++;
      const update = {
        ...privateText(`hello number ${sent}, how are you today?`, { userId: chatId }),
        update_id: nextUpdateId++,
      };
      const t0 = performance.now();
      const reply = tg.waitFor(
        (c) => c.method === "sendMessage" && c.ok && Number(c.payload.chat_id) === chatId,
        15_000,
        tg.calls.length,
      );
      try {
        const res = await fetch(req.url, {
          method: "POST",
          headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": req.secret },
          body: JSON.stringify(update satisfies Update),
        });
        await res.arrayBuffer();
        await reply;
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: req.users }, (_, u) => user(u)));
  const seconds = (performance.now() - started) / 1000;
  return {
    type: "result",
    ups: latencies.length / seconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    errors,
  };
}

const tg = await startFakeTelegram();
const llm = await startFakeLlm({ defaults: { chunkSize: 64, chunkDelayMs: 0 } });
process.on("message", async (msg: DriveRequest | { type: "reset" | "exit" }) => {
  if (msg.type === "drive") process.send!(await drive(tg, msg));
  else if (msg.type === "reset") {
    tg.reset();
    process.send!({ type: "reset" });
  } else {
    await tg.close();
    await llm.close();
    process.exit(0);
  }
});
process.send!({
  type: "ready",
  apiRoot: tg.apiRoot,
  token: tg.token,
  botInfo: tg.botInfo,
  llmBaseUrl: llm.baseUrl,
});
