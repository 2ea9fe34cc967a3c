/**
 * Waits until every piece of work in `active` (which keeps changing: finished work leaves it, and
 * work started meanwhile joins it) has settled, or `graceMs` has passed, whichever comes first.
 * Resolves true when everything settled. Used by graceful shutdowns.
 */
export async function drainWithin(active: Map<unknown, Promise<unknown>>, graceMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const drained = (async () => {
    while (active.size) await Promise.allSettled([...active.values()]);
    return true;
  })();
  try {
    return await Promise.race([
      drained,
      new Promise<boolean>((r) => (timer = setTimeout(() => r(false), graceMs))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
