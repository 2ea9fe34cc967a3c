/**
 * Circuit breakers, retries and timeouts around the two paid remote dependencies, built on
 * cockatiel rather than hand-rolled state machines.
 *
 * LLM: a streamed reply counts as "reached" once its first delta arrives; failures before that
 * (network, timeout, 5xx) feed a consecutive-failure breaker. Only network errors are retried
 * inline (with exponential backoff): a 5xx or a timeout has already cost the waiting user
 * LLM_TIMEOUT_MS or a failed answer, and the provider enforces its own first-byte/gap timeout.
 * While the breaker is open, replies come from the offline responder and each chat is told once
 * per outage.
 *
 * FAL: every call runs under a timeout and the breaker; idempotent reads (status, result, cancel)
 * are retried with backoff. While the breaker is open, `available()` is false and the generation
 * service refuses new requests before reserving credits, so nothing is charged.
 */
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
  TaskCancelledError,
  TimeoutStrategy,
  timeout,
  wrap,
} from "cockatiel";
import type { DialogueContext } from "../engines/dialogue/compose.ts";
import type { Dialogue, ReplyOptions } from "../engines/dialogue/dialogue.ts";
import { offlineLocale } from "../engines/dialogue/offline.ts";
import { defaultTranslate, type Translate } from "../engines/dialogue/offline-translate.ts";
import { LlmError } from "../engines/dialogue/types.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import { FalCallError, type FalGateway, UnconfirmedSubmitError } from "./generation/fal-gateway.ts";

export interface BreakerOptions {
  /** Consecutive failures that open the circuit. */
  failures: number;
  /** How long the circuit stays open before one trial call is let through. */
  cooldownMs: number;
}

const STATE_VALUE: Record<CircuitState, number> = {
  [CircuitState.Closed]: 0,
  [CircuitState.Open]: 1,
  [CircuitState.HalfOpen]: 2,
  [CircuitState.Isolated]: 1,
};

/** A breaker plus what callers need to ask "may I call now?" without calling. */
function makeBreaker(name: "llm" | "fal", isFailure: (err: Error) => boolean, o: BreakerOptions, deps: Deps) {
  const policy = circuitBreaker(handleWhen(isFailure), {
    halfOpenAfter: o.cooldownMs,
    breaker: new ConsecutiveBreaker(o.failures),
  });
  let openedAt = 0;
  policy.onBreak(() => {
    openedAt = Date.now();
    deps.logger.warn(
      { dependency: name, cooldown_ms: o.cooldownMs },
      "circuit opened: dependency is failing",
    );
  });
  policy.onReset(() => deps.logger.info({ dependency: name }, "circuit closed: dependency recovered"));
  policy.onStateChange((s) => deps.metrics?.circuitState.set({ dependency: name }, STATE_VALUE[s]));
  deps.metrics?.circuitState.set({ dependency: name }, 0);
  return {
    policy,
    /** False while open and cooling down; true when closed, half-open, or a trial is due. */
    available: () =>
      policy.state === CircuitState.Closed ||
      policy.state === CircuitState.HalfOpen ||
      (policy.state === CircuitState.Open && Date.now() - openedAt >= o.cooldownMs),
  };
}

interface Deps {
  logger: Logger;
  metrics?: Metrics;
}

const llmDown = (err: Error) =>
  err instanceof LlmError && (err.kind === "network" || err.kind === "timeout" || err.kind === "http");

/**
 * Wraps a dialogue (LLM-backed) with a breaker and retries, falling back to `offline` (the
 * offline responder) while the LLM is known to be down.
 */
