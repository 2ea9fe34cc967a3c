/**
 * The REST API under /api in the whole app (fake Bot API, fake LLM): tokens, the memory palace
 * (add, edit, pin — a pinned memory reaches the prompt of an unrelated Telegram message —, search,
 * delete, last used), creations (only one's own; send again; delete), credits (an invoice link whose
 * payment grants the pack), persona, mood by day, the OpenAPI document, and the headers that keep
 * the API out of frames while the app's page may be framed by Telegram.
 */
import { describe, expect, it } from "vitest";
import type { FakeLlm } from "../fakes/llm-server.ts";
import { privateText } from "../fakes/updates.ts";
import type { Harness } from "../helpers/harness.ts";
import { useLlmHarness } from "../helpers/llm-harness.ts";
import { creationRow } from "../helpers/mini-app.ts";

let h: Harness;
let llm: FakeLlm;
useLlmHarness({ JWT_SECRET: "rest-test-secret-0123456789-0123456789" }, (stack) => {
  ({ h, llm } = stack);
});

// biome-ignore lint/suspicious/noExplicitAny: API bodies are checked field by field
type Json = any;

async function api(userId: number | null, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (userId !== null) headers.authorization = `Bearer ${h.app.live.tokens.issue(userId).token}`;
  const res = await fetch(`${h.base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : null) as Json };
}

/** Registers a user the way their first Telegram message does. */
async function meet(userId: number, text = "Hi there") {
  await h.send(privateText(text, { userId, firstName: "Ada" }));
  await h.idle();
}

async function addJob(userId: number, prompt: string, at: Date, status = "completed") {
  const row = creationRow({ userId, prompt, status, at });
  await h.app.db.prisma.generationJob.create({ data: row });
  return row.id;
}

describe("REST API", () => {
  it("wants a valid token, and answers errors as JSON with a code", async () => {
    expect(await api(null, "GET", "/api/me")).toMatchObject({ status: 401, body: { code: "unauthorized" } });
    const res = await fetch(`${h.base}/api/me`, { headers: { authorization: "Bearer nope.nope.nope" } });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/Bearer/);
    await meet(7301);
    const me = await api(7301, "GET", "/api/me");
    expect(me.body).toMatchObject({
      user_id: 7301,
      first_name: "Ada",
      locale: "en",
      rtl: false,
      balance: 100,
    });
    expect(me.headers.get("x-frame-options")).toBe("DENY");
    expect(me.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(await api(7301, "POST", "/api/memories", { text: "" })).toMatchObject({
      status: 400,
      body: { code: "invalid_request" },
    });
    expect((await api(7301, "GET", "/api/memories?room=attic")).status).toBe(400);
  });

  it("adds, edits, pins, searches and deletes memories; a pinned one is in every prompt", async () => {
    await meet(7302);
    const added = await api(7302, "POST", "/api/memories", {
      text: "I am allergic to peanuts",
      room: "health",
    });
    expect(added).toMatchObject({
      status: 201,
      body: { text: "I am allergic to peanuts", room: "health", pinned: false },
    });
    const id = added.body.id as string;
    const edited = await api(7302, "PATCH", `/api/memories/${id}`, {
      text: "I am allergic to peanuts and cashews",
    });
    expect(edited.body).toMatchObject({
      id,
      text: "I am allergic to peanuts and cashews",
      room_title: "🩺 Health",
    });
    expect((await api(7302, "PATCH", `/api/memories/${id}`, { pinned: true })).body.pinned).toBe(true);
    const found = await api(7302, "GET", "/api/memories?q=cashews");
    expect(found.body.memories.map((m: Json) => m.id)).toContain(id);
    expect(found.body.rooms).toContainEqual({ room: "health", title: "🩺 Health", count: 1 });

    // A Telegram message about something else still brings the pinned memory into the prompt.
    const before = h.tg.calls.length;
    await h.send(privateText("What should we cook this weekend?", { userId: 7302, firstName: "Ada" }));
    await h.nextCall("sendMessage", 7302, before);
    await h.idle();
    expect(JSON.stringify(llm.requests.at(-1)!.body.messages)).toContain("allergic to peanuts and cashews");
    const used = await api(7302, "GET", "/api/memories/last-used");
    expect(used.body.memories.map((m: Json) => m.id)).toContain(id);

    // Another user can neither see nor touch it.
    await meet(7303);
    const theirs = (await api(7303, "GET", "/api/memories")).body.memories.map((m: Json) => m.text);
    expect(theirs.join(" ")).not.toMatch(/peanuts/);
    expect((await api(7303, "PATCH", `/api/memories/${id}`, { pinned: false })).status).toBe(404);
    expect((await api(7303, "DELETE", `/api/memories/${id}`)).status).toBe(404);

    expect((await api(7302, "DELETE", `/api/memories/${id}`)).body.removed).toBeGreaterThanOrEqual(1);
    expect((await api(7302, "PATCH", `/api/memories/${id}`, { pinned: true })).status).toBe(404);
  });

  it("lists one's own creations a page at a time, sends one again and deletes one", async () => {
    await meet(7304);
    await meet(7305);
    const t0 = Date.UTC(2026, 10, 1);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(await addJob(7304, `fox number ${i}`, new Date(t0 + i * 60_000)));
    const theirs = await addJob(7305, "not yours", new Date(t0));
    await addJob(7304, "still running", new Date(t0 + 10 * 60_000), "running");

    const first = await api(7304, "GET", "/api/creations?limit=2");
    expect(first.body.creations.map((c: Json) => c.prompt)).toEqual(["fox number 2", "fox number 1"]);
    expect(first.body.creations[0]).toMatchObject({
      model_name: "FLUX1.1 [pro] ultra",
      cost: 50,
      kind: "image",
    });
    const second = await api(
      7304,
      "GET",
      `/api/creations?limit=2&before=${encodeURIComponent(first.body.next_before)}`,
    );
    expect(second.body).toMatchObject({ creations: [{ prompt: "fox number 0" }], next_before: null });
    expect((await api(7304, "GET", "/api/live")).body.jobs).toMatchObject([
      { prompt: "still running", status: "running" },
    ]);

    const before = h.tg.calls.length;
    expect((await api(7304, "POST", `/api/creations/${ids[1]}/send`)).body).toEqual({ ok: true });
    const photo = await h.nextCall("sendPhoto", 7304, before);
    expect(photo.payload).toMatchObject({ caption: "fox number 1" });
    expect((await api(7304, "POST", `/api/creations/${theirs}/send`)).status).toBe(404);
    expect((await api(7304, "DELETE", `/api/creations/${theirs}`)).status).toBe(404);
    expect((await api(7304, "DELETE", `/api/creations/${ids[0]}`)).body).toEqual({ ok: true });
    expect((await api(7304, "GET", "/api/creations")).body.creations).toHaveLength(2);
  });

  it("shows the ledger and sells a pack through an invoice link", async () => {
    await meet(7306);
    const credits = await api(7306, "GET", "/api/credits");
    expect(credits.body).toMatchObject({ balance: 100, entries: [{ kind: "grant", amount: 100 }] });
    expect(credits.body.packs[0]).toMatchObject({
      key: "s",
      credits: 250,
      stars: 50,
      title: expect.any(String),
    });
    const invoice = await api(7306, "POST", "/api/credits/invoice", { pack: "s" });
    expect(invoice.body.link).toMatch(/^https:\/\/t\.me\/\$/);
    const made = h.tg.invoices().at(-1)!;
    expect(made).toMatchObject({ payload: "credits:s:7306", currency: "XTR", amount: 50 });
    const outcome = await h.tg.simulatePurchase({
      userId: 7306,
      invoicePayload: made.payload,
      amount: 50,
      currency: "XTR",
    });
    expect(outcome.status).toBe("paid");
    await h.idle();
    expect((await api(7306, "GET", "/api/credits")).body).toMatchObject({
      balance: 350,
      entries: [{ kind: "purchase", amount: 250 }, { kind: "grant" }],
    });
    expect((await api(7306, "POST", "/api/credits/invoice", { pack: "zz" })).status).toBe(404);
  });

  it("switches persona, refuses a bad custom one in the user's words, and charts the mood by day", async () => {
    await meet(7307, "I feel wonderful today, everything is going great!");
    const personas = await api(7307, "GET", "/api/persona");
    expect(personas.body.current.id).toBe("velro");
    expect(personas.body.personas.map((p: Json) => p.id)).toEqual(["velro", "kit", "sage", "spark", "atlas"]);
    expect((await api(7307, "PUT", "/api/persona", { id: "kit" })).body.current.id).toBe("kit");
    expect((await api(7307, "PUT", "/api/persona", { id: "nobody" })).status).toBe(404);
    const refused = await api(7307, "POST", "/api/persona/custom", { description: "short" });
    expect(refused).toMatchObject({ status: 400, body: { code: "persona_refused" } });
    expect(refused.body.error).toMatch(/too short/);
    const custom = await api(7307, "POST", "/api/persona/custom", {
      description: "a calm retired sailor named Ned who loves tea and tells sea stories",
    });
    expect(custom.body.current.kind).toBe("custom");
    expect(custom.body.personas.at(-1).kind).toBe("custom");

    const mood = await api(7307, "GET", "/api/mood?weeks=2");
    expect(mood.body.summary).toEqual(expect.any(String));
    expect(mood.body.days).toHaveLength(1);
    expect(mood.body.days[0]).toMatchObject({ day: new Date().toISOString().slice(0, 10), samples: 1 });
    expect(mood.body.days[0].valence).toBeGreaterThan(0);
  });

  it("serves an OpenAPI 3.1 document generated from the schemas", async () => {
    const res = await fetch(`${h.base}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Json;
    expect(doc.openapi).toBe("3.1.0");
    const patch = doc.paths["/api/memories/{id}"].patch;
    expect(patch.parameters).toContainEqual(
      expect.objectContaining({ name: "id", in: "path", required: true }),
    );
    expect(patch.requestBody.content["application/json"].schema.properties).toHaveProperty("pinned");
    expect(patch.responses["200"].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/Memory",
    });
    expect(doc.components.schemas.Memory.required).toContain("pinned");
    expect(doc.paths["/api/auth/telegram"].post.security).toEqual([]);
    expect(doc.paths["/api/creations"].get.parameters.map((p: Json) => p.name)).toEqual(["before", "limit"]);
    // Every $ref points at a component that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map(
      (m) => m[1]!,
    );
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref);
  });

  it("lets Telegram's web clients frame the app's page, and nothing else", async () => {
    const res = await fetch(`${h.base}/app`);
    expect(res.headers.get("x-frame-options")).toBeNull();
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'self' https://web.telegram.org");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect((await fetch(`${h.base}/app/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${h.base}/app/i18n/xx.ftl`)).status).toBe(404);
    const ftl = await fetch(`${h.base}/app/i18n/de.ftl`);
    expect(await ftl.text()).toContain("app-nav-chat = Chat");
    expect((await fetch(`${h.base}/live-status`)).headers.get("content-security-policy")).toContain(
      "frame-ancestors 'none'",
    );
  });
});
