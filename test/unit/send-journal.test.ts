/**
 * The embedded database's send journal: what one process appends, the next one recovers in order,
 * a line torn by a kill is skipped, and an emptied journal recovers nothing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSendJournal } from "../../src/db/send-journal.ts";
import { createLogger } from "../../src/observability/logger.ts";

const logger = createLogger({ level: "silent" });

const dirs: string[] = [];
const journalPath = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "velro-journal-"));
  dirs.push(dir);
  return path.join(dir, "send-journal.log");
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("send journal", () => {
  it("recovers what an earlier process wrote, in order, and skips a torn last line", () => {
    const file = journalPath();
    const first = openSendJournal(file, logger)!;
    expect(first.recovered).toEqual([]);
    first.intend(41, 1, "sendMessage");
    first.intend(41, 2, "sendPhoto");
    first.forget(41, 2);
    first.close();
    fs.appendFileSync(file, "i\t42\t"); // a write cut off mid-line
    const second = openSendJournal(file, logger)!;
    expect(second.recovered).toEqual([
      { kind: "intend", updateId: 41, seq: 1, method: "sendMessage" },
      { kind: "intend", updateId: 41, seq: 2, method: "sendPhoto" },
      { kind: "forget", updateId: 41, seq: 2 },
    ]);
    second.clear();
    second.intend(43, 1, "sendMessage");
    second.close();
    expect(openSendJournal(file, logger)!.recovered).toEqual([
      { kind: "intend", updateId: 43, seq: 1, method: "sendMessage" },
    ]);
  });

  it("is on disk the moment intend returns, before any await", () => {
    const file = journalPath();
    const journal = openSendJournal(file, logger)!;
    journal.intend(7, 3, "sendVoice");
    expect(fs.readFileSync(file, "utf8")).toBe("i\t7\t3\tsendVoice\n");
    journal.close();
  });
});
