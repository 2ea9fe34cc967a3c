/**
 * The LLM circuit breaker on a fake clock: it opens after the configured consecutive failures,
 * stays open for exactly the cool-down (not a moment less), then lets one trial call through and
 * closes when it succeeds. No real time passes, so the test proves the boundary, not a guess.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DialogueContext } from "../../src/engines/dialogue/compose.ts";
import type { Dialogue } from "../../src/engines/dialogue/dialogue.ts";
import { LlmError } from "../../src/engines/dialogue/types.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { createResilientDialogue } from "../../src/services/resilience.ts";

const COOLDOWN_MS = 30_000;
const ctx: DialogueContext = {
  persona: { name: "Velro", systemPrompt: "" },
  directives: [],
  memories: [],
  summary: "",
  history: [],
  userText: "hello",
  userName: "Ann",
  chatType: "private",
  now: new Date(0),
  languageCode: "en",
};

async function text(dialogue: Dialogue): Promise<string> {
  let out = "";
  for await (const piece of dialogue.reply(ctx, { sessionKey: "chat" })) out += piece;
  return out;
}

describe("LLM circuit breaker (fake clock)", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("opens after the failures, stays open for the whole cool-down, then closes on a good trial", async () => {
    let down = true;
    let calls = 0;
    const llm: Dialogue = {
      offline: false,
      providerName: "test",
      async *reply() {
        calls++;
        if (down) throw new LlmError("http", "502 from the LLM", 502);
        yield "from the LLM";
      },
    };
    const offline: Dialogue = {
      offline: true,
      providerName: "offline",
      async *reply() {
        yield "offline answer";
      },
    };
    const dialogue = createResilientDialogue({
      dialogue: llm,
      offline,
      breaker: { failures: 2, cooldownMs: COOLDOWN_MS },
      logger: createLogger({ level: "silent" }),
      translate: (_locale, id) => `[${id}]`,
    });

    await expect(text(dialogue)).rejects.toThrow(LlmError);
    expect(dialogue.available()).toBe(true);
    // The second consecutive failure opens the circuit; that reply is already the offline one.
    expect(await text(dialogue)).toBe("[responder-offline-notice]\n\noffline answer");
    expect(dialogue.available()).toBe(false);
    expect(calls).toBe(2);

    down = false;
    vi.advanceTimersByTime(COOLDOWN_MS - 1);
    expect(dialogue.available()).toBe(false);
    expect(await text(dialogue)).toBe("offline answer");
    expect(calls).toBe(2);

    vi.advanceTimersByTime(1);
    expect(dialogue.available()).toBe(true);
    expect(await text(dialogue)).toBe("from the LLM");
    expect(calls).toBe(3);
    // Closed again: the next outage is announced afresh.
    expect(await text(dialogue)).toBe("from the LLM");
  });
});
