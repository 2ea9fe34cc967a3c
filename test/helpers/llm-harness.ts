/**
 * The service against the fake Bot API and the fake OpenAI-compatible LLM, started once per test
 * file: the fake LLM is reset before each test, and everything is closed (and the file's databases
 * dropped) after the last.
 */
import { afterAll, beforeAll, beforeEach } from "vitest";
import { type FakeLlm, type FakeLlmOptions, startFakeLlm } from "../fakes/llm-server.ts";
import { dropFreshDatabases } from "./env.ts";
import { type Harness, type HarnessOptions, startHarness } from "./harness.ts";

/**
 * Registers the file's set-up and tear-down; `ready` receives the running pair. `env` adds to (or
 * overrides) the LLM settings: the fake's URL, model `fake-gpt`, and no background fact extraction
 * (scripted replies are meant for the chat; extraction would consume them).
 */
export function useLlmHarness(
  env: Record<string, string>,
  ready: (stack: { llm: FakeLlm; h: Harness }) => void,
  llmOptions: FakeLlmOptions = {},
  harnessOptions: Omit<HarnessOptions, "env"> = {},
): void {
  let llm: FakeLlm | undefined;
  let h: Harness | undefined;
  beforeAll(async () => {
    llm = await startFakeLlm(llmOptions);
    h = await startHarness({
      ...harnessOptions,
      env: { LLM_BASE_URL: llm.baseUrl, LLM_MODEL: "fake-gpt", LLM_FACT_EXTRACTION: "off", ...env },
    });
    ready({ llm, h });
  });
  beforeEach(() => llm?.reset());
  afterAll(async () => {
    await h?.stop();
    await llm?.close();
    await dropFreshDatabases();
  });
}
