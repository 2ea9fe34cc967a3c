/**
 * Token estimates without a tokenizer download. BPE tokenizers average about four characters per
 * token for English and fewer for other scripts; erring high keeps prompts inside the model's
 * window, and the LLM's own "context too long" answer is still handled as a fallback.
 */

const PER_MESSAGE_OVERHEAD = 4;

/** Estimated token count of a text (conservative: rounds up, counts non-Latin scripts denser). */
export function estimateTokens(text: string): number {
  if (!text) return 0;
  let ascii = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 128) ascii++;
    else other++;
  }
  return Math.ceil(ascii / 3.6 + other / 1.8);
}

/** Estimated tokens of a chat message including the role/formatting overhead the API adds. */
export function estimateMessageTokens(message: { content: string }): number {
  return estimateTokens(message.content) + PER_MESSAGE_OVERHEAD;
}

/** Cuts a text to roughly `maxTokens`, keeping its start and end (where questions and conclusions
 * usually are) and marking the cut. */
export function truncateToTokens(text: string, maxTokens: number): string {
  if (estimateTokens(text) <= maxTokens) return text;
  if (maxTokens <= 8) return text.slice(0, Math.max(0, maxTokens * 2));
  // Binary search the character budget, since the per-character weight varies by script.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (estimateTokens(text.slice(0, mid)) <= maxTokens - 4) lo = mid;
    else hi = mid - 1;
  }
  const head = Math.ceil(lo * 0.7);
  const tail = lo - head;
  return `${text.slice(0, head)} […] ${tail > 0 ? text.slice(text.length - tail) : ""}`.trimEnd();
}
