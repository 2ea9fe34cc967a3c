-- Reaching out: reminders, check-ins, the nightly diary and morning dreams are scheduled jobs in
-- the service's own database, like the intake's inbox: any instance may take a due job (a lease it
-- renews while it works), another takes it over once the lease runs out, and the status column
-- records a message's send before and after it goes out, so none is ever sent twice.
CREATE TABLE "scheduled_jobs" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "user_id" BIGINT NOT NULL,
    "chat_id" BIGINT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "idempotency_key" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claims" INTEGER NOT NULL DEFAULT 0,
    "lease_owner" TEXT,
    "lease_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "message_id" INTEGER,
    "sending_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "scheduled_jobs_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "scheduled_jobs_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
);

-- The same work planned twice (two instances, a retried update) is one row.
CREATE UNIQUE INDEX "scheduled_jobs_key_key" ON "scheduled_jobs" ("idempotency_key");
-- Only unfinished jobs are scanned for due work; the index stays as small as the backlog.
CREATE INDEX "scheduled_jobs_due_idx" ON "scheduled_jobs" ("due_at") WHERE "status" IN ('queued', 'sending');
CREATE INDEX "scheduled_jobs_user_idx" ON "scheduled_jobs" ("user_id", "kind") WHERE "status" IN ('queued', 'sending');
CREATE INDEX "scheduled_jobs_finished_idx" ON "scheduled_jobs" ("finished_at") WHERE "status" NOT IN ('queued', 'sending');

-- Each user's choices: time zone (asked once), check-in cadence, quiet hours (minutes since local
-- midnight), the diary and dreams, and when they blocked the bot (all outreach stops then).
CREATE TABLE "outreach_settings" (
    "user_id" BIGINT NOT NULL,
    "time_zone" TEXT,
    "checkins" TEXT NOT NULL DEFAULT 'off',
    "quiet_start" INTEGER NOT NULL DEFAULT 1320,
    "quiet_end" INTEGER NOT NULL DEFAULT 480,
    "diary" BOOLEAN NOT NULL DEFAULT false,
    "dreams" BOOLEAN NOT NULL DEFAULT false,
    "dreams_illustrated" BOOLEAN NOT NULL DEFAULT false,
    "zone_prompt_id" INTEGER,
    "pending" TEXT,
    "blocked_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outreach_settings_pkey" PRIMARY KEY ("user_id"),
    CONSTRAINT "outreach_settings_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
);

-- What each check-in asked about, and whether the user answered it: an ignored topic is never
-- raised again.
CREATE TABLE "checkin_topics" (
    "job_id" BIGINT NOT NULL,
    "user_id" BIGINT NOT NULL,
    "memory_id" TEXT,
    "stems" TEXT NOT NULL DEFAULT '',
    "asked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answered" BOOLEAN,

    CONSTRAINT "checkin_topics_pkey" PRIMARY KEY ("job_id"),
    CONSTRAINT "checkin_topics_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
);
CREATE INDEX "checkin_topics_user_idx" ON "checkin_topics" ("user_id", "asked_at");

-- One diary entry per user and local day: the mood and what was talked about.
CREATE TABLE "diary_entries" (
    "user_id" BIGINT NOT NULL,
    "day" TEXT NOT NULL,
    "mood" TEXT,
    "summary" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "diary_entries_pkey" PRIMARY KEY ("user_id", "day"),
    CONSTRAINT "diary_entries_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
);
