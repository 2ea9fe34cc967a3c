/** Non-cryptographic string hashing for buckets, seeds and short ids (never for security). */

/** FNV-1a's 32-bit offset basis: the usual seed. */
export const FNV_OFFSET_BASIS = 0x811c9dc5;
/** FNV-1a's 32-bit prime, for callers that extend a hash one value at a time. */
export const FNV_PRIME = 0x01000193;

/**
 * 32-bit FNV-1a over UTF-16 code units, as an unsigned integer. A different `seed` gives an
 * independent hash of the same text (feature namespaces, a second id half).
 */
export function fnv1a(text: string, seed = FNV_OFFSET_BASIS): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}