export function createResilientDialogue(
  deps: Deps & {
    dialogue: Dialogue;
    offline: Dialogue;
    breaker: BreakerOptions;
    retries?: number;
    /** Formats the offline responder's messages (the bot's I18n); locales/ loaded here by default. */
    translate?: Translate;
  },
): Dialogue & { available(): boolean } {
  const translate = deps.translate ?? defaultTranslate();
  const breaker = makeBreaker("llm", llmDown, deps.breaker, deps);
  const retryNetwork = retry(
    handleWhen((err) => err instanceof LlmError && err.kind === "network"),
    {
      maxAttempts: deps.retries ?? 2,
      backoff: new ExponentialBackoff({ initialDelay: 100, maxDelay: 1_000 }),
    },
  );
  const policy = wrap(retryNetwork, breaker.policy);
  // Chats told about the current outage; cleared when the circuit closes, so the next outage is
  // announced again.
  const told = new Set<string>();
  breaker.policy.onReset(() => told.clear());

  async function* offlineReply(ctx: DialogueContext, opts: ReplyOptions) {
    const key = opts.sessionKey ?? "";
    if (!told.has(key)) {
      told.add(key);
      yield `${translate(offlineLocale(ctx), "responder-offline-notice")}\n\n`;
    }
    yield* deps.offline.reply(ctx, opts);
  }

  return {
    offline: deps.dialogue.offline,
    providerName: deps.dialogue.providerName,
    available: breaker.available,
    async *reply(ctx, opts = {}) {
      if (!breaker.available()) return yield* offlineReply(ctx, opts);
      let started: { iterator: AsyncIterator<string>; first: IteratorResult<string> };
      try {
        started = await policy.execute(async () => {
          const iterator = deps.dialogue.reply(ctx, opts)[Symbol.asyncIterator]();
          return { iterator, first: await iterator.next() };
        });
      } catch (err) {
        // The circuit opened (now or while we retried): answer offline instead of failing.
        if (err instanceof BrokenCircuitError || !breaker.available()) return yield* offlineReply(ctx, opts);
        throw err;
      }
      if (started.first.done) return;
      yield started.first.value;
      for (let r = await started.iterator.next(); !r.done; r = await started.iterator.next()) yield r.value;
    },
  };
}

const falDown = (err: Error) =>
  err instanceof TaskCancelledError ||
  (err instanceof FalCallError && (err.status === undefined || err.status >= 500 || err.status === 429));

/** A FalGateway whose calls run under timeouts, retries (reads only) and a shared breaker. */
export function createResilientFalGateway(
  deps: Deps & { gateway: FalGateway; breaker: BreakerOptions; timeoutMs?: number; retries?: number },
): FalGateway & { available(): boolean } {
  const breaker = makeBreaker("fal", falDown, deps.breaker, deps);
  const limit = deps.timeoutMs ?? 30_000;
  // Aggressive: the caller stops waiting at the deadline even if a call ignores the signal (uploads
  // take none); the others get the signal, so the request itself is cancelled too.
  const timed = timeout(limit, TimeoutStrategy.Aggressive);
  const uploadTimed = timeout(limit * 4, TimeoutStrategy.Aggressive);
  const reads = retry(handleWhen(falDown), {
    maxAttempts: deps.retries ?? 2,
    backoff: new ExponentialBackoff({ initialDelay: 200, maxDelay: 2_000 }),
  });
  // Submits are not idempotent (a retry could start a second paid job), so they are not retried.
  const once = wrap(breaker.policy, timed);
  const read = wrap(reads, breaker.policy, timed);
  const g = deps.gateway;
  const asFal = (err: unknown): never => {
    if (err instanceof BrokenCircuitError) throw new FalCallError("FAL is unavailable (circuit open)", 503);
    if (err instanceof TaskCancelledError)
      throw new FalCallError(`FAL call timed out after ${limit} ms`, 504);
    throw err;
  };
  // A submit cut off by our deadline had left already: FAL may be running it.
  const asUnconfirmed = (err: unknown): never => {
    if (err instanceof TaskCancelledError)
      throw new UnconfirmedSubmitError(`submit not confirmed within ${limit} ms`, 504);
    return asFal(err);
  };
  return {
    available: breaker.available,
    configured: g.configured,
    submit: (endpoint, input, webhookUrl) =>
      once.execute(({ signal }) => g.submit(endpoint, input, webhookUrl, signal)).catch(asUnconfirmed),
    status: (endpoint, requestId) =>
      read.execute(({ signal }) => g.status(endpoint, requestId, signal)).catch(asFal),
    result: (endpoint, requestId) =>
      read.execute(({ signal }) => g.result(endpoint, requestId, signal)).catch(asFal),
    cancel: (endpoint, requestId) =>
      read.execute(({ signal }) => g.cancel(endpoint, requestId, signal)).catch(asFal),
    upload: (bytes, contentType, fileName) =>
      wrap(breaker.policy, uploadTimed)
        .execute(() => g.upload(bytes, contentType, fileName))
        .catch(asFal),
  };
}
