/**
 * Rolling summaries of older turns. With an LLM the model writes the summary; offline, an
 * extractive summary keeps the first sentence of each turn. Either way the summary is bounded, so
 * the prompt stays bounded however long a conversation runs.
 */
import { truncate } from "../../util/text.ts";
import { estimateTokens, truncateToTokens } from "./tokens.ts";
import type { LlmProvider, Turn } from "./types.ts";

export const SUMMARY_MAX_TOKENS = 400;

function firstSentence(text: string, max = 140): string {
  const clean = text.replace(/\s+/g, " ").trim();
  const m = clean.match(/^.+?[.!?](\s|$)/);
  const s = (m ? m[0] : clean).trim();
  return truncate(s, max);
}

/** Extractive summary: the previous summary plus one line per turn, newest lines kept when long. */
export function extractiveSummary(previous: string, turns: Turn[], maxTokens = SUMMARY_MAX_TOKENS): string {
  const lines = previous.trim() ? previous.trim().split("\n") : [];
  for (const t of turns)
    lines.push(`${t.role === "user" ? (t.name ?? "User") : "You"}: ${firstSentence(t.content)}`);
  while (lines.length > 1 && estimateTokens(lines.join("\n")) > maxTokens) lines.shift();
  return truncateToTokens(lines.join("\n"), maxTokens);
}

/**
 * Folds `turns` into `previous`. Uses the LLM when one is given and falls back to the extractive
 * summary if the LLM fails, so summarising never blocks a conversation.
 */
export async function summarizeTurns(
  previous: string,
  turns: Turn[],
  llm?: LlmProvider,
  signal?: AbortSignal,
): Promise<string> {
  if (!llm || llm.offline) return extractiveSummary(previous, turns);
  const transcript = turns
    .map((t) => `${t.role === "user" ? (t.name ?? "User") : "Assistant"}: ${t.content}`)
    .join("\n");
  const prompt = `Update the running summary of a conversation. Keep names, facts, feelings, plans and open questions; drop small talk. At most 150 words, plain text.\n\nCurrent summary:\n${
    previous || "(none)"
  }\n\nNew turns:\n${truncateToTokens(transcript, 3000)}`;
  try {
    let out = "";
    for await (const d of llm.stream({
      messages: [{ role: "user", content: prompt }],
      maxTokens: 300,
      signal,
    })) {
      out += d;
    }
    const text = out.trim();
    return text ? truncateToTokens(text, SUMMARY_MAX_TOKENS) : extractiveSummary(previous, turns);
  } catch {
    return extractiveSummary(previous, turns);
  }
}
