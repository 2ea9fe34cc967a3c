/** Small numeric and string helpers of the personality engine (clamping and hashing: src/util); all pure. */

/** Rounds to a fixed number of decimals, so outputs and persisted JSON stay short and stable. */
export function round(x: number, decimals = 4): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/** One step of an exponential moving average: moves `prev` toward `sample` by `alpha`. */
export function ema(prev: number, sample: number, alpha: number): number {
  return prev + alpha * (sample - prev);
}

/**
 * Removes control and invisible formatting characters (zero-width spaces, bidi overrides) and
 * collapses whitespace; these are how hidden instructions get smuggled into user text.
 */
export function sanitizeText(text: string): string {
  return (
    text
      .normalize("NFKC")
      .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, " ")
      // Keep ZWJ (U+200D) so emoji sequences survive; the injection check strips it separately.
      .replace(/(?!\u200D)\p{Cf}/gu, "")
      .replace(/\s+/gu, " ")
      .trim()
  );
}
