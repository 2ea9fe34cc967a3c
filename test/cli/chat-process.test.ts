/**
 * `npm run chat` as a person runs it: the real entry point in a child process, lines piped into
 * its stdin, a working directory of its own with a `.env`. Expected texts come from the same
 * Fluent messages the bot uses, so each check proves which message was said, in which language.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/index.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX = path.join(ROOT, "node_modules/tsx/dist/esm/index.mjs");
const i18n = createI18n();
const en = i18n.t("en");
const ru = i18n.t("ru");
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh working directory holding `.env` with these lines. */
function workDir(envFile: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "velro-chat-"));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, ".env"), `${envFile.join("\n")}\n`);
  return dir;
}

/** Runs the terminal chat in `cwd` with exactly `env` (plus PATH), `lines` piped in. */
function chat(cwd: string, env: Record<string, string>, lines: string[], entry = "src/cli/chat.ts") {
  const child = spawn(process.execPath, ["--import", TSX, path.join(ROOT, entry)], {
    cwd,
    env: { PATH: process.env.PATH!, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  child.stdin.end(`${lines.join("\n")}\n`);
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stdout, stderr })),
  );
}

describe("npm run chat", () => {
  it("answers the bot's commands from .env settings, and says so while it creates its database", async () => {
    const cwd = workDir(["STARTING_CREDITS=42", "DATA_DIR=./db", "USER_NAME=Maria"]);
    const first = await chat(cwd, { LANG: "en_US.UTF-8" }, [
      "/mood",
      "/balance",
      "/persona sage",
      "I work as a nurse in Lisbon",
      "/memory work",
      "/export",
      "/imagine a fox",
    ]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(en("mood-unknown"));
    expect(first.stdout).not.toContain("How do you feel about mood");
    // 42 comes from the .env file: it was read.
    expect(first.stdout).toContain(en("gen-balance", { balance: 42 }));
    expect(first.stdout).toContain(
      en("persona-chosen", { emoji: "🦉", name: "Sage", tagline: en("persona-tagline-sage") }),
    );
    expect(first.stdout).toContain("I work as a nurse in Lisbon");
    expect(first.stdout).toContain(en("unknown-command"));
    const exported = path.join(cwd, "velro-export-1.json");
    expect(first.stdout).toContain(en("terminal-export-saved", { path: exported }));
    const data = JSON.parse(fs.readFileSync(exported, "utf8")) as { format: string };
    expect(data.format).toBe("velro-user-export");
    expect(first.stderr).toContain(
      en("terminal-first-start", { dir: path.join(fs.realpathSync(cwd), "db") }),
    );

    // The database exists now: no creation line, and what was said is still remembered.
    const second = await chat(cwd, { LANG: "en_US.UTF-8" }, ["/mood", "/memory"]);
    expect(second.code).toBe(0);
    const creating = en("terminal-first-start", { dir: "\u0000" }).split("\u0000")[0]!;
    expect(second.stderr).not.toContain(creating);
    expect(second.stdout).toContain(en("room-work"));
  }, 120_000);

  it("speaks the terminal's language, and real environment variables win over .env", async () => {
    const cwd = workDir(["LANG=en_US.UTF-8", "STARTING_CREDITS=42", "DATA_DIR=memory://"]);
    const run = await chat(cwd, { LANG: "ru_RU.UTF-8", STARTING_CREDITS: "7" }, [
      "/balance",
      "/forget all",
      ru("terminal-confirm-word"),
      "/persona nobody",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(ru("gen-balance", { balance: 7 }));
    expect(run.stdout).toContain(ru("forget-all-confirm"));
    expect(run.stdout).toContain(ru("forget-all-done", { count: 0 }));
    expect(run.stdout).toContain(ru("terminal-persona-unknown", { name: "nobody" }));
    expect(run.stdout).not.toContain(en("gen-balance", { balance: 42 }));
  }, 120_000);

  it("reads .env for npm start too, with the environment winning over the file", async () => {
    const cwd = workDir(["PORT=not-a-port", "BOT_TOKEN=not-a-token", "DATA_DIR=memory://"]);
    const fromFile = await chat(cwd, {}, [], "src/main.ts");
    expect(fromFile.code).toBe(1);
    expect(fromFile.stderr).toContain("PORT");
    expect(fromFile.stderr).toContain("BOT_TOKEN must look like");
    const overridden = await chat(cwd, { PORT: "0", BOT_TOKEN: "123:also-invalid!" }, [], "src/main.ts");
    expect(overridden.code).toBe(1);
    expect(overridden.stderr).toContain("BOT_TOKEN must look like");
    expect(overridden.stderr).not.toContain("PORT");
  }, 120_000);
});
