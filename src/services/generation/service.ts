/**
 * Generation use case (DESIGN "Data flow of a generation"): reserve credits and create the job in
 * one transaction, submit to the FAL queue (webhook when public, else the poller), then capture on
 * success or release on failure, cancellation, content-policy rejection or timeout. Each step is
 * published on the bus (generation.queued|progress|completed|failed); the WebSocket clients and the
 * Telegram notifier listen there, and the notifier reports back through `markDelivered` once the
 * user has seen the outcome.
 *
 * A job is settled exactly once (a conditional update in the job repository), polled only by the
 * instance holding its lease, and a finished job whose outcome its instance did not live to send
 * is sent again by the next leaseholder.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { CacheBus } from "../../cache/types.ts";
import type { GenerationConfig } from "../../config/config.ts";
import type { PrismaClient } from "../../db/generated/client.ts";
import {
  ACTIVE_STATUSES,
  createGenerationJobRepository,
  type GenerationJobRow,
} from "../../db/generation-job-repository.ts";
import { buildInput, type Catalog, type ModelSpec, modeOf } from "../../engines/generation/catalog.ts";
import { explainFalFailure, failureTextOf } from "../../engines/generation/explain.ts";
import type { Logger } from "../../observability/logger.ts";
import type { Metrics } from "../../observability/metrics.ts";
import { type CreditsLedger, InsufficientCreditsError, TX_OPTIONS } from "../credits/ledger.ts";
import { type NewEvent, publishEvent } from "../events.ts";
import { FalCallError, type FalGateway, UnconfirmedSubmitError } from "./fal-gateway.ts";
import { CANCELLED_TEXT, jobPayload, recipients } from "./job-events.ts";
import { createJobPoller } from "./poller.ts";
import { createSettlement } from "./settlement.ts";
import {
  type GenerationRequest,
  type PayerChoice,
  PayerRefusedError,
  type ProgressStage,
  type RequestOutcome,
} from "./types.ts";

export interface GenerationServiceDeps {
  prisma: PrismaClient;
  cache: CacheBus;
  ledger: CreditsLedger;
  catalog: Catalog;
  fal: FalGateway;
  /** FAL job outcomes and credits spent. */
  metrics?: Metrics;
  logger: Logger;
  config: GenerationConfig;
  /** Where FAL should POST results; unset → poll. */
  webhookUrl?: string;
  /** Who pays for a request when not the user (a team's pool in a linked group); unset → the user. */
  payer?(req: GenerationRequest): Promise<PayerChoice>;
}

class TooManyRunningError extends Error {}
/** The request's job was reserved already: the same idempotency key came twice at once. */
class AlreadyRequestedError extends Error {}

