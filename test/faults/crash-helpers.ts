/**
 * Shared by the crash tests and bench:crash. Every user message carries a token that the fake LLM
 * echoes back, so each reply the fake Telegram records can be matched to the one message it
 * answers: a message with no reply was lost, one with two replies was answered twice. Also the
 * fakes set up like Telegram behaves towards a service that goes away (webhook deliveries retried
 * until it is back), the service's lifecycle as a real process, and a round-robin proxy standing in
 * for the load balancer in front of several instances.
 */
import http from "node:http";
import type { Update } from "grammy/types";
import { type FakeLlm, startFakeLlm } from "../fakes/llm-server.ts";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegram-server.ts";
import { privateText } from "../fakes/updates.ts";
import { freePort } from "../helpers/harness.ts";
import { startMain } from "../helpers/process.ts";

export type IntakeMode = "webhook" | "polling";
export const WEBHOOK_SECRET = "crash_secret";

/** Letters around the numbers so Markdown, word splitting and HTML escaping all leave it intact. */
const TOKEN = /\bk\d+x\d+q\b/g;
export const tokenOf = (userId: number, n: number) => `k${userId}x${n}q`;

/**
 * The fakes for a crash run. Webhook deliveries that fail (connection refused while the service is
 * down, or cut off by the kill) are retried every `retryMs` for `retryWindowMs`, as Telegram keeps
 * retrying a webhook that does not answer; polling keeps unconfirmed updates anyway. The LLM
 * answers `Echo: <last user message>` after `delayMs` (a [min, max] pair draws per request).
 */
export async function startCrashFakes(opts: {
  delayMs: number | [number, number];
  retryWindowMs: number;
  retryMs?: number;
}) {
  const retryMs = opts.retryMs ?? 100;
  const tg = await startFakeTelegram({
    webhookMaxAttempts: Math.ceil(opts.retryWindowMs / retryMs),
    webhookRetryDelaysMs: [retryMs],
  });
  const llm = await startFakeLlm({ defaults: { chunkSize: 64, chunkDelayMs: 0 } });
  const [min, max] = typeof opts.delayMs === "number" ? [opts.delayMs, opts.delayMs] : opts.delayMs;
  llm.setHandler(() => ({ delayMs: min + Math.floor(Math.random() * (max - min + 1)) }));
  return { tg, llm };
}

/** The service's environment for a crash run: the fakes, an LLM, no rate limit to get in the way. */
export function crashEnv(
  fakes: { tg: FakeTelegram; llm: FakeLlm },
  mode: IntakeMode,
  webhookUrl: string,
): Record<string, string> {
  return {
    BOT_TOKEN: fakes.tg.token,
    TELEGRAM_API_ROOT: fakes.tg.apiRoot,
    LLM_BASE_URL: fakes.llm.baseUrl,
    LLM_MODEL: "fake-echo",
    LLM_FACT_EXTRACTION: "off",
    RATE_LIMIT_PER_MINUTE: "1000000",
    ...(mode === "webhook" ? { WEBHOOK_URL: webhookUrl, WEBHOOK_SECRET } : {}),
  };
}

/**
 * Hands user messages to the fake Telegram as it would receive them from users: queued for
 * getUpdates, or posted to the webhook (in the background, retried until the service takes it).
 */
export function messenger(tg: FakeTelegram, mode: IntakeMode) {
  let pending = 0;
  let failed = 0;
  return {
    /** Sends the `n`th message of a user and returns its token. */
    send(userId: number, n: number): string {
      const token = tokenOf(userId, n);
      const update: Update = privateText(`Message ${token}: tell me one nice thing about today`, { userId });
      if (mode === "polling") tg.pushUpdate(update);
      else {
        pending++;
        void tg.deliverWebhook(update).then((d) => {
          pending--;
          if (!d.ok) failed++;
        });
      }
      return token;
    },
    /** Webhook deliveries still being retried, and those the fake gave up on (no instance took them). */
    deliveries: () => ({ pending, failed }),
  };
}

