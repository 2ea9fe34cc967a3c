export {
  type ComposedPrompt,
  composePrompt,
  type DialogueContext,
  type PromptBudget,
  type RecalledMemory,
} from "./compose.ts";
export { createDialogue, type Dialogue, type ReplyOptions } from "./dialogue.ts";
export { offlineReply } from "./offline.ts";
export { createOpenAiProvider, type OpenAiProviderOptions } from "./openai-provider.ts";
export { extractiveSummary, SUMMARY_MAX_TOKENS, summarizeTurns } from "./summary.ts";
export { estimateMessageTokens, estimateTokens, truncateToTokens } from "./tokens.ts";
export * from "./types.ts";
