/**
 * Correlation ids: one id per Telegram update (`upd-<update_id>`) or HTTP request (its request
 * id), carried through every async call the handler makes (services, FAL calls, bus events) with
 * AsyncLocalStorage. The logger adds it to each line as `cid`; published events carry it as `cid`.
 */
import { AsyncLocalStorage } from "node:async_hooks";

interface CorrelationStore {
  cid: string;
}

const storage = new AsyncLocalStorage<CorrelationStore>();

/** Runs `fn` with `cid` as the current correlation id (nested runs override, then restore). */
export function withCorrelation<T>(cid: string, fn: () => T): T {
  return storage.run({ cid }, fn);
}

/** The correlation id of the update or request being handled, if any. */
export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.cid;
}

/** The correlation id for a Telegram update. */
export const updateCorrelationId = (updateId: number): string => `upd-${updateId}`;

/** Runs `fn` outside any correlation context (background loops started from inside a request). */
export function withoutCorrelation<T>(fn: () => T): T {
  return storage.exit(fn);
}
