-- CreateTable
CREATE TABLE "credit_accounts" (
    "user_id" BIGINT NOT NULL,
    "balance" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "credit_accounts_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "credit_entries" (
    "id" BIGSERIAL NOT NULL,
    "user_id" BIGINT NOT NULL,
    "kind" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "balance_after" INTEGER NOT NULL,
    "ref" TEXT NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "credit_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "generation_jobs" (
    "id" TEXT NOT NULL,
    "user_id" BIGINT NOT NULL,
    "chat_id" BIGINT NOT NULL,
    "model" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "endpoint" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "input" JSONB NOT NULL,
    "cost" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "request_id" TEXT,
    "queue_position" INTEGER,
    "status_message_id" INTEGER,
    "via_webhook" BOOLEAN NOT NULL DEFAULT false,
    "result" JSONB,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "generation_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "star_payments" (
    "charge_id" TEXT NOT NULL,
    "user_id" BIGINT NOT NULL,
    "pack" TEXT NOT NULL,
    "stars" INTEGER NOT NULL,
    "credits" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "refunded_at" TIMESTAMPTZ(3),

    CONSTRAINT "star_payments_pkey" PRIMARY KEY ("charge_id")
);

-- CreateTable
CREATE TABLE "generation_preferences" (
    "user_id" BIGINT NOT NULL,
    "image_model" TEXT,
    "video_model" TEXT,
    "aspect_ratio" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "generation_preferences_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE INDEX "credit_entries_user_id_id_idx" ON "credit_entries"("user_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "credit_entries_kind_ref_key" ON "credit_entries"("kind", "ref");

-- CreateIndex
CREATE UNIQUE INDEX "generation_jobs_request_id_key" ON "generation_jobs"("request_id");

-- CreateIndex
CREATE INDEX "generation_jobs_status_idx" ON "generation_jobs"("status");

-- CreateIndex
CREATE INDEX "generation_jobs_user_id_created_at_idx" ON "generation_jobs"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "star_payments_user_id_idx" ON "star_payments"("user_id");

-- The balance can never go negative, whatever code path writes it.
ALTER TABLE "credit_accounts" ADD CONSTRAINT "credit_accounts_balance_nonnegative" CHECK ("balance" >= 0);
