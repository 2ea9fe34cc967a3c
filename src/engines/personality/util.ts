/** Small numeric and string helpers shared by the personality engine; all pure. */

/**
 * Clamps a number into [min, max], mapping NaN/±Infinity-from-garbage to `min` so that
 * malformed inputs (e.g. a corrupt persisted row) can never push a value out of range.
 */
export function clamp(x: number, min: number, max: number): number {
  if (Number.isNaN(x)) return min;
  return Math.min(max, Math.max(min, x));
}

/** Clamps into [0, 1]; the range of every trait and style value. */
export function clamp01(x: number): number {
  return clamp(x, 0, 1);
}

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
 * 32-bit FNV-1a over UTF-16 code units with a seed; used for deterministic, short persona ids
 * (not for security).
 */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
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
