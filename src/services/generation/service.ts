/**
 * Generation use case (DESIGN "Data flow of a generation"): reserve credits and create the job in
 * one transaction, submit to the FAL queue (webhook when public, else the poller), then capture on
 * success or release on failure, cancellation, content-policy rejection or timeout. A job is
 * finalised by a conditional status update, so a webhook, a poll and a restarted instance racing
 * for the same job settle it exactly once.
 */
import { randomUUID } from "node:crypto";
import type { CacheBus } from "../../cache/types.ts";
import type { GenerationConfig } from "../../config/config.ts";
import type { PrismaClient } from "../../db/generated/client.ts";
import {
  buildInput,
  type Catalog,
  extractOutput,
  type GenerationOutput,
} from "../../engines/generation/catalog.ts";
import { type Explained, explainFalFailure } from "../../engines/generation/explain.ts";
import type { Logger } from "../../observability/logger.ts";
import type { Metrics } from "../../observability/metrics.ts";
import { type CreditsLedger, InsufficientCreditsError, TX_OPTIONS } from "../credits/ledger.ts";
import { publishEvent } from "../events.ts";
import { FalCallError, type FalGateway } from "./fal-gateway.ts";
import { createJobPoller } from "./poller.ts";
import {
  ACTIVE_STATUSES,
  type GenerationNotifier,
  type GenerationRequest,
  type JobView,
  noopNotifier,
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
}

class TooManyRunningError extends Error {}

type JobRow = NonNullable<Awaited<ReturnType<PrismaClient["generationJob"]["findUnique"]>>>;

