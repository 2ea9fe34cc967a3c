/**
 * Documents through the real grammY stack: the fake Bot API serves the file through getFile, the
 * text (a real PDF's text layer, Markdown) is answered from by the fake LLM, kept in the memory
 * palace's "documents" room for later questions, and removed by /forget; every kind of bad file
 * gets its own clear answer.
 */
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import type { FakeLlm } from "../fakes/llm-server.ts";
import { privateText } from "../fakes/updates.ts";
import { documentUpdate, lastUser, replyRequests, systemPrompt } from "../fixtures/media.ts";
import { fixturePdf } from "../fixtures/pdf.ts";
import type { Harness } from "../helpers/harness.ts";
import { addedLatency, median } from "../helpers/latency.ts";
import { useLlmHarness } from "../helpers/llm-harness.ts";

const MB = 1024 * 1024;
const REPORT = fixturePdf("report.pdf");

describe("documents", () => {
  let llm: FakeLlm;
  let h: Harness;
  useLlmHarness(
    { DOCUMENT_CREDITS: "1", DOCUMENT_MAX_MB: "1", DOCUMENT_MAX_PAGES: "5" },
    (stack) => {
      ({ llm, h } = stack);
    },
    { defaults: { chunkDelayMs: 0 } },
    { recordLogs: true },
  );

  const documents = (userId: number) =>
    h.app.db.prisma.memory.findMany({
      where: { userId: BigInt(userId), room: "documents" },
      orderBy: { id: "asc" },
    });
  const pdf = (bytes: Buffer, fileName = "report.pdf") => ({ bytes, fileName, mime: "application/pdf" });
  const send = async (userId: number, update: Update) => {
    const before = h.tg.calls.length;
    await h.send(update);
    return String((await h.nextCall("sendMessage", userId, before)).payload.text);
  };

  it("a PDF with a question is answered from its text; the text stays out of the conversation history", async () => {
    const userId = 8201;
    llm.script({ reply: "They harvested 4,210 kg of tomatoes." });
    const question = "How many kilograms of tomatoes did they harvest?";
    const reply = await send(userId, documentUpdate(h.tg, { userId }, pdf(REPORT), { caption: question }));
    expect(reply).toBe("They harvested 4,210 kg of tomatoes.");
    const { text } = lastUser(replyRequests(llm)[0]!);
    expect(text).toContain('[They sent the file "report.pdf" (2 pages).');
    expect(text).toContain("The tomato harvest reached 4,210 kilograms this quarter.");
    expect(text).toContain("Budget request: 12,500 euros for a second solar pump.");
    expect(text.endsWith(`\n\n📄 report.pdf\n\n${question}`)).toBe(true);
    await h.idle();
    const rows = await h.app.db.prisma.message.findMany({
      where: { conversation: { chatId: BigInt(userId) } },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => r.content)).toEqual([
      `📄 report.pdf\n\n${question}`,
      "They harvested 4,210 kg of tomatoes.",
    ]);
    const kept = await documents(userId);
    expect(kept.map((m) => m.text)).toEqual([
      expect.stringMatching(/^📄 report\.pdf: Greenhouse Project Quarterly Report/),
    ]);
    expect(kept[0]!.sourceIds).toEqual([expect.stringMatching(/^doc:8201:\d+$/)]);
    const entries = await h.app.runtime.credits.entries(userId);
    expect(entries.map((e) => [e.kind, e.amount])).toEqual(
      expect.arrayContaining([
        ["reserve", -1],
        ["capture", 0],
      ]),
    );
    const line = h.lines.map((l) => JSON.parse(l)).find((l) => l.msg === "document read");
    expect(line).toMatchObject({ kind: "pdf", pages: 2, chunks: 1 });
  });

  it("asked later, the document is recalled from memory; /forget <file name> removes it", async () => {
    const userId = 8202;
    llm.script({ reply: "Got it — a quarterly greenhouse report." });
    const ack = await send(userId, documentUpdate(h.tg, { userId }, pdf(REPORT, "greenhouse.pdf")));
    expect(ack).toBe("Got it — a quarterly greenhouse report.");
    // Without a question: acknowledge and summarise.
    expect(lastUser(replyRequests(llm)[0]!).text).toMatch(/without a message: acknowledge it/);
    await h.idle();

    llm.reset();
    llm.script({ reply: "Saffron crocus bulbs, in March." });
    await send(
      userId,
      privateText("What will they plant in the north bay according to the greenhouse report?", { userId }),
    );
    expect(systemPrompt(replyRequests(llm)[0]!)).toContain(
      "plant saffron crocus bulbs in the north bay in March",
    );
    await h.idle();

    const forgot = await send(userId, privateText("/forget greenhouse.pdf", { userId }));
    expect(forgot).toMatch(/greenhouse\.pdf/);
    expect(await documents(userId)).toEqual([]);
    // The turn that brought it went with it; the later question stays.
    const left = await h.app.db.prisma.memory.findMany({ where: { userId: BigInt(userId) } });
    expect(left.some((m) => m.text.includes("greenhouse.pdf"))).toBe(false);
  });

  it("/forget documents empties the room; a Markdown file is read as text", async () => {
    const userId = 8203;
    llm.script({ reply: "Noted." });
    const md = Buffer.from("# Packing list\n\n- passport\n- **blue** raincoat\n- charger for the camera\n");
    await send(
      userId,
      documentUpdate(h.tg, { userId }, { bytes: md, fileName: "trip.md", mime: "text/markdown" }),
    );
    expect(lastUser(replyRequests(llm)[0]!).text).toContain("- **blue** raincoat");
    await h.idle();
    expect(await documents(userId)).toHaveLength(1);
    const done = await send(userId, privateText("/forget documents", { userId }));
    expect(done).toMatch(/Documents/);
    expect(await documents(userId)).toEqual([]);
  });

  it("a long document: the prompt carries the opening and the parts the question is about", async () => {
    const userId = 8204;
    llm.script({ reply: "Chapter 40 covers the heat pump." });
    const chapters = Array.from({ length: 60 }, (_, i) =>
      i === 39
        ? "Chapter 40. The heat pump needs a yearly service of its outdoor fan and a new filter every spring."
        : `Chapter ${i + 1}. ${"General notes about the house, its rooms and their furniture. ".repeat(12)}`,
    ).join("\n\n");
    await send(
      userId,
      documentUpdate(
        h.tg,
        { userId },
        { bytes: Buffer.from(chapters), fileName: "house.txt", mime: "text/plain" },
        {
          caption: "What does it say about the heat pump filter?",
        },
      ),
    );
    const { text } = lastUser(replyRequests(llm)[0]!);
    expect(text).toContain("Chapter 1. General notes");
    expect(text).toContain("a new filter every spring");
    expect(text).not.toContain("Chapter 30.");
    expect(text).toContain("Only the parts most related to their message are shown");
  });

  describe("bad input: a clear answer, a log line, nothing kept, nothing charged", () => {
    const cases: [string, (userId: number) => Update, RegExp, { downloads: boolean }][] = [
      [
        "an unsupported type (.exe)",
        (userId) =>
          documentUpdate(
            h.tg,
            { userId },
            {
              bytes: Buffer.from("MZ\x90\x00binary"),
              fileName: "setup.exe",
              mime: "application/x-msdownload",
            },
          ),
        /^I can't open \.exe files like “setup\.exe” — I read text, Markdown and PDF files/,
        { downloads: false },
      ],
      [
        "an unsupported type (.zip)",
        (userId) =>
          documentUpdate(
            h.tg,
            { userId },
            { bytes: Buffer.from("PK\x03\x04"), fileName: "photos.zip", mime: "application/zip" },
          ),
        /^I can't open \.zip files like “photos\.zip”/,
        { downloads: false },
      ],
      [
        "too big (from file_size, before any download)",
        (userId) =>
          documentUpdate(
            h.tg,
            { userId },
            { bytes: Buffer.alloc(2 * MB, 97), fileName: "big.txt", mime: "text/plain" },
          ),
        /^“big\.txt” is too large for me — I read files up to 1 MB/,
        { downloads: false },
      ],
      [
        "too big (no file_size: the download is refused)",
        (userId) =>
          documentUpdate(
            h.tg,
            { userId },
            {
              bytes: Buffer.alloc(2 * MB, 97),
              fileName: "big.txt",
              mime: "text/plain",
              fileSize: null,
            },
          ),
        /^“big\.txt” is too large for me/,
        { downloads: true },
      ],
      [
        "a damaged PDF",
        (userId) =>
          documentUpdate(
            h.tg,
            { userId },
            pdf(Buffer.from("%PDF-1.4\n1 0 obj garbage\n%%EOF"), "broken.pdf"),
          ),
        /^I couldn't open “broken\.pdf” — the file seems to be damaged/,
        { downloads: true },
      ],
      [
        "a binary file with a text name",
        (userId) =>
          documentUpdate(
            h.tg,
            { userId },
            { bytes: Buffer.from([0, 159, 146, 150, 0, 1]), fileName: "notes.txt", mime: "text/plain" },
          ),
        /^I couldn't open “notes\.txt”/,
        { downloads: true },
      ],
      [
        "a scanned PDF (no text layer)",
        (userId) => documentUpdate(h.tg, { userId }, pdf(fixturePdf("scanned.pdf"), "letter.pdf")),
        /^“letter\.pdf” looks like a scanned PDF — its pages are pictures, with no text I can read/,
        { downloads: true },
      ],
      [
        "more pages than the limit",
        (userId) => documentUpdate(h.tg, { userId }, pdf(fixturePdf("long.pdf"), "manual.pdf")),
        /^“manual\.pdf” has 6 pages, and I read up to 5/,
        { downloads: true },
      ],
      [
        "an empty text file",
        (userId) =>
          documentUpdate(
            h.tg,
            { userId },
            { bytes: Buffer.from("  \n\n "), fileName: "empty.txt", mime: "text/plain" },
          ),
        /^“empty\.txt” is empty/,
        { downloads: true },
      ],
    ];

    it.each(cases.map((c, i) => [...c, 8210 + i] as const))(
      "%s",
      async (_name, make, expected, { downloads }, userId) => {
        const before = h.tg.calls.length;
        const reply = await send(userId, make(userId));
        expect(reply).toMatch(expected);
        // Files that were read and refused return the reserved credit, and say so.
        if (downloads && !/too large/.test(reply)) expect(reply).toMatch(/1 credit was returned/);
        expect(h.tg.calls.slice(before).some((c) => c.method === "getFile")).toBe(downloads);
        expect(replyRequests(llm)).toHaveLength(0);
        expect(await documents(userId)).toEqual([]);
        expect(await h.app.runtime.credits.balance(userId)).toBe(100);
        const line = h.lines.map((l) => JSON.parse(l)).findLast((l) => l.msg === "document not read");
        expect(line?.component).toBe("documents");
      },
    );

    it("in another language", async () => {
      const userId = 8230;
      const update = documentUpdate(
        h.tg,
        { userId, languageCode: "es" },
        pdf(fixturePdf("scanned.pdf"), "carta.pdf"),
      );
      expect(await send(userId, update)).toMatch(/^«carta\.pdf» parece un PDF escaneado/);
    });
  });

  it("measures the latency a PDF adds to a turn", async () => {
    const userId = 8240;
    llm.setHandler(() => ({ reply: "Sure." }));
    const t = await addedLatency(
      h,
      userId,
      () => privateText("What does the report say about water use?", { userId }),
      () => documentUpdate(h.tg, { userId }, pdf(REPORT), { caption: "What does it say about water use?" }),
    );
    const stages = h.lines
      .map((l) => JSON.parse(l))
      .filter((l) => l.msg === "document read")
      .slice(-5);
    console.log(
      `document latency (2-page PDF): text turn median ${t.text.toFixed(0)} ms, document turn ${t.media.toFixed(0)} ms, added ${t.added.toFixed(0)} ms; download ${median(stages.map((s) => s.download))} ms, read ${median(stages.map((s) => s.read))} ms, filing ${median(stages.map((s) => s.file))} ms`,
    );
    expect(t.added).toBeLessThan(5_000);
  });

  it("filing the same document again (a re-run of its update) replaces its chunks instead of doubling them", async () => {
    const userId = 8250;
    llm.setHandler(() => ({ reply: "Ok." }));
    const update = documentUpdate(h.tg, { userId }, pdf(REPORT));
    await send(userId, update);
    // The turn is over (its memory bookkeeping too) before the same source is filed again.
    await h.idle();
    expect(await documents(userId)).toHaveLength(1);
    const message = update.message!;
    await h.app.runtime.mind.fileDocument(userId, {
      name: "report.pdf",
      chunks: ["the same file, filed again"],
      speaker: "Dana",
      timestamp: Date.now(),
      sourceId: `doc:${userId}:${message.message_id}`,
    });
    expect((await documents(userId)).map((m) => m.text)).toEqual([
      "📄 report.pdf: the same file, filed again",
    ]);
  });
});
