/** /export and /deletedata through the fake Bot API, checked against the database. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callbackQuery, command, groupText, privateText } from "../fakes/updates.ts";
import { buttons, sentMessage } from "../generation/setup.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { type ProdStack, startProdStack } from "./stack.ts";

let s: ProdStack;
beforeAll(async () => {
  s = await startProdStack({ mode: "polling" });
});
afterAll(async () => {
  await s?.stop();
  await dropFreshDatabases();
});

const sends = (method: string, chatId: number) =>
  s.tg.callsOf(method).filter((c) => c.ok && Number(c.payload.chat_id) === chatId);

async function talk(userId: number, text: string) {
  const before = sends("sendMessage", userId).length;
  await s.tg.dispatchUpdate(privateText(text, { userId }));
  await eventually(() => sends("sendMessage", userId).length > before);
}

async function exportOf(userId: number) {
  const before = sends("sendDocument", userId).length;
  await s.tg.dispatchUpdate(command("export", undefined, { userId }));
  const call = await eventually(() => sends("sendDocument", userId)[before]);
  const fileId = (call.result as { document: { file_id: string } }).document.file_id;
  return JSON.parse(Buffer.from(s.tg.file(fileId)?.bytes ?? []).toString("utf8"));
}

const count = async (table: string, where: string) =>
  Number(
    (
      (await s.app.db.prisma.$queryRawUnsafe(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`)) as {
        n: number;
      }[]
    )[0]!.n,
  );

describe("/export", () => {
  it("sends the user's own data as a JSON document, and nobody else's", async () => {
    await talk(6101, "My name is Dana and I love rock climbing in the Alps.");
    await talk(6101, "My sister Mia is a doctor.");
    await talk(6102, "I am someone else entirely, my cat is called Biscuit.");
    await eventually(async () => (await count("memories", "user_id = 6101")) > 0);
    const data = await exportOf(6101);
    expect(data.format).toBe("velro-user-export");
    expect(data.user_id).toBe(6101);
    expect(data.profile.firstName).toBe("Alice");
    expect(data.messages.map((m: { content: string }) => m.content)).toContain("My sister Mia is a doctor.");
    expect(data.messages.some((m: { role: string }) => m.role === "assistant")).toBe(true);
    expect(data.memories.length).toBeGreaterThan(0);
    expect(data.mind_states.length).toBe(1);
    expect(data.credits).toHaveProperty("entries");
    expect(JSON.stringify(data)).not.toContain("Biscuit");
  });

  it("is refused in groups", async () => {
    await s.tg.dispatchUpdate(command("export", undefined, { userId: 6101, chatId: -100777 }));
    const reply = await eventually(() => sends("sendMessage", -100777)[0]);
    expect(String(reply.payload.text)).toContain("private chat");
    expect(sends("sendDocument", -100777)).toHaveLength(0);
  });
});

describe("/deletedata", () => {
  async function askDelete(userId: number) {
    const before = sends("sendMessage", userId).length;
    await s.tg.dispatchUpdate(command("deletedata", undefined, { userId }));
    const prompt = await eventually(() => sends("sendMessage", userId)[before]);
    return { prompt, data: buttons(prompt).map((b) => b.data) };
  }

  it("deletes nothing on cancel, or when someone else presses the button", async () => {
    const { prompt, data } = await askDelete(6101);
    expect(data).toEqual(["privacy:del:6101", "privacy:cancel"]);
    await s.tg.dispatchUpdate(callbackQuery(data[0]!, { userId: 6102, message: sentMessage(prompt) }));
    await s.tg.dispatchUpdate(callbackQuery(data[1]!, { userId: 6101, message: sentMessage(prompt) }));
    await eventually(() => s.tg.callsOf("answerCallbackQuery").length >= 2);
    expect(await count("users", "id = 6101")).toBe(1);
    expect(await count("memories", "user_id = 6101")).toBeGreaterThan(0);
  });

  it("erases profile, memories, mind state and history after confirmation, keeping the ledger", async () => {
    await s.tg.dispatchUpdate(
      groupText("hello group, I am Dana", { userId: 6101, chatId: -100888, mention: true }),
    );
    await eventually(() => sends("sendMessage", -100888).length > 0);
    await eventually(async () => (await count("messages", "user_id = 6101")) >= 3);
    const balance = await s.app.runtime.credits.balance(6101);
    const { prompt, data } = await askDelete(6101);
    await s.tg.dispatchUpdate(callbackQuery(data[0]!, { userId: 6101, message: sentMessage(prompt) }));
    await eventually(() =>
      s.tg.callsOf("editMessageText").some((c) => String(c.payload.text).includes("has been deleted")),
    );
    expect(await count("users", "id = 6101")).toBe(0);
    expect(await count("memories", "user_id = 6101")).toBe(0);
    expect(await count("mind_states", "user_id = 6101")).toBe(0);
    expect(await count("messages", "user_id = 6101")).toBe(0);
    expect(await count("chats", "id = 6101")).toBe(0);
    // Financial records stay, and still reconcile.
    expect(await count("credit_entries", "user_id = 6101")).toBeGreaterThan(0);
    expect(await s.app.runtime.credits.balance(6101)).toBe(balance);
    expect((await s.app.runtime.credits.reconcile()).mismatches).toEqual([]);
    // The other user is untouched.
    expect(await count("memories", "user_id = 6102")).toBeGreaterThan(0);
  });

  it("lets the user start over as a stranger, with nothing remembered", async () => {
    await talk(6101, "hi again");
    expect(await count("users", "id = 6101")).toBe(1);
    const data = await exportOf(6101);
    expect(JSON.stringify(data.memories)).not.toContain("climbing");
    expect(data.messages.map((m: { content: string }) => m.content)).not.toContain(
      "My sister Mia is a doctor.",
    );
  });
});
