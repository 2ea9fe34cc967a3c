/**
 * Log output follows where it goes: JSON lines when stdout is a pipe (CI, a container's log
 * collector, `npm start | tee`), without pino-pretty ever being loaded; readable lines when stdout
 * is a terminal. Secrets are scrubbed either way. The terminal is a real pseudo-terminal made by
 * util-linux `script`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "velro-log-format-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = "s3cret-value-0123456789";
const child = path.join(dir, "child.ts");
writeFileSync(
  child,
  `import { createRequire } from "node:module";
import { createLogger } from ${JSON.stringify(path.join(root, "src/observability/logger.ts"))};
const log = createLogger({ level: "info", secrets: [${JSON.stringify(SECRET)}] });
log.info({ chat: 42, key: ${JSON.stringify(SECRET)} }, "hello from the logger");
setTimeout(() => {
  const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes("pino-pretty"));
  process.stdout.write("pretty-loaded=" + loaded + "\\n");
}, 300);
`,
);
const tsx = path.join(root, "node_modules/.bin/tsx");
const hasScript = spawnSync("script", ["--version"]).status === 0;

describe("log format", () => {
  it("is JSON on a pipe, and pino-pretty is not loaded", () => {
    const out = execFileSync(tsx, [child], { cwd: root, encoding: "utf8" });
    const [line, loaded] = out.trim().split("\n");
    const entry = JSON.parse(line!);
    expect(entry).toMatchObject({ level: "info", msg: "hello from the logger", chat: 42, key: "<redacted>" });
    expect(loaded).toBe("pretty-loaded=false");
  });

  it.skipIf(!hasScript)("is readable lines on a terminal, scrubbed the same way", () => {
    const out = execFileSync("script", ["-qfec", `${tsx} ${child}`, "/dev/null"], {
      cwd: root,
      encoding: "utf8",
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the terminal's colour codes
    const text = out.replace(/\u001b\[\d+m/g, "").replace(/\r/g, "");
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO \(velro\): hello from the logger$/m);
    expect(text).toMatch(/^ {4}chat: 42$/m);
    expect(text).toContain('key: "<redacted>"');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('{"level"');
    expect(text).toContain("pretty-loaded=true");
  });
});
