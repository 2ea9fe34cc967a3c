/**
 * The FAL queue and storage as the generation service needs them, over the real `@fal-ai/client`.
 * Errors come back as FalCallError carrying the HTTP status and FAL's error body (its `detail`), so the
 * service can explain them; nothing here knows about credits or Telegram.
 */
import { ApiError, createFalClient } from "@fal-ai/client";

export type QueueState = "IN_QUEUE" | "IN_PROGRESS" | "COMPLETED";

export interface FalGateway {
  /**
   * Submits to the queue (with `fal_webhook` when a URL is given); returns FAL's request id. Throws
   * UnconfirmedSubmitError when the request went out but FAL never confirmed it. `signal` aborts
   * the request itself (every call takes one), not just the wait for it.
   */
  submit(
    endpoint: string,
    input: Record<string, unknown>,
    webhookUrl?: string,
    signal?: AbortSignal,
  ): Promise<string>;
  status(
    endpoint: string,
    requestId: string,
    signal?: AbortSignal,
  ): Promise<{ state: QueueState; queuePosition?: number }>;
  /** The model's output; throws FalCallError when the model failed. */
  result(endpoint: string, requestId: string, signal?: AbortSignal): Promise<unknown>;
  cancel(endpoint: string, requestId: string, signal?: AbortSignal): Promise<void>;
  /** Uploads bytes to FAL storage and returns the file URL FAL can read. */
  upload(bytes: Uint8Array, contentType: string, fileName: string): Promise<string>;
  /** False while FAL is known to be down (circuit open): new jobs are refused before charging. */
  available?(): boolean;
  /** False when the operator gave no FAL key or proxy: nothing could ever succeed. Default true. */
  configured?: boolean;
}

/** A failed FAL call: HTTP status (if any) and the error body FAL returned. */
export class FalCallError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly body?: unknown,
  ) {
    super(message);
    this.name = "FalCallError";
  }
}

/**
 * A submit that left for FAL but was never confirmed (a gateway's 5xx, a dropped connection, our
 * timeout): FAL may have accepted it and be running a paid job. Never retried.
 */
export class UnconfirmedSubmitError extends FalCallError {
  constructor(message: string, status?: number, body?: unknown) {
    super(message, status, body);
    this.name = "UnconfirmedSubmitError";
  }
}

// Failures that happen before a byte of the request is sent: FAL surely did not accept anything.
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

const targetOf = (url: string, init?: RequestInit): string =>
  new Headers(init?.headers).get("x-fal-target-url") ?? url;

/**
 * The client's fetch, made safe for submits. `queue.submit` passes its own retry setting (3 retries
 * on 429, 502, 503, 504), which overrides the client-level one, so a gateway error after FAL took
 * the job would start a second paid job. Here a submit's 5xx or a failure after the request left
 * becomes an UnconfirmedSubmitError, which the client does not retry; 429 and refused connections
 * (nothing accepted) are still retried by the client.
 */
export function submitSafeFetch(base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    if (method !== "POST" || !new URL(targetOf(url, init)).hostname.startsWith("queue.")) {
      return base(input, init);
    }
    let res: Response;
    try {
      res = await base(input, init);
    } catch (err) {
      const e = err as { code?: string; cause?: { code?: string }; message?: string };
      if (NOT_SENT.has(e.cause?.code ?? e.code ?? "")) throw err;
      throw new UnconfirmedSubmitError(`submit not confirmed: ${e.message ?? String(err)}`);
    }
    if (res.status >= 500) {
      const body = await res.text().catch(() => "");
      throw new UnconfirmedSubmitError(`FAL answered ${res.status} to a submit`, res.status, body);
    }
    return res;
  };
}

function wrap(err: unknown): FalCallError {
  if (err instanceof FalCallError) return err;
  if (err instanceof ApiError) return new FalCallError(err.message, err.status, err.body);
  return new FalCallError((err as Error)?.message ?? String(err));
}

export interface FalGatewayOptions {
  credentials?: string;
  /** Every call goes to this proxy with `x-fal-target-url` (users' own proxies; the test fake). */
  proxyUrl?: string;
  /** Client retries of 429/5xx; the client's defaults when unset. */
  maxRetries?: number;
  /** The fetch underneath (tests); the global one by default. */
  fetch?: typeof fetch;
}

/** Creates the gateway; with a proxy URL every request, storage included, goes through it. */
export function createFalGateway(options: FalGatewayOptions): FalGateway {
  const fal = createFalClient({
    credentials: options.credentials,
    proxyUrl: options.proxyUrl ? { url: options.proxyUrl, when: "always" } : undefined,
    suppressLocalCredentialsWarning: true,
    retry: options.maxRetries === undefined ? undefined : { maxRetries: options.maxRetries },
    fetch: submitSafeFetch(options.fetch),
  });
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw wrap(err);
    }
  };
  return {
    configured: Boolean(options.credentials || options.proxyUrl),
    submit: (endpoint, input, webhookUrl, abortSignal) =>
      call(async () => (await fal.queue.submit(endpoint, { input, webhookUrl, abortSignal })).request_id),
    status: (endpoint, requestId, abortSignal) =>
      call(async () => {
        const s = await fal.queue.status(endpoint, { requestId, logs: false, abortSignal });
        const queuePosition = "queue_position" in s ? (s.queue_position as number) : undefined;
        return { state: s.status as QueueState, queuePosition };
      }),
    result: (endpoint, requestId, abortSignal) =>
      call(async () => (await fal.queue.result(endpoint, { requestId, abortSignal })).data),
    cancel: (endpoint, requestId, abortSignal) =>
      call(() => fal.queue.cancel(endpoint, { requestId, abortSignal })),
    upload: (bytes, contentType, fileName) =>
      call(() => fal.storage.upload(new File([bytes], fileName, { type: contentType }))),
  };
}
