/**
 * Photos and documents on the other set-ups: FAL only (its vision route sees, through FAL storage),
 * and nothing configured (photos get "I can't see photos here yet", documents are read and kept);
 * plus the vision route's input and output shapes per endpoint family.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFalVision, visionInput, visionOutput } from "../../src/services/vision/fal-vision.ts";
import { VisionError } from "../../src/services/vision/types.ts";
import { contentPolicy, type FakeFal, startFakeFal } from "../fakes/fal-server.ts";
import { BEACH, documentUpdate, photoUpdate } from "../fixtures/media.ts";
import { fixturePdf } from "../fixtures/pdf.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually, type Harness, startHarness } from "../helpers/harness.ts";

afterAll(() => dropFreshDatabases());

const DESCRIPTION = "a brown dog on a sandy beach";

describe("photos on FAL's vision route (no LLM configured)", () => {
  let fal: FakeFal;
  let h: Harness;
  beforeAll(async () => {
    fal = await startFakeFal();
    h = await startHarness({ recordLogs: true, env: { ...fal.env } });
  });
  beforeEach(() =>
    // The description is asked for with a system prompt about notes for a memory.
    fal.setScript((job) => ({
      polls: 1,
      vision: String(job.input.system_prompt).includes("private memory")
        ? DESCRIPTION
        : "Rex looks so happy!",
    })),
  );
  afterAll(async () => {
    await h?.stop();
    await fal?.close();
  });

  it("uploads the photo to FAL storage, describes it, and answers the turn there with the persona", async () => {
    const userId = 8301;
    const jobs = fal.jobs.size;
    const before = h.tg.calls.length;
    await h.send(photoUpdate(h.tg, { userId }, { caption: "Rex at the beach!" }));
    expect((await h.nextCall("sendMessage", userId, before)).payload.text).toBe("Rex looks so happy!");
    const [describe, reply] = [...fal.jobs.values()].slice(jobs);
    expect(describe!.endpoint).toBe("openrouter/router/vision");
    expect(describe!.input).toMatchObject({ model: "google/gemini-2.5-flash", max_tokens: 80 });
    const url = String((describe!.input.image_urls as string[])[0]);
    expect(url.startsWith(`${fal.base}/files/`)).toBe(true);
    const stored = fal.files.get(url.slice(fal.base.length + 7))!;
    expect(stored.contentType).toBe("image/jpeg");
    expect(stored.bytes.equals(BEACH)).toBe(true);
    expect(reply!.input.image_urls).toEqual([url]);
    expect(String(reply!.input.system_prompt)).toMatch(/Velro/);
    expect(reply!.input.prompt).toBe(`📷 ${DESCRIPTION}\n\nRex at the beach!`);
    for (const r of fal.requests) expect(r.body).not.toContain(h.tg.token);
    await eventually(() =>
      h.app.db.prisma.memory.findFirst({
        where: { userId: BigInt(userId), text: { contains: "sandy beach" } },
      }),
    );
  });

  it("a content-policy refusal from FAL is the model declining: a clear answer, no turn", async () => {
    const userId = 8302;
    fal.setScript(() => ({ outcome: contentPolicy() }));
    const jobs = fal.jobs.size;
    const before = h.tg.calls.length;
    await h.send(photoUpdate(h.tg, { userId, languageCode: "fr" }));
    const text = String((await h.nextCall("sendMessage", userId, before)).payload.text);
    expect(text).toMatch(/^Désolé, je ne peux pas regarder cette image/);
    expect(fal.jobs.size - jobs).toBe(1);
  });
});

describe("photos and documents with nothing configured", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("a photo: 'I can't see photos on this bot yet', nothing downloaded", async () => {
    const userId = 8311;
    const before = h.tg.calls.length;
    await h.send(photoUpdate(h.tg, { userId }));
    expect(String((await h.nextCall("sendMessage", userId, before)).payload.text)).toMatch(
      /^I can't see photos on this bot yet/,
    );
    expect(h.tg.calls.slice(before).some((c) => c.method === "getFile")).toBe(false);
  });

  it("a PDF is still read and kept (no model to talk it over): the user is told, /forget can remove it", async () => {
    const userId = 8312;
    const before = h.tg.calls.length;
    await h.send(
      documentUpdate(
        h.tg,
        { userId },
        { bytes: fixturePdf("report.pdf"), fileName: "report.pdf", mime: "application/pdf" },
      ),
    );
    expect(String((await h.nextCall("sendMessage", userId, before)).payload.text)).toBe(
      "📄 Got “report.pdf” (2 pages) — I've read it and keep it in my memory. /forget removes it whenever you like.",
    );
    const kept = await h.app.db.prisma.memory.findMany({
      where: { userId: BigInt(userId), room: "documents" },
    });
    expect(kept).toHaveLength(1);
  });
});

describe("the vision route's shapes", () => {
  it("the router takes every picture, a system prompt and the model; Moondream and Florence one picture", () => {
    const call = { urls: ["u1", "u2"], prompt: "What is it?", system: "Be brief.", maxTokens: 80 };
    expect(visionInput("openrouter/router/vision", "m", call)).toEqual({
      image_urls: ["u1", "u2"],
      prompt: "What is it?",
      system_prompt: "Be brief.",
      model: "m",
      max_tokens: 80,
    });
    expect(visionInput("fal-ai/moondream3-preview/query", "m", call)).toEqual({
      image_url: "u1",
      prompt: "Be brief.\n\nWhat is it?",
    });
    expect(visionInput("fal-ai/florence-2-large/caption", "m", call)).toEqual({ image_url: "u1" });
    expect(visionOutput({ output: "A dog.", usage: {} })).toBe("A dog.");
    expect(visionOutput({ results: "A dog." })).toBe("A dog.");
    expect(() => visionOutput({})).toThrow(VisionError);
  });

  it("a FAL error during a look is a VisionError saying which kind", async () => {
    const fal = await startFakeFal();
    try {
      const { createFalGateway } = await import("../../src/services/generation/fal-gateway.ts");
      const vision = createFalVision({
        gateway: createFalGateway({ credentials: fal.env.FAL_KEY, proxyUrl: fal.env.FAL_PROXY_URL }),
        endpoint: "openrouter/router/vision",
        model: "google/gemini-2.5-flash",
        timeoutMs: 10_000,
      });
      // No pictures: the route's own validation refuses the request (a 422).
      fal.setScript(() => ({ polls: 0 }));
      const err = await vision.describe([], { language: "English" }).catch((e) => e);
      expect(err).toBeInstanceOf(VisionError);
      expect(err).toMatchObject({ kind: "rejected", status: 422 });
    } finally {
      await fal.close();
    }
  });
});
