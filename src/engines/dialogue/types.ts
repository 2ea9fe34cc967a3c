/** Plain data shared by the dialogue engine, the LLM providers and the services that call them. */

export type ChatRole = "system" | "user" | "assistant";

export interface ChatMessage {
  role: ChatRole;
  content: string;
  /**
   * Pictures that go with a user message (`data:` or https URLs). Providers that can see send them
   * as `image_url` content parts after the text; the text stays the message's `content`.
   */
  images?: string[];
}

// A stored turn is shared with the storage layer, so it lives in src/domain below both.
export type { Turn } from "../../domain/conversation.ts";

/** A request to any LLM provider. */
export interface CompletionRequest {
  messages: ChatMessage[];
  maxTokens: number;
  temperature?: number;
  topP?: number;
  signal?: AbortSignal;
  /** Called with the token counts the server reports (OpenAI's `include_usage`), when it does. */
  onUsage?: (usage: TokenUsage) => void;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export type LlmErrorKind =
  | "timeout"
  | "http"
  | "network"
  | "context_length"
  | "auth"
  | "rate_limit"
  | "aborted";

/** A failed LLM call, classified so callers can pick the right user-facing message. */
export class LlmError extends Error {
  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "LlmError";
  }
}

/** Anything that can produce a streamed reply: a remote OpenAI-compatible API or the offline responder. */
export interface LlmProvider {
  /** Short provider name for logs and metric labels. */
  readonly name: string;
  readonly offline: boolean;
  /** Streams the reply as text deltas. Rejects with LlmError. */
  stream(request: CompletionRequest): AsyncIterable<string>;
}
