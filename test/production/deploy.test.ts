/**
 * Deployment files, validated as far as this machine allows (no Docker): the compose file parses
 * and has the production shape with pinned images, every file it and the Dockerfile reference
 * exists, and the image's build step and command — the bundle in dist/, laid out with exactly what
 * the runtime stage copies — start the service, answer a message (the bundle finds its migrations,
 * emotion weights, live-status page, database worker and PGlite) and stop cleanly on SIGTERM.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, utimesSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegram-server.ts";
import { privateText } from "../fakes/updates.ts";
import { eventually, freePort } from "../helpers/harness.ts";
import { startMain } from "../helpers/process.ts";

const root = path.resolve(import.meta.dirname, "../..");

/** The service on the embedded defaults (in memory), against the fake Bot API, on `port`. */
const serviceEnv = (tg: FakeTelegram, port: number) => ({
  BOT_TOKEN: tg.token,
  TELEGRAM_API_ROOT: tg.apiRoot,
  PORT: String(port),
  HOST: "127.0.0.1",
  DATA_DIR: "memory://",
  LOG_LEVEL: "info",
});
const hasYaml = spawnSync("python3", ["-c", "import yaml"]).status === 0;

// biome-ignore lint/suspicious/noExplicitAny: parsed YAML is checked structurally below
function parseYaml(file: string): any {
  const out = execFileSync("python3", [
    "-c",
    "import sys,json,yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))",
    file,
  ]);
  return JSON.parse(out.toString());
}

