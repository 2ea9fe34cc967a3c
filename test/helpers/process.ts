/** Runs the real entry point (src/main.ts) as a child process, as an operator would. */
import { type ChildProcess, spawn } from "node:child_process";

const children: ChildProcess[] = [];

/** SIGKILLs every child started by startMain (afterAll safety net). */
export function killAllMains(): void {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
}

/** Starts `src/main.ts` with exactly `env` (plus PATH) and collects its output. */
export function startMain(env: Record<string, string | undefined>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { PATH: process.env.PATH, ...env },
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
