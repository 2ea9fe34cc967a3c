/**
 * The dialogue engine: turns a DialogueContext into a streamed reply, from the configured LLM or the
 * offline responder. A prompt the model still finds too long is retried once with half the budget,
 * so an underestimated token count never surfaces as a failure.
 */
import { type ComposedPrompt, composePrompt, type DialogueContext, type PromptBudget } from "./compose.ts";
import { offlineReply } from "./offline.ts";
import { defaultTranslate, type Translate } from "./offline-translate.ts";
import { LlmError, type LlmProvider, type TokenUsage } from "./types.ts";

export interface ReplyOptions {
  signal?: AbortSignal;
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  /** Identifies the conversation (a chat id), for wrappers that say something once per chat. */
  sessionKey?: string;
  /** Called once with the prompt actually sent (for metrics and debugging). */
  onPrompt?: (prompt: ComposedPrompt) => void;
  /** Called with the real token counts when the provider reports them. */
  onUsage?: (usage: TokenUsage) => void;
}

export interface Dialogue {
  readonly offline: boolean;
  readonly providerName: string;
  reply(ctx: DialogueContext, options?: ReplyOptions): AsyncIterable<string>;
}

/** Splits a finished text into word-sized chunks so offline replies stream like remote ones. */
async function* chunked(text: string): AsyncIterable<string> {
  const pieces = text.match(/\S+\s*/g) ?? [text];
  for (let i = 0; i < pieces.length; i += 4) yield pieces.slice(i, i + 4).join("");
}

/**
 * Creates the dialogue engine; without an LLM it uses the offline responder, which phrases its
 * replies through `translate` (the bot's `I18n#t`; by default the same Fluent files, loaded here).
 */
export function createDialogue(options: {
  llm?: LlmProvider | null;
  budget: PromptBudget;
  translate?: Translate;
}): Dialogue {
  const llm = options.llm ?? undefined;
  const translate = options.translate ?? defaultTranslate();
  return {
    offline: !llm,
    providerName: llm?.name ?? "offline",
    async *reply(ctx, opts = {}) {
      if (!llm) {
        const prompt = composePrompt(ctx, options.budget);
        opts.onPrompt?.(prompt);
        yield* chunked(offlineReply(ctx, { translate }));
        return;
      }
      const maxTokens = Math.min(
        opts.maxTokens ?? options.budget.maxReplyTokens,
        options.budget.maxReplyTokens,
      );
      let budget = options.budget;
      for (let attempt = 0; ; attempt++) {
        const prompt = composePrompt(ctx, budget);
        opts.onPrompt?.(prompt);
        let produced = false;
        try {
          for await (const delta of llm.stream({
            messages: prompt.messages,
            maxTokens,
            temperature: opts.temperature,
            topP: opts.topP,
            signal: opts.signal,
            onUsage: opts.onUsage,
          })) {
            produced = true;
            yield delta;
          }
          return;
        } catch (err) {
          if (err instanceof LlmError && err.kind === "context_length" && !produced && attempt === 0) {
            budget = {
              ...budget,
              contextTokens: Math.floor((budget.contextTokens + budget.maxReplyTokens) / 2),
            };
            continue;
          }
          throw err;
        }
      }
    },
  };
}