describe.skipIf(!hasYaml)("docker-compose.production.yml", () => {
  it("parses and has the production shape", () => {
    const c = parseYaml(path.join(root, "docker-compose.production.yml"));
    expect(Object.keys(c.services).sort()).toEqual(["app", "postgres", "prometheus", "redis"]);
    const app = c.services.app;
    expect(app.build).toBe(".");
    expect(app.env_file).toBe(".env");
    expect(app.environment.DATABASE_URL).toMatch(/^postgresql:\/\/.+@postgres:5432\//);
    expect(app.environment.REDIS_URL).toBe("redis://redis:6379");
    expect(app.healthcheck.test.join(" ")).toContain("/live");
    // The port the README's check curls is published (APP_PORT moves it).
    // biome-ignore lint/suspicious/noTemplateCurlyInString: compose's own interpolation syntax
    expect(app.ports).toEqual(["${APP_PORT:-3000}:3000"]);
    expect(c.services.postgres.image).toMatch(/^postgres:16/);
    expect(c.services.postgres.volumes[0]).toMatch(/:\/var\/lib\/postgresql\/data$/);
    expect(c.services.redis.image).toMatch(/^redis:7/);
    expect(c.services.redis.command).toContain("--appendonly");
    expect(c.services.prometheus.profiles).toEqual(["monitoring"]);
    // Images pulled from a registry name an exact release (the app's own image is built here).
    for (const name of ["postgres", "redis", "prometheus"]) {
      expect(c.services[name].image, name).toMatch(/^[\w./-]+:v?\d+\.\d+(\.\d+)?(-[\w.]+)?$/);
    }
    for (const v of c.services.prometheus.volumes) {
      expect(existsSync(path.join(root, v.split(":")[0]))).toBe(true);
    }
    expect(existsSync(path.join(root, ".env.example"))).toBe(true);
    const prom = parseYaml(path.join(root, "deploy/prometheus.yml"));
    expect(prom.scrape_configs[0].metrics_path).toBe("/metrics");
  });
});

/**
 * Lays out the Dockerfile's last (runtime) stage in `dest` from this checkout, after the build
 * stage's work (`scripts/build.mjs`) has run here: `COPY --from=build /app/x y` takes x from the
 * checkout, `COPY x y` from the build context (also the checkout). What the stage does not copy is
 * simply not there, so a file the bundle needs and the image lacks fails the test.
 */
function assembleRuntimeStage(dockerfile: string, dest: string): void {
  const stages = dockerfile.split(/^FROM /m);
  const runtime = stages.at(-1)!;
  for (const m of runtime.matchAll(/^COPY (--from=\w+ )?(.+)$/gm)) {
    const parts = m[2]!.trim().split(/\s+/);
    const target = parts.pop()!;
    for (const source of parts) {
      const from = path.join(root, m[1] ? path.relative("/app", source) : source);
      const to = target.endsWith("/")
        ? path.join(dest, target, path.basename(source))
        : path.join(dest, target);
      cpSync(from, to, { recursive: true, filter: (f) => !f.endsWith(".map") });
    }
  }
}

describe("Dockerfile", () => {
  const dockerfile = readFileSync(path.join(root, "Dockerfile"), "utf8");

  it("builds on an exact Node LTS release, and its runtime stage carries no sources, tests or npm install", () => {
    const image = /^ARG NODE_IMAGE=(\S+)$/m.exec(dockerfile)?.[1];
    expect(image).toMatch(/^node:(22|24)\.\d+\.\d+-bookworm-slim$/);
    const froms = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the Dockerfile's ARG syntax
    expect(froms).toEqual(["${NODE_IMAGE}", "${NODE_IMAGE}"]);
    const runtime = dockerfile.split(/^FROM /m).at(-1)!;
    expect(runtime).not.toMatch(/^RUN npm/m);
    expect(runtime).not.toMatch(/^COPY .*\b(src|test|bench|scripts)\b/m);
    expect(runtime).not.toMatch(/^COPY --from=build \/app\/node_modules \./m);
    // The code itself still supports the Node the machines without Docker run.
    expect(JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).engines.node).toBe(">=20.19");
  });

  it("copies only files that exist, runs as non-root, and checks /live", () => {
    const copies = [...dockerfile.matchAll(/^COPY (?!--from)(.+)$/gm)].map((m) => m[1]!.trim().split(/\s+/));
    expect(copies.length).toBeGreaterThan(0);
    for (const parts of copies)
      for (const src of parts.slice(0, -1)) expect(existsSync(path.join(root, src)), src).toBe(true);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/HEALTHCHECK[^\n]*\\\n[^\n]*\/live'/);
    expect(dockerfile).toMatch(/^RUN node scripts\/build.mjs\b/m);
    expect(dockerfile).toMatch(/^CMD \["node", "--max-semi-space-size=64", "dist\/main.js"\]$/m);
  });

  it("its build, runtime stage and command start the service, which answers and stops cleanly on SIGTERM", async () => {
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "ignore" });
    const image = mkdtempSync(path.join(os.tmpdir(), "velro-image-"));
    assembleRuntimeStage(dockerfile, image);
    const tg = await startFakeTelegram();
    const port = await freePort();
    const service = startMain(
      { NODE_ENV: "production", MALLOC_ARENA_MAX: "2", ...serviceEnv(tg, port) },
      { script: path.join(image, "dist/main.js") },
    );
    try {
      await service.waitForLog("velro is ready", 25_000);
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/live-status`)).status).toBe(200);
      tg.pushUpdate(
        privateText("Hi! I'm so happy today, my sister Mia got into art school.", { userId: 4242 }),
      );
      const reply = await tg.waitFor((c) => c.method === "sendMessage" && c.ok, 20_000);
      expect(String(reply.payload.text).length).toBeGreaterThan(0);
      service.child.kill("SIGTERM");
      expect(await service.exited).toBe(0);
      const output = service.out() + service.err();
      expect(output).not.toContain(tg.token);
      // Nothing failed on the way (a missing asset would log an error and still send an apology).
      expect(output).not.toMatch(/"level":(50|60)/);
    } finally {
      service.child.kill("SIGKILL");
      await tg.close();
      rmSync(image, { recursive: true, force: true });
    }
  }, 40_000);
});

describe("npm start (the README's command)", () => {
  it("rebuilds the bundle only when a source changed since the last build", () => {
    const build = () =>
      execFileSync(process.execPath, ["scripts/build.mjs", "--if-stale"], { cwd: root }).toString();
    build();
    expect(build()).toBe("");
    const now = new Date();
    utimesSync(path.join(root, "src/main.ts"), now, now);
    expect(build()).toMatch(/^built dist\//);
    expect(build()).toBe("");
  }, 30_000);

  it("builds, serves, and stops the service when npm gets SIGTERM (no orphaned process)", async () => {
    const tg = await startFakeTelegram();
    const port = await freePort();
    const npm = spawn("npm", ["start"], {
      cwd: root,
      // npm needs the rest of the environment (HOME, its own settings).
      env: { ...process.env, DATABASE_URL: "", REDIS_URL: "", ...serviceEnv(tg, port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    npm.stdout.on("data", (d) => (output += d));
    npm.stderr.on("data", (d) => (output += d));
    try {
      await eventually(async () => {
        if (npm.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
        return (await fetch(`http://127.0.0.1:${port}/ready`)).ok;
      }, 30_000);
      const exited = new Promise<number | null>((r) => npm.once("exit", (code) => r(code)));
      // What a process manager does: signal npm, not the node process behind it.
      npm.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(output).toContain('"msg":"stopped"');
      await expect(fetch(`http://127.0.0.1:${port}/live`)).rejects.toThrow();
    } finally {
      npm.kill("SIGKILL");
      await tg.close();
    }
  }, 60_000);
});
