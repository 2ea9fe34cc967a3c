/**
 * The FAL queue and storage as the generation service needs them, over the real `@fal-ai/client`.
 * Errors come back as FalCallError carrying the HTTP status and FAL's error body (spec A6), so the
 * service can explain them; nothing here knows about credits or Telegram.
 */
import { ApiError, createFalClient } from "@fal-ai/client";

export type QueueState = "IN_QUEUE" | "IN_PROGRESS" | "COMPLETED";

export interface FalGateway {
  /** Submits to the queue (with `fal_webhook` when a URL is given); returns FAL's request id. */
  submit(endpoint: string, input: Record<string, unknown>, webhookUrl?: string): Promise<string>;
  status(endpoint: string, requestId: string): Promise<{ state: QueueState; queuePosition?: number }>;
  /** The model's output; throws FalCallError when the model failed. */
  result(endpoint: string, requestId: string): Promise<unknown>;
  cancel(endpoint: string, requestId: string): Promise<void>;
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
}

/** Creates the gateway; with a proxy URL every request, storage included, goes through it. */
export function createFalGateway(options: FalGatewayOptions): FalGateway {
  const fal = createFalClient({
    credentials: options.credentials,
    proxyUrl: options.proxyUrl ? { url: options.proxyUrl, when: "always" } : undefined,
    suppressLocalCredentialsWarning: true,
    retry: options.maxRetries === undefined ? undefined : { maxRetries: options.maxRetries },
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
    submit: (endpoint, input, webhookUrl) =>
      call(async () => (await fal.queue.submit(endpoint, { input, webhookUrl })).request_id),
    status: (endpoint, requestId) =>
      call(async () => {
        const s = await fal.queue.status(endpoint, { requestId, logs: false });
        const queuePosition = "queue_position" in s ? (s.queue_position as number) : undefined;
        return { state: s.status as QueueState, queuePosition };
      }),
    result: (endpoint, requestId) => call(async () => (await fal.queue.result(endpoint, { requestId })).data),
    cancel: (endpoint, requestId) => call(() => fal.queue.cancel(endpoint, { requestId })),
    upload: (bytes, contentType, fileName) =>
      call(() => fal.storage.upload(new File([bytes], fileName, { type: contentType }))),
  };
}
