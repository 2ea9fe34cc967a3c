export {
  type ComposedPrompt,
  composePrompt,
  type DialogueContext,
  type PromptBudget,
  type RecalledMemory,
} from "./compose.ts";
export { createDialogue, type Dialogue, type ReplyOptions } from "./dialogue.ts";
export { type OfflineReplyOptions, offlineLocale, offlineReply } from "./offline.ts";
export { RESPONDER_LOCALES, type ResponderLocale, toResponderLocale } from "./offline-locale.ts";
export { defaultTranslate, loadI18n, type Translate } from "./offline-translate.ts";
export { createOpenAiProvider, type OpenAiProviderOptions } from "./openai-provider.ts";
export { extractiveSummary, SUMMARY_MAX_TOKENS, summarizeTurns } from "./summary.ts";
export { estimateMessageTokens, estimateTokens, truncateToTokens } from "./tokens.ts";
export * from "./types.ts";
