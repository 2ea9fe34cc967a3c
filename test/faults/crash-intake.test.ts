/**
 * kill -9 with messages in flight. Telegram considers an update delivered once the webhook answered
 * 2xx or the next getUpdates moved the offset past it, and never sends it again. So the service is
 * driven only as Telegram would drive it, killed while several users' replies are still being
 * written (a slow model), sent more messages while it is down, and started again on the same
 * database: every message must then be answered exactly once — none lost, none answered twice.
 * With two instances behind a load balancer, the survivor must do the same for the dead one's work.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dropFreshDatabases, testEnv } from "../helpers/env.ts";
import { freePort } from "../helpers/harness.ts";
import { killAllMains } from "../helpers/process.ts";
import {
  crashEnv,
  type IntakeMode,
  messenger,
  roundRobinProxy,
  type Service,
  sigkill,
  startCrashFakes,
  startService,
  waitInFlight,
  watchAnswers,
} from "./crash-helpers.ts";

// The model takes 3–8 s per reply, so everything sent just before the kill is still in flight.
const SLOW_LLM: [number, number] = [3_000, 8_000];
// How long the restarted (or surviving) service gets to answer everything: a re-run waits for the
// slow model again, and work held by a dead instance may first have to wait out its lease.
const ANSWER_WITHIN_MS = 35_000;
// Quiet time after the last expected answer, for a late second answer to show up.
const SETTLE_MS = 1_500;

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  killAllMains();
  for (const c of cleanups.reverse()) await c();
  await dropFreshDatabases();
});

async function fakes() {
  const f = await startCrashFakes({ delayMs: SLOW_LLM, retryWindowMs: 90_000 });
  const answers = watchAnswers(f.tg);
  cleanups.push(
    () => answers.stop(),
    () => f.tg.close(),
    () => f.llm.close(),
  );
  return { ...f, answers };
}

/** Fails with the lost and the twice-answered messages, and the service's log tail to explain them. */
async function expectExactlyOnce(
  answers: ReturnType<typeof watchAnswers>,
  tokens: string[],
  services: Service[],
): Promise<void> {
  await answers.allAnswered(tokens, ANSWER_WITHIN_MS);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const { lost, duplicated } = answers.tally(tokens);
  const logs = services.map((s) => `${s.out().slice(-1500)}${s.err().slice(-1000)}`).join("\n---\n");
  const why = `of ${tokens.length} messages, lost: [${lost.join(", ")}], answered twice: [${duplicated.join(", ")}]`;
  expect({ lost, duplicated }, `${why}\n--- service logs (tail) ---\n${logs}`).toEqual({
    lost: [],
    duplicated: [],
  });
}

describe("SIGKILL with messages in flight, then a restart", () => {
  for (const mode of ["webhook", "polling"] as IntakeMode[]) {
    it(`${mode}: every message is answered exactly once`, { timeout: 90_000 }, async () => {
      const { tg, llm, answers } = await fakes();
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "velro-crash-"));
      cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
      const port = await freePort();
      // One environment for both runs: the same DATA_DIR (embedded) or database (Postgres), port and URL.
      const env = await testEnv({
        ...crashEnv({ tg, llm }, mode, `http://127.0.0.1:${port}/telegram/webhook`),
        DATA_DIR: dataDir,
        PORT: String(port),
      });
      const send = messenger(tg, mode);
      const users = [9101, 9102, 9103, 9104, 9105, 9106];

      const first = await startService(env);
      const inFlight = users.map((u) => send.send(u, 1));
      await waitInFlight(llm, inFlight, 20_000);
      if (mode === "polling") {
        // Let the next getUpdates confirm them: from then on Telegram will not hand them out again.
        const deadline = Date.now() + 10_000;
        while (tg.pendingUpdates().length > 0 && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 25));
      }
      await sigkill(first);

      // While it is down: a second message from two of them, and two users who had not written yet.
      const whileDown = [send.send(9101, 2), send.send(9102, 2), send.send(9107, 1), send.send(9108, 1)];
      const second = await startService(env);
      await expectExactlyOnce(answers, [...inFlight, ...whileDown], [first, second]);
      expect(send.deliveries()).toEqual({ pending: 0, failed: 0 });
      await sigkill(second);
    });
  }
});

// Several instances need a shared database and cache; CI runs this in its Postgres + Redis pass.
describe.skipIf(!process.env.DATABASE_URL || !process.env.REDIS_URL)("two instances, one SIGKILLed", () => {
  it("the survivor answers every update exactly once", { timeout: 90_000 }, async () => {
    const { tg, llm, answers } = await fakes();
    const ports = [await freePort(), await freePort()];
    const proxy = await roundRobinProxy(ports);
    cleanups.push(() => proxy.close());
    // Both instances register the load balancer's URL; the last setWebhook wins, and it is the same.
    const shared = await testEnv(
      crashEnv({ tg, llm }, "webhook", `http://127.0.0.1:${proxy.port}/telegram/webhook`),
    );
    const [a, b] = await Promise.all(ports.map((p) => startService({ ...shared, PORT: String(p) })));
    const send = messenger(tg, "webhook");
    const users = Array.from({ length: 8 }, (_, i) => 9201 + i);

    const inFlight = users.map((u) => send.send(u, 1));
    await waitInFlight(llm, inFlight, 20_000);
    // The kill only proves something if the victim holds some of the work.
    expect(proxy.routed.get(ports[0]!)!.length).toBeGreaterThan(0);
    proxy.drop(ports[0]!);
    await sigkill(a!);

    const afterKill = [send.send(9201, 2), send.send(9202, 2), send.send(9209, 1), send.send(9210, 1)];
    await expectExactlyOnce(answers, [...inFlight, ...afterKill], [a!, b!]);
    expect(send.deliveries()).toEqual({ pending: 0, failed: 0 });
    expect(b!.child.exitCode).toBeNull();
    await sigkill(b!);
  });
});
