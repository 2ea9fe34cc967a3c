/**
 * Small helpers shared by the benchmarks: argument parsing, reporting, the local servers, latency
 * statistics, process memory, the production bundle.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** Parses `--name value` and `--flag` arguments. */
export function parseArgs(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--")) continue;
    const [key, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
    if (inline !== undefined) out[key] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("--")) out[key] = argv[++i]!;
    else out[key] = true;
  }
  return out;
}

/** The q-quantile (0..1) of a list of numbers, by nearest rank. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Resident memory of a process in MB (worker threads included), from /proc. */
export function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  return round(kb / 1024, 1);
}

/** Prints a line of the human-readable report, unless `--json` asked for one JSON object only. */
export const reporter =
  (json: boolean) =>
  (line: string): void => {
    if (!json) console.log(line);
  };

/** This machine's servers, used when DATABASE_URL / REDIS_URL are unset. */
export const LOCAL_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
export const LOCAL_REDIS_URL = "redis://127.0.0.1:6379";

/** Builds `dist/` (as `npm start` does: only when a source changed since the last build). */
export function buildBundle(): void {
  execFileSync(process.execPath, ["scripts/build.mjs", "--if-stale"], { stdio: "ignore" });
}
