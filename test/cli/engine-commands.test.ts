/**
 * /synesthesia, /dream and /perspectives in `npm run chat`: the real entry point in a child
 * process, lines piped in, on a throwaway embedded database. The card lands as a PNG file in the
 * working directory; the dream remixes what was said earlier in the same session.
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
const de = createI18n().t("de");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "velro-engines-"));

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function chat(lines: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", TSX, path.join(ROOT, "src/cli/chat.ts")], {
    cwd: dir,
    env: { PATH: process.env.PATH!, DATA_DIR: "memory://", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stdin.end(`${lines.join("\n")}\n`);
  return new Promise<{ code: number | null; stdout: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stdout })),
  );
}

describe("the engines in npm run chat", () => {
  it("writes the palette card, dreams in the terminal's language and offers perspectives", async () => {
    const out = await chat(
      [
        "Meine Schwester wohnt in Wien und malt jeden Sonntag",
        "/synesthesia das Meer bei Nacht",
        "/dream",
        "/perspectives Soll ich den Job in München annehmen oder in Hamburg bleiben?",
      ],
      { LANG: "de_DE.UTF-8" },
    );
    expect(out.code).toBe(0);
    const card = path.join(dir, "velro-feeling.png");
    expect([...fs.readFileSync(card).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(out.stdout).toContain(de("terminal-syn-saved", { path: card }));
    expect(out.stdout).toMatch(/🎨 Gefühl: .*\nTextur: .*\nKlang: .*Wellen am Ufer/);
    expect(out.stdout).toContain("ein Traum, keine Erinnerung an etwas, das passiert ist");
    expect(out.stdout).toContain("Zwischen „den Job in München annehmen“ und „in Hamburg bleiben“");
    expect(out.stdout).toMatch(/🦉 Sage — .*\n✨ Spark — .*\n🧭 Atlas — /);
  }, 60_000);
});
