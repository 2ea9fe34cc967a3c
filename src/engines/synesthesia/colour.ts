/** HSL colours: conversion to hex, luminance, warmth and an English name for prompts. */
import { clamp } from "../../util/math.ts";
import type { Colour } from "./types.ts";

const wrap = (h: number): number => ((h % 360) + 360) % 360;

/** A colour from hue (any degrees), saturation and lightness (clamped), with its hex form. */
export function hsl(h: number, s: number, l: number): Colour {
  const hue = wrap(h);
  const sat = clamp(s, 0, 1);
  const light = clamp(l, 0.04, 0.96);
  const a = sat * Math.min(light, 1 - light);
  const f = (n: number) => {
    const k = (n + hue / 30) % 12;
    return light - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  const hex = [f(0), f(8), f(4)]
    .map((x) =>
      Math.round(x * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("");
  return {
    h: Math.round(hue * 10) / 10,
    s: Math.round(sat * 1000) / 1000,
    l: Math.round(light * 1000) / 1000,
    hex: `#${hex}`,
  };
}

/** Relative luminance (WCAG) of a hex colour, 0..1. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const lin = (c: number) => {
    const x = c / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/** -1 (coolest, hue 220°) .. 1 (warmest, hue 40°). */
export const hueWarmth = (h: number): number => Math.cos(((h - 40) * Math.PI) / 180);

/** Weighted circular mean of hues (degrees); 0 weight in total gives `fallback`. */
export function meanHue(hues: readonly number[], weights: readonly number[], fallback: number): number {
  let x = 0;
  let y = 0;
  for (let i = 0; i < hues.length; i++) {
    const r = (hues[i]! * Math.PI) / 180;
    x += weights[i]! * Math.cos(r);
    y += weights[i]! * Math.sin(r);
  }
  if (Math.hypot(x, y) < 1e-9) return fallback;
  return wrap((Math.atan2(y, x) * 180) / Math.PI);
}

const HUE_NAMES: [number, string][] = [
  [12, "red"],
  [35, "orange"],
  [52, "amber"],
  [68, "yellow"],
  [95, "olive green"],
  [150, "green"],
  [185, "teal"],
  [205, "sky blue"],
  [240, "blue"],
  [275, "violet"],
  [315, "magenta"],
  [345, "rose"],
  [360, "red"],
];

/** An English name for a colour ("deep blue", "pale amber", "charcoal grey"), for image prompts. */
export function colourName(c: Colour): string {
  if (c.s < 0.12) return c.l < 0.25 ? "charcoal" : c.l > 0.8 ? "ivory" : "soft grey";
  const hue = HUE_NAMES.find(([limit]) => c.h < limit)?.[1] ?? "red";
  const shade = c.l < 0.25 ? "deep " : c.l < 0.4 ? "dark " : c.l > 0.8 ? "pale " : c.l > 0.65 ? "light " : "";
  const vivid = c.s > 0.8 && c.l >= 0.35 && c.l <= 0.65 ? "vivid " : c.s < 0.3 ? "muted " : "";
  return `${shade}${vivid}${hue}`.trim();
}