/** The job id of an idempotency key: the same key always names the same job. */
export function jobIdFor(key: string): string {
  const h = createHash("sha256").update(`velro:generation:${key}`).digest("hex");
  // Laid out like the random ids (a UUID, version 8: "custom").
  const variant = ((Number.parseInt(h[16]!, 16) & 3) | 8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Creates the generation service; call `start()` to resume unfinished jobs and poll. */
export function createGenerationService(deps: GenerationServiceDeps) {
  const { prisma, cache, ledger, catalog, fal, config } = deps;
  const log = deps.logger.child({ component: "generation" });
  // This instance as a lease holder: a restarted process is a new one, and waits for old leases.
  const owner = `${process.pid}-${randomBytes(4).toString("hex")}`;
  // The settling instance gets a few leases' time to send a result before another resends it.
  const jobs = createGenerationJobRepository(prisma, {
    leaseMs: config.leaseMs,
    deliveryGraceMs: 4 * config.leaseMs,
  });

  const publish = (event: NewEvent) =>
    publishEvent(cache, event).catch((err) => log.warn({ err, type: event.type }, "event publish failed"));

  const specOf = (row: GenerationJobRow): ModelSpec =>
    catalog.get(row.model) ?? { ...catalog.models[0]!, key: row.model, name: row.model };

  const refuse = (
    reason: Extract<RequestOutcome, { type: "refused" }>["reason"],
    text: string,
    vars?: Record<string, string | number>,
  ) => ({ type: "refused", reason, text, ...(vars ? { vars } : {}) }) as const;

  /** Why no new creation can start now (nothing is charged), or undefined when one can. */
  function unavailableCause(): "not_configured" | "down" | undefined {
    if (fal.configured === false) return "not_configured";
    if (fal.available && !fal.available()) return "down";
    return undefined;
  }

  /** The same, as an English sentence (logs, clients without translations). */
  function unavailable(): string | undefined {
    const cause = unavailableCause();
    if (cause === "not_configured")
      return "🛠 Image and video creation isn't set up on this bot yet. Nothing was charged.";
    if (cause === "down")
      return "🛠 Image and video creation is unavailable right now: our provider is not responding. Nothing was charged — please try again in a few minutes.";
    return undefined;
  }

  /** The outcome of a request made again: its job, and nothing reserved or started anew. */
  async function repeated(id: string): Promise<RequestOutcome> {
    const row = await jobs.find(id);
    // Reserved, but its job is gone: deleted with the user's data (the ledger keeps its entries).
    if (!row) return refuse("already_requested", "This creation was already requested.");
    const balance = await ledger.balance(Number(row.userId));
    return { type: "accepted", jobId: row.id, cost: row.cost, balance, model: specOf(row), repeated: true };
  }

  /** Reserves credits and creates the job row atomically; refuses with a clear message otherwise. */
  async function request(req: GenerationRequest): Promise<RequestOutcome> {
    const id = req.idempotencyKey ? jobIdFor(req.idempotencyKey) : randomUUID();
    if (req.idempotencyKey && (await jobs.find(id))) return repeated(id);
    const prompt = req.prompt.trim().replace(/\s+/g, " ");
    if (!prompt) return refuse("prompt_empty", "Tell me what to create, e.g. /imagine a fox in the snow.");
    if (prompt.length > config.maxPromptChars) {
      return refuse(
        "prompt_too_long",
        `That prompt is ${prompt.length} characters; the limit is ${config.maxPromptChars}. Please shorten it.`,
        { length: prompt.length, limit: config.maxPromptChars },
      );
    }
    const model = catalog.get(req.modelKey);
    if (!model || modeOf(model) !== req.kind) {
      return refuse("unknown_model", "That model isn't available for this request. /models lists them.");
    }
    if (model.edit && !req.photo) {
      const usage = req.kind === "animate" ? "/animate [what moves]" : "/edit <what to change>";
      return refuse("photo_required", `Reply to a photo with ${usage}.`, { mode: req.kind });
    }
    const down = unavailable();
    if (down) return refuse("unavailable", down, { cause: unavailableCause()! });
    const rl = await cache.rateLimit(`gen:rl:${req.userId}`, config.rateLimitPerMinute, 60_000);
    if (!rl.allowed) {
      const s = Math.max(1, Math.ceil(rl.retryAfterMs / 1000));
      return refuse(
        "rate_limited",
        `You've asked for ${config.rateLimitPerMinute} creations in the last minute — please wait ${s} s.`,
        { limit: config.rateLimitPerMinute, seconds: s },
      );
    }

    const input = model.edit ? { prompt } : buildInput(model, { prompt, aspectRatio: req.aspectRatio });
    const payer: PayerChoice = (await deps.payer?.(req)) ?? { type: "own" };
    if (payer.type === "refused") return refuse(payer.reason, payer.text, payer.vars);
    const pool = payer.type === "account" ? payer : undefined;
    const account = pool?.account ?? req.userId;
    let balance: number;
    try {
      const reserved = await prisma.$transaction(async (tx) => {
        // The user's own row first (it also guards the running count below), then the pool's.
        if (pool) await ledger.lockInTx(tx, req.userId);
        const r = await ledger.applyInTx(tx, {
          userId: account,
          memberId: pool ? req.userId : undefined,
          kind: "reserve",
          amount: -model.credits,
          ref: id,
          note: model.key,
          guard: pool?.guard,
        });
        // The ledger keeps one reserve per job id: the same key was reserved (and its job created).
        if (!r.applied) throw new AlreadyRequestedError();
        // The account row is locked until commit, so this count cannot race another request.
        if ((await jobs.countActive(tx, req.userId)) >= config.maxRunning) throw new TooManyRunningError();
        await jobs.insert(
          tx,
          {
            id,
            userId: req.userId,
            chatId: req.chatId,
            model: model.key,
            kind: model.kind,
            endpoint: model.endpoint,
            prompt,
            input,
            cost: model.credits,
            statusMessageId: req.statusMessageId,
            viaWebhook: Boolean(deps.webhookUrl),
            parentJobId: req.parentJobId,
            payerAccount: pool?.account,
          },
          owner,
        );
        await pool?.reserved?.(tx, id, model.credits);
        return r;
      }, TX_OPTIONS);
      ledger.notify(account, "reserve", reserved, pool ? req.userId : undefined);
      balance = reserved.balance;
    } catch (err) {
      if (err instanceof AlreadyRequestedError) return repeated(id);
      if (err instanceof PayerRefusedError) return refuse(err.reason, err.message, err.vars);
      if (err instanceof InsufficientCreditsError && pool) {
        return refuse(
          "team_pool_empty",
          `${model.name} costs ${model.credits} credits and ${pool.name}'s pool has ${err.balance}.`,
          { team: pool.name, model: model.name, cost: model.credits, balance: err.balance },
        );
      }
      if (err instanceof InsufficientCreditsError) {
        return refuse(
          "insufficient_credits",
          `${model.name} costs ${model.credits} credits and you have ${err.balance}. Top up with /buy.`,
          { model: model.name, cost: model.credits, balance: err.balance },
        );
      }
      if (err instanceof TooManyRunningError) {
        return refuse(
          "too_many_running",
          `You already have ${config.maxRunning} creations in progress. Please wait for one to finish.`,
          { max: config.maxRunning },
        );
      }
      throw err;
    }

    const row = await jobs.find(id);
    if (row) await launch(row, req.photo);
    return { type: "accepted", jobId: id, cost: model.credits, balance, model };
  }

  /** Uploads the photo (edits, animations), submits to FAL and records the request id; failures release. */
  async function launch(row: GenerationJobRow, photo?: GenerationRequest["photo"]): Promise<void> {
    const model = specOf(row);
    try {
      let input = row.input as Record<string, unknown>;
      if (model.edit) {
        // FAL gets a storage URL, never a Telegram file URL (that one carries the bot token).
        const imageUrl = await fal.upload(photo!.bytes, photo!.contentType, photo!.fileName);
        input = buildInput(model, { prompt: row.prompt, imageUrl });
      }
      const requestId = await fal.submit(row.endpoint, input, webhookFor(row.id));
      if (!(await jobs.markSubmitted(row.id, requestId, input))) {
        // Settled while it was being submitted (cancelled): FAL need not work on it.
        await fal.cancel(row.endpoint, requestId).catch(() => {});
        return;
      }
      log.info({ job: row.id, request_id: requestId, model: row.model }, "generation submitted");
      await publish({
        type: "generation.queued",
        ...recipients(row),
        payload: { ...jobPayload(catalog, row), requestId },
      });
    } catch (err) {
      if (err instanceof UnconfirmedSubmitError) {
        // Refund now rather than charge for what may never run; if FAL did take it, its webhook
        // (which names this job) still brings the result, delivered free.
        log.warn(
          { err, job: row.id, endpoint: row.endpoint, status: err.status },
          "FAL did not confirm a submit; refunding (a late result will be delivered free)",
        );
        await fail(row, { reason: "unconfirmed", text: failureTextOf("unconfirmed") });
        return;
      }
      log.warn({ err, job: row.id }, "generation submit failed");
      await fail(row, explain(err));
    }
  }

  /**
   * The webhook URL for one job: it names the job, so a result FAL sends for a submit it never
   * confirmed (no request id was recorded) still finds its job.
   */
  const webhookFor = (jobId: string): string | undefined => {
    if (!deps.webhookUrl) return undefined;
    const url = new URL(deps.webhookUrl);
    url.searchParams.set("job", jobId);
    return url.href;
  };

  const { fail, complete, completeLate, redeliver, explain } = createSettlement({
    prisma,
    jobs,
    ledger,
    catalog,
    owner,
    publish,
    log,
    metrics: deps.metrics,
  });

  /** Records a progress change and tells the user; returns whether anything changed. */
  async function progress(row: GenerationJobRow, stage: ProgressStage, position?: number) {
    const status = stage === "running" ? "running" : "queued";
    if (row.status === status && (row.queuePosition ?? undefined) === position) return;
    if (!(await jobs.setProgress(row.id, status, position))) return;
    await publish({
      type: "generation.progress",
      ...recipients(row),
      payload: { ...jobPayload(catalog, row), stage, queuePosition: position },
    });
  }

  /** Polls one job at FAL and settles it when done. */
  async function check(row: GenerationJobRow): Promise<void> {
    if (!row.requestId) return;
    const age = Date.now() - row.createdAt.getTime();
    if (age > config.timeoutMs) {
      await fal.cancel(row.endpoint, row.requestId).catch(() => {});
      await fail(row, { reason: "timeout", text: explainFalFailure({ status: 504 }).text });
      return;
    }
    try {
      const s = await fal.status(row.endpoint, row.requestId);
      if (s.state === "COMPLETED") await complete(row, await fal.result(row.endpoint, row.requestId));
      else await progress(row, s.state === "IN_PROGRESS" ? "running" : "queued", s.queuePosition);
    } catch (err) {
      // FAL reports a failed run as COMPLETED and only its result call carries the model's error;
      // transport trouble (no status, or 429) is retried next tick.
      if (err instanceof FalCallError && err.status && err.status >= 400 && err.status !== 429) {
        await fail(row, explain(err));
      } else log.warn({ err, job: row.id }, "poll failed; will retry");
    }
  }

  const poller = createJobPoller({
    jobs,
    owner,
    logger: log,
    intervalMs: config.pollIntervalMs,
    check,
    fail,
    redeliver,
  });

  return {
    request,
    unavailable,
    /** False when no FAL key or proxy is configured: no creation can ever start. */
    configured: fal.configured !== false,
    /** This instance's name on the job leases it holds. */
    instanceId: owner,
    /** Resumes unfinished jobs and starts polling. */
    start: () => poller.start(),
    /** Stops polling and hands this instance's unfinished jobs back. */
    stop: () => poller.stop(),
    /** One poll pass over the jobs this instance holds or can take (the poller calls this; tests may too). */
    pollOnce: () => poller.tick(),
    /** Records that the user was shown a finished job's outcome (called by the notifier). */
    markDelivered: (jobId: string) => jobs.markDelivered(jobId),
    /** Applies a verified FAL webhook; duplicates and unknown ids change nothing. */
    async handleWebhook(
      body: {
        request_id?: string;
        status?: string;
        payload?: unknown;
        error?: string;
      },
      /** The job named in the webhook's URL, when there is one. */
      jobId?: string,
    ): Promise<"settled" | "duplicate" | "unknown"> {
      if (!body.request_id) return "unknown";
      let row = await jobs.findByRequestId(body.request_id);
      if (!row && jobId) {
        const named = await jobs.find(jobId);
        if (named?.status === "failed" && named.error === "unconfirmed" && !named.requestId) {
          // Refunded already: a late success is delivered free, a late failure changes nothing.
          if (body.status !== "OK" || !body.payload) return "duplicate";
          return completeLate(named, body.request_id, body.payload);
        }
        // Still pending: the webhook beat our own write of the request id.
        row = named?.requestId === body.request_id ? named : null;
      }
      if (!row) return "unknown";
      const status = Number(/(\d{3})/.exec(body.error ?? "")?.[1] ?? 0) || undefined;
      const done =
        body.status === "OK" && body.payload
          ? await complete(row, body.payload)
          : await fail(row, explainFalFailure({ status, body: body.payload, message: body.error }));
      return done ? "settled" : "duplicate";
    },
    /** Cancels a user's unfinished job at FAL and releases its credits. */
    async cancel(jobId: string, userId: number): Promise<boolean> {
      const row = await jobs.find(jobId);
      if (!row || Number(row.userId) !== userId || !ACTIVE_STATUSES.includes(row.status as "pending")) {
        return false;
      }
      if (row.requestId) await fal.cancel(row.endpoint, row.requestId).catch(() => {});
      return fail(row, { reason: "cancelled", text: CANCELLED_TEXT });
    },
    /** A user's recent jobs, newest first. */
    recent: (userId: number, limit = 10) => jobs.recent(userId, limit),
    /** Job counts by status (admin /stats). */
    stats: () => jobs.countByStatus(),
  };
}

export type GenerationService = ReturnType<typeof createGenerationService>;