/** Counts, per token, the sendMessage calls that carried it (drafts are previews, not answers). */
export function watchAnswers(tg: FakeTelegram) {
  const counts = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  let seen = 0;
  let lastAnswerAt = 0;
  const scan = () => {
    for (; seen < tg.calls.length; seen++) {
      const c = tg.calls[seen]!;
      if (c.method !== "sendMessage" || !c.ok) continue;
      for (const token of new Set(String(c.payload.text).match(TOKEN) ?? [])) {
        counts.set(token, (counts.get(token) ?? 0) + 1);
        lastAnswerAt = c.at;
        waiters.get(token)?.();
      }
    }
  };
  const timer = setInterval(scan, 20);
  return {
    count: (token: string) => counts.get(token) ?? 0,
    /** When the latest answer arrived (ms since the epoch, 0 before any). */
    lastAnswerAt: () => lastAnswerAt,
    /** Resolves true once the token is answered, false after `timeoutMs`. */
    answered(token: string, timeoutMs: number): Promise<boolean> {
      if (counts.has(token)) return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = (ok: boolean) => {
          clearTimeout(timeout);
          waiters.delete(token);
          resolve(ok);
        };
        const timeout = setTimeout(() => done(false), timeoutMs);
        waiters.set(token, () => done(true));
      });
    },
    /** Waits until every token is answered (true) or `timeoutMs` passes (false). */
    async allAnswered(tokens: Iterable<string>, timeoutMs: number): Promise<boolean> {
      const deadline = Date.now() + timeoutMs;
      for (const token of tokens) {
        if (!(await this.answered(token, Math.max(0, deadline - Date.now())))) return false;
      }
      return true;
    },
    /** The tokens answered zero times and more than once. */
    tally(tokens: Iterable<string>) {
      scan();
      const lost: string[] = [];
      const duplicated: string[] = [];
      for (const t of tokens) {
        const n = counts.get(t) ?? 0;
        if (n === 0) lost.push(t);
        else if (n > 1) duplicated.push(t);
      }
      return { lost, duplicated };
    },
    stop: () => clearInterval(timer),
  };
}

/** Resolves once the LLM has been asked to answer every token: those messages are in flight. */
export async function waitInFlight(llm: FakeLlm, tokens: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const asked = new Set(
      llm.requests.map((r) => {
        const messages = (r.body?.messages ?? []) as { role: string; content: unknown }[];
        return String(messages.findLast((m) => m.role === "user")?.content ?? "").match(TOKEN)?.[0];
      }),
    );
    const missing = tokens.filter((t) => !asked.has(t));
    if (!missing.length) return;
    if (Date.now() > deadline) throw new Error(`never reached the LLM: ${missing.join(", ")}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Starts `src/main.ts` (or the bundle) and waits for its "ready" log line (logged at info). */
export async function startService(env: Record<string, string | undefined>, opts: { built?: boolean } = {}) {
  const service = startMain({ ...env, LOG_LEVEL: "info" }, opts);
  await service.waitForLog("velro is ready", 40_000);
  return service;
}

export type Service = ReturnType<typeof startMain>;

/** kill -9: no shutdown hook runs, nothing in memory survives. */
export async function sigkill(service: Service): Promise<void> {
  if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill("SIGKILL");
  await service.exited;
}

/**
 * A minimal load balancer: each request goes to the next live target in turn; `drop` takes a
 * target out (as a health check would after an instance dies). A target that fails answers 502, so
 * the fake Telegram retries the update, as it retries any failed webhook delivery.
 */
export async function roundRobinProxy(targets: number[]) {
  const live = [...targets];
  const routed = new Map<number, number[]>(targets.map((t) => [t, []]));
  let next = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const port = live[next++ % live.length];
      if (port === undefined) return void res.writeHead(502).end();
      try {
        routed.get(port)!.push(Number(JSON.parse(body.toString()).update_id));
      } catch {}
      const upstream = http.request(
        { host: "127.0.0.1", port, path: req.url, method: req.method, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on("error", () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      upstream.end(body);
    });
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return {
    port,
    /** update_ids forwarded to each target (retries included). */
    routed,
    drop(target: number) {
      const i = live.indexOf(target);
      if (i >= 0) live.splice(i, 1);
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}
