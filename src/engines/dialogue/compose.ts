/**
 * Prompt assembly within a token budget. The newest turns matter most, so the budget is spent from
 * the system prompt and the current message backwards through history; what does not fit is
 * reported so the caller can fold it into the rolling summary. The result never exceeds the
 * budget, which is what keeps "context too long" failures away.
 */
import type { SecondSightReading } from "../second-sight/types.ts";
import { estimateMessageTokens, estimateTokens, truncateToTokens } from "./tokens.ts";
import type { ChatMessage, Turn } from "./types.ts";

/** A memory recalled for this turn, already phrased with when it was said. */
export interface RecalledMemory {
  text: string;
  when: string;
  /** How strongly the memory matches the message's words (0 = it surfaced on recency alone). */
  relevance?: number;
  /** When it was told (ms since the epoch), so the offline responder can say it in any language. */
  at?: number;
}

/** Everything the dialogue engine knows about the turn being answered. */
export interface DialogueContext {
  /** `id` picks the offline responder's flavour of a built-in persona; without it, the name does. */
  persona: { name: string; systemPrompt: string; emoji?: string; id?: string };
  directives: string[];
  /** A short tone hint from the emotion engine ("the user seems sad: be gentle"). */
  emotionNote?: string;
  /** The dominant emotion of the current message, for the offline responder. */
  emotion?: { dominant: string; valence: number };
  /**
   * A decision, torn feelings or an unclear ask (the second-sight engine): the LLM gets it as a
   * style directive; the offline responder asks its question or offers its perspectives.
   */
  secondSight?: SecondSightReading;
  memories: RecalledMemory[];
  summary: string;
  /** Recent turns, oldest first, not including the current user message. */
  history: Turn[];
  userText: string;
  /** Pictures sent with the message (`data:` or https URLs), for a model that can see; this turn only. */
  userImages?: string[];
  /**
   * Text the user attached (a document's excerpt, with how to use it): put before the message in
   * this turn's prompt only; it gives way before the message itself when the budget is short.
   */
  attachment?: string;
  userName: string;
  chatType: "private" | "group";
  now: Date;
  /** The user's language as the style profile knows it (ISO 639-1), for the offline responder. */
  language?: string | null;
  /** The user's Telegram language_code, the offline responder's fallback when nothing else tells. */
  languageCode?: string;
}

/**
 * What one picture is counted as in the budget: OpenAI bills a 512 px tile at 170 tokens plus 85,
 * and a Telegram photo (at most 1280 px) is up to six tiles; other providers are in that range.
 */
export const IMAGE_TOKENS = 1_100;

export interface PromptBudget {
  contextTokens: number;
  maxReplyTokens: number;
}

export interface ComposedPrompt {
  messages: ChatMessage[];
  promptTokens: number;
  /** How many of the oldest history turns did not fit. */
  droppedTurns: number;
}

function systemPrompt(ctx: DialogueContext, budget: number): string {
  const parts = [ctx.persona.systemPrompt.trim()];
  parts.push(
    `Today is ${ctx.now.toISOString().slice(0, 10)}. You are chatting on Telegram ${
      ctx.chatType === "private"
        ? `privately with ${ctx.userName}`
        : "in a group; address the person who wrote"
    }. Telegram shows Markdown: use **bold**, _italic_, \`code\` sparingly.`,
  );
  if (ctx.directives.length) parts.push(`Style:\n${ctx.directives.map((d) => `- ${d}`).join("\n")}`);
  if (ctx.emotionNote) parts.push(`Mood: ${ctx.emotionNote}`);
  const core = parts.join("\n\n");
  const extras: string[] = [];
  if (ctx.memories.length) {
    extras.push(
      `Things you remember about ${ctx.userName} (use them naturally, only when relevant):\n${ctx.memories
        .map((m) => `- (${m.when}) ${m.text}`)
        .join("\n")}`,
    );
  }
  if (ctx.summary.trim()) extras.push(`Summary of the earlier conversation:\n${ctx.summary.trim()}`);
  // The persona core is kept whole when possible; memories and the summary give way first.
  const coreTokens = estimateTokens(core);
  if (coreTokens >= budget) return truncateToTokens(core, budget);
  const extra = extras.join("\n\n");
  return extra ? `${core}\n\n${truncateToTokens(extra, budget - coreTokens - 2)}` : core;
}

function turnMessage(turn: Turn, group: boolean): ChatMessage {
  const content = group && turn.role === "user" && turn.name ? `${turn.name}: ${turn.content}` : turn.content;
  return { role: turn.role, content };
}

/**
 * Builds the chat-completions messages for a turn: system prompt (persona, style, mood, memories,
 * summary), as many recent turns as fit, then the user's message — all within
 * `contextTokens - maxReplyTokens`.
 */
export function composePrompt(ctx: DialogueContext, budget: PromptBudget): ComposedPrompt {
  const available = Math.max(64, budget.contextTokens - budget.maxReplyTokens);
  const system: ChatMessage = { role: "system", content: systemPrompt(ctx, Math.floor(available * 0.45)) };
  const group = ctx.chatType === "group";
  const said = group ? `${ctx.userName}: ${ctx.userText}` : ctx.userText;
  let used = estimateMessageTokens(system);
  const images = ctx.userImages?.length ? ctx.userImages : undefined;
  const userBudget = Math.max(16, Math.floor((available - used) * 0.6));
  const userContent = ctx.attachment
    ? `${truncateToTokens(ctx.attachment, Math.max(16, userBudget - estimateTokens(said) - 4))}\n\n${said}`
    : said;
  const user: ChatMessage = {
    role: "user",
    content: truncateToTokens(userContent, userBudget),
    ...(images ? { images } : {}),
  };
  used += estimateMessageTokens(user);
  // Pictures take their room from the history, never from the message they came with; an album
  // leaves at least half of what remains to recent turns.
  used += Math.min((images?.length ?? 0) * IMAGE_TOKENS, Math.max(0, Math.floor((available - used) / 2)));

  const kept: ChatMessage[] = [];
  let i = ctx.history.length - 1;
  for (; i >= 0; i--) {
    const msg = turnMessage(ctx.history[i]!, group);
    const cost = estimateMessageTokens(msg);
    if (used + cost > available) break;
    kept.push(msg);
    used += cost;
  }
  kept.reverse();
  // Chat APIs expect a user turn first after the system prompt.
  while (kept.length && kept[0]!.role === "assistant") {
    used -= estimateMessageTokens(kept.shift()!);
  }
  return { messages: [system, ...kept, user], promptTokens: used, droppedTurns: i + 1 };
}