/** Creates the generation service; call `start()` to resume unfinished jobs and poll. */
export function createGenerationService(deps: GenerationServiceDeps) {
  const { prisma, cache, ledger, catalog, fal, config } = deps;
  const log = deps.logger.child({ component: "generation" });
  let notifier: GenerationNotifier = noopNotifier;

  const view = (row: JobRow): JobView => ({
    id: row.id,
    userId: Number(row.userId),
    chatId: Number(row.chatId),
    statusMessageId: row.statusMessageId ?? undefined,
    model: catalog.get(row.model) ?? { ...catalog.models[0]!, key: row.model, name: row.model },
    kind: row.kind === "video" ? "video" : "image",
    prompt: row.prompt,
    cost: row.cost,
  });

  const publish = (type: string, job: JobView, payload: Record<string, unknown> = {}) =>
    publishEvent(cache, {
      type,
      userId: job.userId,
      chatId: job.chatId,
      payload: { jobId: job.id, model: job.model.key, kind: job.kind, ...payload },
    }).catch((err) => log.warn({ err, type }, "event publish failed"));

  const refuse = (reason: Extract<RequestOutcome, { type: "refused" }>["reason"], text: string) =>
    ({ type: "refused", reason, text }) as const;

  /** Why no new creation can start now (nothing is charged), or undefined when one can. */
  function unavailable(): string | undefined {
    if (fal.configured === false)
      return "🛠 Image and video creation isn't set up on this bot yet. Nothing was charged.";
    if (fal.available && !fal.available())
      return "🛠 Image and video creation is unavailable right now: our provider is not responding. Nothing was charged — please try again in a few minutes.";
    return undefined;
  }

  /** Reserves credits and creates the job row atomically; refuses with a clear message otherwise. */
  async function request(req: GenerationRequest): Promise<RequestOutcome> {
    const prompt = req.prompt.trim().replace(/\s+/g, " ");
    if (!prompt) return refuse("prompt_empty", "Tell me what to create, e.g. /imagine a fox in the snow.");
    if (prompt.length > config.maxPromptChars) {
      return refuse(
        "prompt_too_long",
        `That prompt is ${prompt.length} characters; the limit is ${config.maxPromptChars}. Please shorten it.`,
      );
    }
    const model = catalog.get(req.modelKey);
    const wantsEdit = req.kind === "edit";
    if (!model || model.edit !== wantsEdit || (!wantsEdit && model.kind !== req.kind)) {
      return refuse("unknown_model", "That model isn't available for this request. /models lists them.");
    }
    if (model.edit && !req.photo)
      return refuse("photo_required", "Reply to a photo with /edit <what to change>.");
    const down = unavailable();
    if (down) return refuse("unavailable", down);
    const rl = await cache.rateLimit(`gen:rl:${req.userId}`, config.rateLimitPerMinute, 60_000);
    if (!rl.allowed) {
      const s = Math.max(1, Math.ceil(rl.retryAfterMs / 1000));
      return refuse(
        "rate_limited",
        `You've asked for ${config.rateLimitPerMinute} creations in the last minute — please wait ${s} s.`,
      );
    }

    const id = randomUUID();
    const input = model.edit ? { prompt } : buildInput(model, { prompt, aspectRatio: req.aspectRatio });
    let balance: number;
    try {
      const reserved = await prisma.$transaction(async (tx) => {
        const r = await ledger.applyInTx(tx, {
          userId: req.userId,
          kind: "reserve",
          amount: -model.credits,
          ref: id,
          note: model.key,
        });
        // The account row is locked until commit, so this count cannot race another request.
        const running = await tx.generationJob.count({
          where: { userId: BigInt(req.userId), status: { in: [...ACTIVE_STATUSES] } },
        });
        if (running >= config.maxRunning) throw new TooManyRunningError();
        await tx.generationJob.create({
          data: {
            id,
            userId: BigInt(req.userId),
            chatId: BigInt(req.chatId),
            model: model.key,
            kind: model.kind,
            endpoint: model.endpoint,
            prompt,
            input: input as object,
            cost: model.credits,
            status: "pending",
            statusMessageId: req.statusMessageId ?? null,
            viaWebhook: Boolean(deps.webhookUrl),
          },
        });
        return r;
      }, TX_OPTIONS);
      ledger.notify(req.userId, "reserve", reserved);
      balance = reserved.balance;
    } catch (err) {
      if (err instanceof InsufficientCreditsError) {
        return refuse(
          "insufficient_credits",
          `${model.name} costs ${model.credits} credits and you have ${err.balance}. Top up with /buy.`,
        );
      }
      if (err instanceof TooManyRunningError) {
        return refuse(
          "too_many_running",
          `You already have ${config.maxRunning} creations in progress. Please wait for one to finish.`,
        );
      }
      throw err;
    }

    const row = await prisma.generationJob.findUniqueOrThrow({ where: { id } });
    await launch(row, req.photo);
    return { type: "accepted", jobId: id, cost: model.credits, balance, model };
  }

  /** Uploads the photo (edits), submits to FAL and records the request id; failures release. */
  async function launch(row: JobRow, photo?: GenerationRequest["photo"]): Promise<void> {
    const job = view(row);
    try {
      let input = row.input as Record<string, unknown>;
      if (job.model.edit) {
        // FAL gets a storage URL, never a Telegram file URL (that one carries the bot token).
        const imageUrl = await fal.upload(photo!.bytes, photo!.contentType, photo!.fileName);
        input = buildInput(job.model, { prompt: job.prompt, imageUrl });
      }
      const requestId = await fal.submit(row.endpoint, input, deps.webhookUrl);
      await prisma.generationJob.updateMany({
        where: { id: row.id, status: "pending" },
        data: { requestId, status: "queued", input: input as object },
      });
      log.info({ job: row.id, request_id: requestId, model: row.model }, "generation submitted");
      await publish("generation.queued", job, { requestId, cost: job.cost });
      await notifier.progress(job, "submitted").catch((err) => log.warn({ err }, "progress notify failed"));
    } catch (err) {
      log.warn({ err, job: row.id }, "generation submit failed");
      await fail(row, explain(err));
    }
  }

  const explain = (err: unknown): Explained =>
    err instanceof FalCallError
      ? explainFalFailure({ status: err.status, body: err.body, message: err.message })
      : explainFalFailure({ message: String(err) });

  /** Settles a job once: marks it and captures or releases its credits in one transaction. */
  async function settle(row: JobRow, ok: boolean, data: Record<string, unknown>): Promise<boolean> {
    const userId = Number(row.userId);
    const result = await prisma.$transaction(async (tx) => {
      const n = await tx.generationJob.updateMany({
        where: { id: row.id, status: { in: [...ACTIVE_STATUSES] } },
        data: { ...data, status: ok ? "completed" : "failed", finishedAt: new Date() },
      });
      if (n.count === 0) return null;
      return ledger.applyInTx(
        tx,
        ok
          ? { userId, kind: "capture", amount: 0, ref: row.id, note: row.model }
          : { userId, kind: "release", amount: row.cost, ref: row.id, note: String(data.error ?? "") },
      );
    }, TX_OPTIONS);
    if (!result) return false;
    deps.metrics?.falJobs.inc({ model: row.model, outcome: ok ? "completed" : "failed" });
    if (ok) deps.metrics?.creditsSpent.inc(row.cost);
    ledger.notify(userId, ok ? "capture" : "release", result);
    return true;
  }

  async function fail(row: JobRow, why: Explained): Promise<boolean> {
    if (!(await settle(row, false, { error: why.reason }))) return false;
    const job = view(row);
    log.info({ job: row.id, reason: why.reason }, "generation failed, credits released");
    await publish("generation.failed", job, { reason: why.reason, refunded: job.cost });
    await notifier.failed(job, why.text).catch((err) => log.warn({ err }, "failure notify failed"));
    return true;
  }

  async function complete(row: JobRow, data: unknown): Promise<boolean> {
    const output = extractOutput(row.kind === "video" ? "video" : "image", data);
    if (!output) {
      log.warn({ job: row.id }, "FAL result had no file");
      return fail(row, explainFalFailure({ message: "no output file" }));
    }
    if (!(await settle(row, true, { result: data as object }))) return false;
    const job = view(row);
    log.info({ job: row.id, model: row.model }, "generation completed");
    await publish("generation.completed", job, { url: output.url, charged: job.cost });
    await deliver(job, output);
    return true;
  }

  async function deliver(job: JobView, output: GenerationOutput) {
    await notifier.delivered(job, output).catch((err) => log.error({ err, job: job.id }, "delivery failed"));
  }

  /** Records a progress change and tells the user; returns whether anything changed. */
  async function progress(row: JobRow, stage: ProgressStage, position?: number) {
    const status = stage === "running" ? "running" : "queued";
    if (row.status === status && (row.queuePosition ?? undefined) === position) return;
    const n = await prisma.generationJob.updateMany({
      where: { id: row.id, status: { in: ["queued", "running"] } },
      data: { status, queuePosition: position ?? null },
    });
    if (n.count === 0) return;
    const job = view(row);
    await publish("generation.progress", job, { stage, queuePosition: position });
    await notifier.progress(job, stage, position).catch((err) => log.warn({ err }, "progress notify failed"));
  }

  /** Polls one job at FAL and settles it when done. */
  async function check(row: JobRow): Promise<void> {
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
      // A model error comes back from the result call (spec A3); transport trouble is retried next tick.
      if (err instanceof FalCallError && err.status && err.status >= 400 && err.status !== 429) {
        await fail(row, explain(err));
      } else log.warn({ err, job: row.id }, "poll failed; will retry");
    }
  }

  const poller = createJobPoller({ prisma, logger: log, intervalMs: config.pollIntervalMs, check, fail });

  return {
    request,
    unavailable,
    /** False when no FAL key or proxy is configured: no creation can ever start. */
    configured: fal.configured !== false,
    bindNotifier(n: GenerationNotifier) {
      notifier = n;
    },
    /** Resumes unfinished jobs and starts polling. */
    start: () => poller.start(),
    stop: () => poller.stop(),
    /** One poll pass over every unfinished job (the poller calls this; tests may too). */
    pollOnce: () => poller.tick(),
    /** Applies a verified FAL webhook; duplicates and unknown ids change nothing. */
    async handleWebhook(body: {
      request_id?: string;
      status?: string;
      payload?: unknown;
      error?: string;
    }): Promise<"settled" | "duplicate" | "unknown"> {
      if (!body.request_id) return "unknown";
      const row = await prisma.generationJob.findUnique({ where: { requestId: body.request_id } });
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
      const row = await prisma.generationJob.findUnique({ where: { id: jobId } });
      if (!row || Number(row.userId) !== userId || !ACTIVE_STATUSES.includes(row.status as "pending")) {
        return false;
      }
      if (row.requestId) await fal.cancel(row.endpoint, row.requestId).catch(() => {});
      return fail(row, { reason: "cancelled", text: "Cancelled — your credits were returned." });
    },
    /** A user's recent jobs, newest first. */
    recent: (userId: number, limit = 10) =>
      prisma.generationJob.findMany({
        where: { userId: BigInt(userId) },
        orderBy: { createdAt: "desc" },
        take: limit,
      }),
    /** Job counts by status (admin /stats). */
    async stats(): Promise<Record<string, number>> {
      const rows = await prisma.generationJob.groupBy({ by: ["status"], _count: { _all: true } });
      return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
    },
  };
}

export type GenerationService = ReturnType<typeof createGenerationService>;
