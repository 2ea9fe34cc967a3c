/**
 * Group commit for hot writes: items added within one tick (or until `maxBatch`) are written by a
 * single statement, and each caller still awaits its own row. Under load this turns N inserts —
 * N round trips and N commits — into one, which is what lets the embedded single-connection
 * database and a fsync-bound Postgres keep up; at low load a batch is simply one item.
 */

export interface Batcher<T, R> {
  add(item: T): Promise<R>;
  /** Writes whatever is queued now. */
  flush(): Promise<void>;
}

/**
 * Creates a batcher; `write` gets the queued items and returns one result per item, in order. A
 * batch normally closes at the end of the event loop's turn (`setImmediate`); `urgent` closes it
 * when the current synchronous run of code ends (a microtask), so the write leaves before any other
 * I/O callback runs, at the price of smaller batches.
 */
export function createBatcher<T, R>(
  write: (items: T[]) => Promise<R[]>,
  maxBatch = 100,
  options: { urgent?: boolean } = {},
): Batcher<T, R> {
  const defer = options.urgent ? queueMicrotask : (fn: () => void) => void setImmediate(fn);
  let queue: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let scheduled = false;
  let inflight: Promise<void> = Promise.resolve();

  const run = async () => {
    scheduled = false;
    while (queue.length) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      try {
        const results = await write(batch.map((b) => b.item));
        for (const [i, b] of batch.entries()) b.resolve(results[i]!);
      } catch (err) {
        for (const b of batch) b.reject(err);
      }
    }
  };

  return {
    add(item) {
      return new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          // One batch at a time: items arriving while a write runs form the next batch.
          inflight = inflight.then(() => new Promise<void>((r) => defer(() => void run().then(r))));
        }
      });
    },
    async flush() {
      await inflight;
    },
  };
}
