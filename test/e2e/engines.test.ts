/**
 * /synesthesia, /dream and /perspectives through the real grammY stack, the fake Bot API and the
 * offline responder (with the fake FAL, so "Paint it" opens the /imagine picker): a PNG palette
 * card, the 🎨 button under replies once turned on, a dream made of the user's own memories and
 * filed in their dreams room, perspectives voiced by personas, and a clarifying question in chat.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callbackQuery, command, privateText } from "../fakes/updates.ts";
import { buttons, type GenStack, sentMessage, startGenStack } from "../generation/setup.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";

let s: GenStack;
beforeAll(async () => {
  s = await startGenStack();
});
afterAll(async () => {
  await s?.h.stop();
  await s?.fal.close();
  await dropFreshDatabases();
});

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const photoBytes = (call: { payload: Record<string, unknown> }) => [
  ...((call.payload.photo as { bytes: Buffer }).bytes.subarray(0, 8) ?? []),
];

describe("the engines through the bot", () => {
  it("/synesthesia sends a PNG palette card; Paint it opens the /imagine picker, nothing charged yet", async () => {
    const user = 6101;
    const before = s.h.tg.calls.length;
    await s.h.send(command("synesthesia", "the sea at night, calm and blue", { userId: user }));
    const card = await s.h.nextCall("sendPhoto", user, before, 15_000);
    expect(photoBytes(card)).toEqual(PNG);
    const caption = String(card.payload.caption);
    expect(caption).toMatch(/^🎨 Feeling: /);
    expect(caption).toMatch(/#[0-9a-f]{6}( #[0-9a-f]{6}){4}/);
    const paint = buttons(card).find((b) => b.data.startsWith("paint:"));
    expect(paint?.text).toBe("🖼 Paint it");
    const beforePicker = s.h.tg.calls.length;
    await s.h.send(callbackQuery(paint!.data, { userId: user, message: sentMessage(card) }));
    const picker = await s.h.nextCall("sendMessage", user, beforePicker);
    expect(String(picker.payload.text)).toContain("Abstract synesthetic painting");
    expect(buttons(picker).some((b) => b.data.startsWith("g:go:"))).toBe(true);
    const account = await s.h.app.db.prisma.creditAccount.findUnique({ where: { userId: BigInt(user) } });
    expect(account?.balance).toBe(100);
  });

  it("/synesthesia in Russian; with no text it explains itself", async () => {
    const user = 6102;
    const before = s.h.tg.calls.length;
    await s.h.send(command("synesthesia", "", { userId: user, languageCode: "ru" }));
    const usage = await s.h.nextCall("sendMessage", user, before);
    expect(String(usage.payload.text)).toContain("/synesthesia море ночью");
    await s.h.send(command("synesthesia", "я так скучаю по снегу", { userId: user, languageCode: "ru" }));
    const card = await s.h.nextCall("sendPhoto", user, before, 15_000);
    expect(String(card.payload.caption)).toMatch(/^🎨 Чувство: .*\nФактура: .*свежий снег/s);
  });

  it("/synesthesia on puts a 🎨 button under replies; pressing it shows the card of the message answered", async () => {
    const user = 6103;
    let before = s.h.tg.calls.length;
    await s.h.send(command("synesthesia", "on", { userId: user }));
    expect(String((await s.h.nextCall("sendMessage", user, before)).payload.text)).toContain(
      "see this feeling",
    );
    before = s.h.tg.calls.length;
    const said = await s.h.send(privateText("We won the final, I'm so happy!", { userId: user }));
    const marked = await s.h.nextCall("editMessageReplyMarkup", user, before, 15_000);
    const see = buttons(marked).find((b) => b.data.startsWith("syn:see:"));
    expect(see?.data).toBe(`syn:see:${said.message!.message_id}`);
    // The button is under the reply itself.
    const reply = s.h.tg
      .callsOf("sendMessage")
      .filter((c) => Number(c.payload.chat_id) === user)
      .at(-1)!;
    expect(marked.payload.message_id).toBe((reply.result as { message_id: number }).message_id);
    before = s.h.tg.calls.length;
    await s.h.send(callbackQuery(see!.data, { userId: user, message: sentMessage(reply) }));
    const card = await s.h.nextCall("sendPhoto", user, before, 15_000);
    expect(photoBytes(card)).toEqual(PNG);
    expect(String(card.payload.caption)).toContain("Feeling: joy");
    // Off again: the next reply has no button.
    await s.h.send(command("synesthesia", "off", { userId: user }));
    await s.h.idle();
    before = s.h.tg.calls.length;
    await s.h.send(privateText("Another good day", { userId: user }));
    await s.h.nextCall("sendMessage", user, before, 15_000);
    await s.h.idle();
    expect(s.h.tg.calls.slice(before).some((c) => c.method === "editMessageReplyMarkup")).toBe(false);
  });

  it("/dream remixes only this user's memories and files the dream in their dreams room", async () => {
    const [ann, bo] = [6104, 6105];
    for (const text of ["My sister Maria moved to Lisbon for a new job", "I love painting by the river"])
      await s.h.send(privateText(text, { userId: ann }));
    for (const text of ["My brother Oskar lives in Tromsø", "I play the cello in an orchestra"])
      await s.h.send(privateText(text, { userId: bo }));
    await s.h.idle();
    const before = s.h.tg.calls.length;
    await s.h.send(command("dream", "", { userId: ann }));
    const sent = await s.h.nextCall("sendMessage", ann, before, 15_000);
    const text = String(sent.payload.text);
    expect(text).toMatch(/^🌙 /);
    expect(text).toContain("it's a dream, not a memory of what happened");
    for (const w of ["Oskar", "Tromsø", "cello", "orchestra"]) expect(text).not.toContain(w);
    expect(text).toMatch(/Maria|Lisbon|painting by the river/);
    expect(buttons(sent).some((b) => b.data.startsWith("paint:"))).toBe(true);
    const palace = await s.h.app.runtime.mind.list(ann, "dreams");
    expect(palace).toHaveLength(1);
    expect(palace[0]!.kind).toBe("dream");
    expect(await s.h.app.runtime.mind.list(bo, "dreams")).toHaveLength(0);
    // In a group a dream would tell everyone what Ann told Velro: it is kept for a private chat.
    const group = -1_001_000_006_104;
    const beforeGroup = s.h.tg.calls.length;
    await s.h.send(command("dream", "", { userId: ann, chatId: group }));
    const refused = String((await s.h.nextCall("sendMessage", group, beforeGroup, 15_000)).payload.text);
    expect(refused).toContain("ask me for one in a private chat");
    expect(await s.h.app.runtime.mind.list(ann, "dreams")).toHaveLength(1);
  });

  it("/perspectives answers with voices of three personas; a vague choice in chat gets one question back", async () => {
    const user = 6106;
    let before = s.h.tg.calls.length;
    await s.h.send(
      command("perspectives", "Should I take the job in Berlin or stay here?", { userId: user }),
    );
    const answer = String((await s.h.nextCall("sendMessage", user, before, 15_000)).payload.text);
    expect(answer).toContain("“take the job in Berlin”");
    for (const name of ["Sage —", "Spark —", "Atlas —"]) expect(answer).toContain(name);
    before = s.h.tg.calls.length;
    await s.h.send(command("perspectives", "", { userId: user }));
    expect(String((await s.h.nextCall("sendMessage", user, before)).payload.text)).toContain(
      "/perspectives should I",
    );
    before = s.h.tg.calls.length;
    await s.h.send(privateText("Should I do it?", { userId: user }));
    const reply = await eventually(
      () =>
        s.h.tg.calls
          .slice(before)
          .find((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === user),
      15_000,
    );
    expect(String(reply.payload.text)).toMatch(
      /what's the choice you're facing\?|what exactly are you deciding about\?|What are the options\?/,
    );
  });
});
