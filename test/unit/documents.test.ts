/**
 * Reading documents without the bot: what kind a file is, its text (real PDFs made by
 * test/fixtures/pdf.ts, damaged and scanned ones), how it is cut into chunks and which part of a
 * long one a question gets, and how the memory palace files, replaces and finds the chunks.
 */
import { describe, expect, it } from "vitest";
import { createMemoryPalace } from "../../src/engines/memory-palace/index.ts";
import {
  chunkText,
  documentKind,
  imageTypeOf,
  readDocumentText,
} from "../../src/services/media/document-text.ts";
import { excerptFor } from "../../src/services/media/documents.ts";
import { buildPdf, fixturePdf } from "../fixtures/pdf.ts";

describe("what a file is", () => {
  it.each([
    ["report.pdf", "application/pdf", "pdf"],
    ["report.PDF", "application/octet-stream", "pdf"],
    ["notes.md", "text/markdown", "text"],
    ["notes.md", "application/octet-stream", "text"],
    ["table.csv", "text/csv", "text"],
    ["readme", "text/plain", "text"],
    ["IMG_1.JPG", "image/jpeg", "image"],
    ["shot.png", undefined, "image"],
    ["photo.heic", "image/heic", null],
    ["setup.exe", "application/x-msdownload", null],
    ["photos.zip", "application/zip", null],
    ["song.mp3", "audio/mpeg", null],
  ] as const)("%s (%s) → %s", (name, mime, kind) => {
    expect(documentKind(name, mime)).toBe(kind);
  });

  it("a picture's type comes from the MIME type, else the extension", () => {
    expect(imageTypeOf("a.png", "image/png")).toBe("image/png");
    expect(imageTypeOf("a.webp", "application/octet-stream")).toBe("image/webp");
  });
});

describe("a document's text", () => {
  const read = (kind: "pdf" | "text", bytes: Buffer, maxPages = 50) =>
    readDocumentText(kind, bytes, { maxPages });

  it("reads a PDF's text layer page by page", async () => {
    const r = await read("pdf", fixturePdf("report.pdf"));
    expect(r).toMatchObject({ ok: true, pages: 2 });
    expect(r.ok && r.text).toContain("Water use fell by 18 percent");
    expect(r.ok && r.text).toContain("Next steps\nThe team will plant saffron crocus bulbs");
  });

  it("tells a scan, a damaged file and too many pages apart", async () => {
    expect(await read("pdf", fixturePdf("scanned.pdf"))).toEqual({ ok: false, reason: "scanned" });
    expect(await read("pdf", Buffer.from("%PDF-1.7 not really"))).toEqual({ ok: false, reason: "corrupt" });
    expect(await read("pdf", Buffer.from("hello"))).toEqual({ ok: false, reason: "corrupt" });
    expect(await read("pdf", fixturePdf("long.pdf"), 5)).toEqual({
      ok: false,
      reason: "too_many_pages",
      pages: 6,
    });
    expect(await read("pdf", buildPdf([{ lines: ["a"] }]))).toEqual({ ok: false, reason: "scanned" });
  });

  it("decodes text as UTF-8 or BOM-marked UTF-16, and refuses binary", async () => {
    expect(await read("text", Buffer.from("\uFEFFПривет, мир\r\nline two"))).toEqual({
      ok: true,
      text: "Привет, мир\nline two",
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Grüße", "utf16le")]);
    expect(await read("text", utf16)).toEqual({ ok: true, text: "Grüße" });
    expect(await read("text", Buffer.from([0xc3, 0x28, 0x41]))).toEqual({ ok: false, reason: "corrupt" });
    expect(await read("text", Buffer.from("a\u0000b"))).toEqual({ ok: false, reason: "corrupt" });
    expect(await read("text", Buffer.from(" \n\t "))).toEqual({ ok: false, reason: "empty" });
  });
});

describe("chunks and excerpts", () => {
  it("cuts at paragraphs, then sentences, then words, never losing text", () => {
    const paragraph = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} says something.`).join(" ");
    const text = `Title\n\n${paragraph}\n\nShort end.`;
    const chunks = chunkText(text, 300);
    expect(chunks.every((c) => c.length <= 300)).toBe(true);
    expect(chunks.join(" ").replace(/\s+/g, " ")).toBe(text.replace(/\s+/g, " "));
    const blob = "x".repeat(1_000);
    expect(chunkText(blob, 300).join("")).toBe(blob);
  });

  it("a long text gives a question its opening and the chunks that share its words", () => {
    const filler = (i: number) => `Part ${i}. ${"Nothing to see in this part of the text. ".repeat(20)}`;
    const parts = Array.from({ length: 30 }, (_, i) =>
      i === 20 ? "Part 21. The boiler pressure must stay under two bar." : filler(i + 1),
    );
    const text = parts.join("\n\n");
    const excerpt = excerptFor(text, "What pressure should the boiler have?", 2_500);
    expect(excerpt.length).toBeLessThanOrEqual(2_500);
    expect(excerpt.startsWith("Part 1.")).toBe(true);
    expect(excerpt).toContain("Part 21. The boiler pressure must stay under two bar.");
    expect(excerpt).toContain("[…]");
    expect(excerpt).not.toContain("Part 10.");
    expect(excerptFor("short", "anything", 2_500)).toBe("short");
  });
});

describe("the documents room", () => {
  const doc = (sourceId: string, chunks: string[], name = "report.pdf") => ({
    name,
    chunks,
    speaker: "Dana",
    timestamp: 1_700_000_000_000,
    sourceId,
  });

  it("files labelled chunks, replaces a re-filing of the same source or file, and recall finds them", () => {
    const palace = createMemoryPalace();
    palace.fileDocument(doc("doc:1:10", ["Tomatoes: 4,210 kg.", "Saffron in March."]));
    expect(palace.list("documents").map((m) => m.text)).toEqual([
      "📄 report.pdf (1/2): Tomatoes: 4,210 kg.",
      "📄 report.pdf (2/2): Saffron in March.",
    ]);
    // The same update again, and later a new copy of the same file: one copy stays.
    palace.fileDocument(doc("doc:1:10", ["Tomatoes: 4,210 kg.", "Saffron in March."]));
    const changes = palace.fileDocument(doc("doc:1:11", ["Tomatoes: 5,000 kg now."]));
    expect(changes.removed).toHaveLength(2);
    expect(palace.list("documents").map((m) => m.text)).toEqual(["📄 report.pdf: Tomatoes: 5,000 kg now."]);
    palace.fileDocument(doc("doc:1:12", ["Another file."], "my notes: v2.md"));
    palace.fileDocument(doc("doc:1:13", ["Another file, edited."], "my notes: v2.md"));
    expect(palace.list("documents").map((m) => m.text)).toEqual([
      "📄 report.pdf: Tomatoes: 5,000 kg now.",
      "📄 my notes: v2.md: Another file, edited.",
    ]);
    const [hit] = palace.recall({ text: "how many kg of tomatoes", now: 1_700_000_100_000, limit: 1 });
    expect(hit!.memory.text).toContain("5,000 kg");
  });

  it("a fact is never merged into a chunk", () => {
    const palace = createMemoryPalace();
    palace.fileDocument(doc("doc:1:10", ["Dana loves hiking in the Alps every summer"]));
    palace.ingestFacts([{ text: "Dana loves hiking in the Alps every summer" }], {
      text: "I love hiking in the Alps every summer",
      speaker: "Dana",
      timestamp: 1_700_000_000_500,
      sourceId: "m1",
    });
    expect(palace.list().filter((m) => m.kind === "fact")).toHaveLength(2);
  });
});
