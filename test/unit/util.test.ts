import { describe, expect, it } from "vitest";
import { FNV_OFFSET_BASIS, fnv1a } from "../../src/util/hash.ts";
import { clamp, clamp01 } from "../../src/util/math.ts";
import { truncate } from "../../src/util/text.ts";

describe("truncate", () => {
  it("keeps text that fits and cuts longer text to the limit, ellipsis included", () => {
    expect(truncate("hello", 5)).toBe("hello");
    expect(truncate("hello world", 5)).toBe("hell…");
    expect(truncate("hello world", 5)).toHaveLength(5);
  });

  it("never cuts an emoji in half", () => {
    const cut = truncate("🦊🦊🦊🦊", 3);
    expect(cut).toBe("🦊🦊…");
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    // Four emoji are eight UTF-16 units but four characters: nothing to cut at a limit of 4.
    expect(truncate("🦊🦊🦊🦊", 4)).toBe("🦊🦊🦊🦊");
  });
});

describe("clamp", () => {
  it("bounds a number and sends NaN to the lower bound", () => {
    expect(clamp(5, 0, 1)).toBe(1);
    expect(clamp(-5, -1, 1)).toBe(-1);
    expect(clamp(0.25, 0, 1)).toBe(0.25);
    expect(clamp(Number.NaN, -1, 1)).toBe(-1);
    expect(clamp01(Number.POSITIVE_INFINITY)).toBe(1);
  });
});

describe("fnv1a", () => {
  it("matches the published 32-bit FNV-1a test vectors", () => {
    expect(fnv1a("")).toBe(FNV_OFFSET_BASIS);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });

  it("gives an independent hash for another seed", () => {
    expect(fnv1a("joy", 1)).not.toBe(fnv1a("joy"));
    expect(fnv1a("joy", 1)).toBe(fnv1a("joy", 1));
  });
});
