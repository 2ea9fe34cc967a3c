/**
 * The Prometheus registry and every metric the service exports. Labels are few and bounded
 * (update type, outcome, model) — never a user or chat id.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/**
 * A number read from somewhere slow (the database) when Prometheus scrapes, at most once per
 * `ttlMs` however often or concurrently it is scraped, and waited for at most `timeoutMs`: a slow
 * or failing source leaves the last value in place instead of stalling or failing the scrape.
 */
function scrapedReading(ttlMs: number, timeoutMs: number) {
  let source: (() => Promise<number>) | undefined;
  let value: number | undefined;
  let readAt = Number.NEGATIVE_INFINITY;
  let pending: Promise<void> | undefined;
  return {
    bind(next: () => Promise<number>) {
      source = next;
      readAt = Number.NEGATIVE_INFINITY;
      pending = undefined;
    },
    async read(): Promise<number | undefined> {
      const from = source;
      if (!from || Date.now() - readAt < ttlMs) return value;
      pending ??= Promise.resolve()
        .then(from)
        .then(
          (n) => {
            if (source === from && Number.isFinite(n)) value = n;
          },
          () => {},
        )
        .finally(() => {
          // A failure counts as a read too, so a database that is down is asked once per ttl.
          if (source === from) {
            readAt = Date.now();
            pending = undefined;
          }
        });
      let timer: NodeJS.Timeout | undefined;
      const giveUp = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      await Promise.race([pending, giveUp]);
      clearTimeout(timer);
      return value;
    },
  };
}

/** Creates a registry with default process metrics and the service's own metrics. */
export function createMetrics(options: { defaultMetrics?: boolean } = {}) {
  const registry = new Registry();
  if (options.defaultMetrics !== false) {
    collectDefaultMetrics({ register: registry });
    // prom-client names these three gauges with a counter's "_total" suffix, which Prometheus'
    // own linter (promtool check metrics) rejects; the same information is in
    // nodejs_active_{handles,requests,resources} without the suffix.
    for (const name of [
      "nodejs_active_handles_total",
      "nodejs_active_requests_total",
      "nodejs_active_resources_total",
    ]) {
      registry.removeSingleMetric(name);
    }
  }

  const updatesReceived = new Counter({
    name: "velro_updates_received_total",
    help: "Telegram updates received, by update type",
    labelNames: ["type"] as const,
    registers: [registry],
  });
  const updatesHandled = new Counter({
    name: "velro_updates_handled_total",
    help: "Telegram updates fully handled, by update type",
    labelNames: ["type"] as const,
    registers: [registry],
  });
  const updatesFailed = new Counter({
    name: "velro_updates_failed_total",
    help: "Telegram updates whose handler threw, by update type",
    labelNames: ["type"] as const,
    registers: [registry],
  });
  const updatesDuplicate = new Counter({
    name: "velro_updates_duplicate_total",
    help: "Telegram updates dropped because their update_id was already processed",
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: "velro_rate_limited_total",
    help: "Messages refused by the per-user rate limit",
    registers: [registry],
  });
  const handlerSeconds = new Histogram({
    name: "velro_update_handler_seconds",
    help: "Time to handle one Telegram update, by update type",
    labelNames: ["type"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });
  const llmSeconds = new Histogram({
    name: "velro_llm_request_seconds",
    help: "LLM completion time, by provider and outcome",
    labelNames: ["provider", "outcome"] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 40, 60, 120],
    registers: [registry],
  });
  const llmErrors = new Counter({
    name: "velro_llm_errors_total",
    help: "LLM failures, by provider and kind (timeout, http, network, context)",
    labelNames: ["provider", "kind"] as const,
    registers: [registry],
  });
  const llmTokens = new Counter({
    name: "velro_llm_tokens_total",
    help: "Tokens sent to and received from the LLM, by direction (the server's count when it reports usage, else an estimate)",
    labelNames: ["direction"] as const,
    registers: [registry],
  });
  const llmFirstToken = new Histogram({
    name: "velro_llm_first_token_seconds",
    help: "Time from sending a prompt to the reply's first words, by provider",
    labelNames: ["provider"] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10, 20, 60],
    registers: [registry],
  });
  const buildInfo = new Gauge({
    name: "velro_build_info",
    help: "Always 1; the version label says which build this instance runs (joins with other series in queries)",
    labelNames: ["version"] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: "velro_http_request_duration_seconds",
    help: "HTTP request duration, by route pattern (unmatched for unknown paths), method and status",
    labelNames: ["route", "method", "status"] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const wsConnections = new Gauge({
    name: "velro_ws_connections",
    help: "Open authenticated WebSocket connections, by role (user or admin)",
    labelNames: ["role"] as const,
    registers: [registry],
  });
  const wsMessages = new Counter({
    name: "velro_ws_messages_total",
    help: "WebSocket frames, by direction (in or out) and frame type",
    labelNames: ["direction", "type"] as const,
    registers: [registry],
  });
  const wsDisconnects = new Counter({
    name: "velro_ws_disconnects_total",
    help: "WebSocket connections closed, by reason",
    labelNames: ["reason"] as const,
    registers: [registry],
  });

  const circuitState = new Gauge({
    name: "velro_circuit_state",
    help: "Circuit breaker state by dependency (llm, fal): 0 closed, 1 open, 2 half-open",
    labelNames: ["dependency"] as const,
    registers: [registry],
  });
  const falJobs = new Counter({
    name: "velro_fal_jobs_total",
    help: "FAL generation jobs finished, by model key and outcome (completed, failed, refused)",
    labelNames: ["model", "outcome"] as const,
    registers: [registry],
  });
  const creditsSpent = new Counter({
    name: "velro_credits_spent_total",
    help: "Credits captured for finished generations",
    registers: [registry],
  });
  const creditsPurchased = new Counter({
    name: "velro_credits_purchased_total",
    help: "Credits bought with Telegram Stars",
    registers: [registry],
  });
  const cacheRequests = new Counter({
    name: "velro_cache_requests_total",
    help: "Cache reads, by result (hit or miss); hit ratio = hit / (hit + miss)",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  const cacheFallback = new Gauge({
    name: "velro_cache_degraded",
    help: "1 while Redis is unreachable and the in-process fallback serves cache and bus calls",
    registers: [registry],
  });
  const dbQuerySeconds = new Histogram({
    name: "velro_db_query_seconds",
    help: "Database query latency, by operation (Prisma model operation or raw)",
    labelNames: ["operation"] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  // Read from the database at scrape time rather than kept up to date: any instance (or an admin's
  // replay or drop) changes the table, and the count is what is there now.
  const deadLetterCount = scrapedReading(5_000, 1_000);
  new Gauge({
    name: "velro_dead_letters",
    help: "Updates that failed every try and wait for an admin",
    registers: [registry],
    async collect() {
      const n = await deadLetterCount.read();
      if (n !== undefined) this.set(n);
    },
  });

  return {
    registry,
    /** Where velro_dead_letters reads its count; the runtime that owns the table opens later. */
    bindDeadLetters: (count: () => Promise<number>) => deadLetterCount.bind(count),
    circuitState,
    falJobs,
    creditsSpent,
    creditsPurchased,
    cacheRequests,
    cacheFallback,
    dbQuerySeconds,
    updatesReceived,
    updatesHandled,
    updatesFailed,
    updatesDuplicate,
    rateLimited,
    handlerSeconds,
    llmSeconds,
    llmErrors,
    llmTokens,
    llmFirstToken,
    buildInfo,
    httpDuration,
    wsConnections,
    wsMessages,
    wsDisconnects,
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
