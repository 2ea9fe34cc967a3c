/**
 * Photos through the real grammY stack: the fake Bot API serves the photo's sizes through getFile,
 * the fake OpenAI-compatible server (where only "fake-vision" takes pictures) describes it and
 * answers the turn, and the description is what the conversation and the memory palace keep.
 */
import { describe, expect, it } from "vitest";
import { type FakeLlm, type LlmRequest, llmErrors } from "../fakes/llm-server.ts";
import { groupText, privateText } from "../fakes/updates.ts";
import {
  albumUpdates,
  BEACH,
  chatCompletions,
  describeRequests,
  documentUpdate,
  FOREST,
  lastUser,
  photoUpdate,
  replyRequests,
  systemPrompt,
} from "../fixtures/media.ts";
import { eventually, type Harness } from "../helpers/harness.ts";
import { addedLatency, median } from "../helpers/latency.ts";
import { useLlmHarness } from "../helpers/llm-harness.ts";

const DESCRIPTION = "a brown dog running on a sandy beach by the sea";

describe("photos on an OpenAI-compatible vision model", () => {
  let llm: FakeLlm;
  let h: Harness;
  /** Descriptions (not streamed) get `description`; turns (streamed) get `reply`. */
  const answer = (description: string, reply: string) =>
    llm.setHandler((req) => (req.stream ? { reply } : { reply: description }));

  useLlmHarness(
    { LLM_VISION_MODEL: "fake-vision", VISION_CREDITS: "2", ALBUM_WAIT_MS: "300" },
    (stack) => {
      ({ llm, h } = stack);
    },
    { visionModels: ["fake-vision"], defaults: { chunkDelayMs: 0 } },
    { recordLogs: true },
  );

  const imagesOf = (req: LlmRequest) => req.images.map((i) => i.bytes);

  it("a photo is a chat turn: the vision model gets it as a data: URL (never the token), the description is kept, 2 credits are charged", async () => {
    const userId = 8101;
    answer(DESCRIPTION, "What a happy dog! Rex looks like he owns that beach.");
    const before = h.tg.calls.length;
    await h.send(photoUpdate(h.tg, { userId }, { caption: "This is my dog Rex at the beach" }));
    const sent = await h.nextCall("sendMessage", userId, before);
    expect(sent.payload.text).toBe("What a happy dog! Rex looks like he owns that beach.");

    const [describe] = describeRequests(llm);
    expect(describe!.body.model).toBe("fake-vision");
    expect(systemPrompt(describe!)).toMatch(/one line .*Write it in English\.$/s);
    expect(lastUser(describe!).text).toContain("This is my dog Rex at the beach");
    const [turn] = replyRequests(llm);
    expect(turn!.body.model).toBe("fake-vision");
    // The largest size, as base64 in a data: URL, after the text part.
    const { text, parts } = lastUser(turn!);
    expect(text).toBe(`📷 ${DESCRIPTION}\n\nThis is my dog Rex at the beach`);
    expect(parts!.map((p) => (p as { type: string }).type)).toEqual(["text", "image_url"]);
    expect(turn!.images.map((i) => i.url.slice(0, 23))).toEqual(["data:image/jpeg;base64,"]);
    expect(imagesOf(turn!)).toEqual([BEACH]);
    for (const req of chatCompletions(llm)) expect(JSON.stringify(req.body)).not.toContain(h.tg.token);
    // The persona and memory shape this turn like any other.
    expect(systemPrompt(turn!)).toMatch(/Velro/);

    const memory = await eventually(() =>
      h.app.db.prisma.memory.findFirst({
        where: { userId: BigInt(userId), text: { contains: "sandy beach" } },
      }),
    );
    expect(memory.text).toContain("Rex");
    await h.idle();
    const rows = await h.app.db.prisma.message.findMany({
      where: { conversation: { chatId: BigInt(userId) } },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => r.role)).toEqual(["user", "assistant"]);
    expect(rows[0]!.content).toBe(text);
    const entries = await h.app.runtime.credits.entries(userId);
    expect(entries.map((e) => [e.kind, e.amount])).toEqual(
      expect.arrayContaining([
        ["reserve", -2],
        ["capture", 0],
      ]),
    );
    expect(await h.app.runtime.credits.balance(userId)).toBe(98);
    const line = h.lines.map((l) => JSON.parse(l)).find((l) => l.msg === "photo understood");
    expect(line).toMatchObject({ provider: "openai", model: "fake-vision", photos: 1 });
  });

  it("what the photo showed is recalled later, in a text turn answered by the usual model", async () => {
    const userId = 8102;
    answer("a golden retriever asleep on a striped beach towel", "Cute!");
    let before = h.tg.calls.length;
    await h.send(photoUpdate(h.tg, { userId }, { caption: "Rex after the beach" }));
    await h.nextCall("sendMessage", userId, before);
    await h.idle();
    llm.reset();
    llm.script({ reply: "He was asleep on a striped towel." });
    before = h.tg.calls.length;
    await h.send(privateText("What was Rex doing on the towel in that photo?", { userId }));
    await h.nextCall("sendMessage", userId, before);
    const [turn] = replyRequests(llm);
    expect(turn!.body.model).toBe("fake-gpt");
    expect(turn!.images).toEqual([]);
    expect(systemPrompt(turn!)).toContain("golden retriever asleep on a striped beach towel");
  });

  it("an album is one turn carrying every picture in order, answered and charged once", async () => {
    const userId = 8103;
    answer("a beach, a forest and the beach again", "Three lovely places!");
    const album = albumUpdates(h.tg, { userId }, [BEACH, FOREST, BEACH], "My weekend");
    const before = h.tg.calls.length;
    for (const update of album) await h.send(update);
    await h.nextCall("sendMessage", userId, before);
    await h.idle();
    for (const update of album) await h.settled(update);
    const replies = h.tg.calls
      .slice(before)
      .filter((c) => c.method === "sendMessage" && c.ok && Number(c.payload.chat_id) === userId);
    expect(replies.map((c) => c.payload.text)).toEqual(["Three lovely places!"]);
    expect(describeRequests(llm)).toHaveLength(1);
    const turns = replyRequests(llm);
    expect(turns).toHaveLength(1);
    expect(imagesOf(turns[0]!)).toEqual([BEACH, FOREST, BEACH]);
    expect(lastUser(turns[0]!).text).toBe("📷 a beach, a forest and the beach again\n\nMy weekend");
    expect(await h.app.runtime.credits.balance(userId)).toBe(98);
  });

  it("a picture sent as a file is a photo too; without a caption the description stands alone", async () => {
    const userId = 8104;
    answer(DESCRIPTION, "Nice shot.");
    const before = h.tg.calls.length;
    await h.send(
      documentUpdate(h.tg, { userId }, { bytes: FOREST, fileName: "IMG_2041.JPG", mime: "image/jpeg" }),
    );
    await h.nextCall("sendMessage", userId, before);
    const [turn] = replyRequests(llm);
    expect(imagesOf(turn!)).toEqual([FOREST]);
    expect(lastUser(turn!).text).toBe(`📷 ${DESCRIPTION}`);
    expect(lastUser(describeRequests(llm)[0]!).text).toBe("They sent it without a caption.");
  });

  it("the description is asked for in the user's language", async () => {
    const userId = 8105;
    answer("коричневая собака бежит по песчаному пляжу", "Какая радостная собака!");
    const before = h.tg.calls.length;
    await h.send(photoUpdate(h.tg, { userId, languageCode: "ru" }));
    await h.nextCall("sendMessage", userId, before);
    expect(systemPrompt(describeRequests(llm)[0]!)).toMatch(/Write it in Russian\.$/);
  });

  it("a model that declines the picture: a clear answer, nothing charged, no turn", async () => {
    const userId = 8106;
    llm.setHandler(() => ({ refusal: "I'm sorry, I can't help with that." }));
    const before = h.tg.calls.length;
    await h.send(photoUpdate(h.tg, { userId }));
    const text = String((await h.nextCall("sendMessage", userId, before)).payload.text);
    expect(text).toMatch(/^I'm not able to look at this picture/);
    expect(text).toMatch(/2 credits were returned/);
    expect(await h.app.runtime.credits.balance(userId)).toBe(100);
    expect(replyRequests(llm)).toHaveLength(0);
    const line = h.lines
      .map((l) => JSON.parse(l))
      .find((l) => l.msg === "the vision model declined the photo");
    expect(line).toMatchObject({ kind_of_failure: "refused", model: "fake-vision" });
  });

  it("a vision model that fails: told in the user's language, refunded, no turn", async () => {
    const userId = 8107;
    llm.setHandler(() => llmErrors.serverError());
    const before = h.tg.calls.length;
    await h.send(photoUpdate(h.tg, { userId, languageCode: "de" }));
    const text = String((await h.nextCall("sendMessage", userId, before)).payload.text);
    expect(text).toMatch(/^⚠️ Ich konnte mir das Foto gerade nicht ansehen/);
    expect(text).toMatch(/2 Credits wurden deinem Guthaben wieder gutgeschrieben/);
    expect(await h.app.runtime.credits.balance(userId)).toBe(100);
    expect(replyRequests(llm)).toHaveLength(0);
  });

  it("in groups: ignored unless addressed; a mention in the caption is the question", async () => {
    const group = -100_881;
    const userId = 8108;
    answer(DESCRIPTION, "Looks fun!");
    let before = h.tg.calls.length;
    await h.send(photoUpdate(h.tg, { userId, group }));
    await h.send(groupText("hello", { chatId: group, userId, mention: h.tg.botInfo.username }));
    await h.nextCall("sendMessage", group, before);
    expect(h.tg.calls.slice(before).some((c) => c.method === "getFile")).toBe(false);
    expect(describeRequests(llm)).toHaveLength(0);

    before = h.tg.calls.length;
    await h.send(
      photoUpdate(h.tg, { userId, group }, { caption: `@${h.tg.botInfo.username} where is this?` }),
    );
    await h.nextCall("sendMessage", group, before);
    expect(lastUser(replyRequests(llm).at(-1)!).text).toBe(`Dana: 📷 ${DESCRIPTION}\n\nwhere is this?`);
  });

  it("measures the latency a photo adds to a turn", async () => {
    const userId = 8110;
    answer(DESCRIPTION, "Lovely.");
    const t = await addedLatency(
      h,
      userId,
      () => privateText("Look at my dog on the beach", { userId }),
      () => photoUpdate(h.tg, { userId }),
    );
    const stages = h.lines
      .map((l) => JSON.parse(l))
      .filter((l) => l.msg === "photo understood")
      .slice(-5);
    console.log(
      `photo latency (OpenAI-compatible fake): text turn median ${t.text.toFixed(0)} ms, photo turn ${t.media.toFixed(0)} ms, added ${t.added.toFixed(0)} ms; download ${median(stages.map((s) => s.download))} ms, describe ${median(stages.map((s) => s.describe))} ms`,
    );
    expect(t.added).toBeLessThan(5_000);
  });
});
