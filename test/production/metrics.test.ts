/**
 * The documented metric set: every family is exported, labels stay bounded (no user or chat ids),
 * and the text parses as Prometheus exposition. With METRICS_OUT set (CI), the text is written
 * there for `promtool check metrics`.
 */
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { command, privateText } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { type ProdStack, startProdStack } from "./stack.ts";

const DOCUMENTED_METRICS = [
  "velro_updates_received_total",
  "velro_updates_handled_total",
  "velro_updates_failed_total",
  "velro_updates_duplicate_total",
  "velro_update_handler_seconds",
  "velro_rate_limited_total",
  "velro_llm_request_seconds",
  "velro_llm_errors_total",
  "velro_llm_tokens_total",
  "velro_fal_jobs_total",
  "velro_credits_spent_total",
  "velro_credits_purchased_total",
  "velro_ws_connections",
  "velro_ws_messages_total",
  "velro_ws_disconnects_total",
  "velro_cache_requests_total",
  "velro_cache_degraded",
  "velro_db_query_seconds",
  "velro_circuit_state",
];

let s: ProdStack;
beforeAll(async () => {
  s = await startProdStack({ mode: "polling", env: { RATE_LIMIT_PER_MINUTE: "2" } });
});
afterAll(async () => {
  await s?.stop();
  await dropFreshDatabases();
});

describe("/metrics", () => {
  it("exports the documented set with bounded labels", async () => {
    const userId = 987_654_321;
    for (const text of ["hi", "how are you", "third message is rate limited"]) {
      await s.tg.dispatchUpdate(privateText(text, { userId }));
    }
    await s.tg.dispatchUpdate(command("balance", undefined, { userId: userId + 1 }));
    await eventually(() => s.tg.callsOf("sendMessage").filter((c) => c.ok).length >= 4, 10_000);
    const res = await fetch(`${s.base}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    if (process.env.METRICS_OUT) writeFileSync(process.env.METRICS_OUT, text);
    for (const name of DOCUMENTED_METRICS) expect(text, name).toMatch(new RegExp(`^# TYPE ${name} `, "m"));
    expect(text).toMatch(/^velro_rate_limited_total 1$/m);
    expect(text).toMatch(/^velro_db_query_seconds_count\{operation="[\w.$]+"\} [1-9]/m);
    expect(text).toMatch(/^velro_cache_requests_total\{result="(hit|miss)"\} [1-9]/m);
    // Bounded labels: no id ever appears as a label value.
    expect(text).not.toContain(String(userId));
    // Every sample line is `name{labels} value`: the exposition format.
    for (const line of text.split("\n").filter((l) => l && !l.startsWith("#"))) {
      expect(line).toMatch(/^[a-zA-Z_:][\w:]*(\{[^}]*\})? [-+\d.eE]+|NaN|[+-]Inf$/);
    }
  });
});
