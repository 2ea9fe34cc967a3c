/**
 * Files the service reads at run time, addressed relative to src/. This module sits at the root of
 * src/, and in the production bundle its code sits at the root of dist/ (scripts/build.mjs copies
 * the same files to the same places), so one expression finds them in both layouts.
 */
export const assetUrl = (pathFromSrc: string): URL => new URL(pathFromSrc, import.meta.url);
