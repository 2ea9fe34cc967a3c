/**
 * The metrics an operator reaches for first: which build each instance runs (velro_build_info) and
 * how long HTTP requests take by route (velro_http_request_duration_seconds). The route label is
 * the matched route, never the raw path, and methods outside the usual few (WebDAV and the like) fold into "other", so a scanner
 * requesting random URLs cannot grow the series count.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropFreshDatabases } from "../helpers/env.ts";
import { type ProdStack, startProdStack } from "./stack.ts";

const DURATION = "velro_http_request_duration_seconds";

/** The value of the sample `name` whose labels include every one of `labels`, or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split("\n")) {
    const m = /^([\w:]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...m[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((p) => [p[1], p[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

let s: ProdStack;
beforeAll(async () => {
  s = await startProdStack({ mode: "polling" });
}, 60_000);
afterAll(async () => {
  await s?.stop();
  await dropFreshDatabases();
});

describe("HTTP and build metrics", () => {
  it("velro_build_info carries the running version with the value 1", async () => {
    const text = await (await fetch(`${s.base}/metrics`)).text();
    expect(text).toMatch(/^# TYPE velro_build_info gauge$/m);
    expect(sample(text, "velro_build_info", { version: "test" })).toBe(1);
  });

  it("times each request under its route pattern, method and status; unknown paths are 'unmatched'", async () => {
    const junk = Array.from({ length: 5 }, () => `/scan-${randomBytes(6).toString("hex")}`);
    await fetch(`${s.base}/live`);
    await fetch(`${s.base}/live`);
    await fetch(`${s.base}/live`, { method: "HEAD" });
    await fetch(`${s.base}/live`, { method: "POST" });
    await fetch(`${s.base}/live`, { method: "PROPFIND" });
    for (const path of junk) await fetch(`${s.base}${path}?q=${path}`);

    const text = await (await fetch(`${s.base}/metrics`)).text();
    expect(text).toMatch(new RegExp(`^# TYPE ${DURATION} histogram$`, "m"));
    const count = (labels: Record<string, string>) => sample(text, `${DURATION}_count`, labels);
    expect(count({ route: "/live", method: "GET", status: "200" })).toBe(2);
    expect(count({ route: "/live", method: "HEAD", status: "200" })).toBe(1);
    expect(count({ route: "/live", method: "POST", status: "405" })).toBe(1);
    expect(count({ route: "/live", method: "other", status: "405" })).toBe(1);
    expect(count({ route: "unmatched", method: "GET", status: "404" })).toBe(junk.length);
    for (const path of junk) expect(text).not.toContain(path);
    // Buckets end in +Inf and agree with the count; the sum is a duration, not a request count.
    expect(
      sample(text, `${DURATION}_bucket`, { route: "/live", method: "GET", status: "200", le: "+Inf" }),
    ).toBe(2);
    const sum = sample(text, `${DURATION}_sum`, { route: "/live", method: "GET", status: "200" })!;
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(5);
  });
});
