/** Runs the real entry point (src/main.ts) as a child process, as an operator would. */
import { type ChildProcess, spawn } from "node:child_process";

const children: ChildProcess[] = [];

/** SIGKILLs every child started by startMain (afterAll safety net). */
export function killAllMains(): void {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
}

/**
 * Starts `src/main.ts` (through tsx) with exactly `env` (plus PATH) and collects its output;
 * `built: true` starts the production bundle `dist/main.js` instead (run `npm run build` first),
 * `script` any other JavaScript file (a benchmark's baseline).
 */
export function startMain(
  env: Record<string, string | undefined>,
  opts: { built?: boolean; script?: string } = {},
) {
  const entry = opts.script
    ? [opts.script]
    : opts.built
      ? ["--max-semi-space-size=64", "dist/main.js"]
      : ["--import", "tsx", "src/main.ts"];
  const child = spawn(process.execPath, entry, {
    // The bundle runs as `npm start` and the Docker image run it: with two malloc arenas and V8's
    // young generation as large as package.json's start script sets it.
    env: { PATH: process.env.PATH, ...(opts.built && { MALLOC_ARENA_MAX: "2" }), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => {
    stdout += d;
  });
  child.stderr!.on("data", (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    exited,
    out: () => stdout,
    err: () => stderr,
    async waitForLog(text: string, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!stdout.includes(text)) {
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`no "${text}" in output:\n${stdout}\n${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
