-- The durable intake: every Telegram update is stored here before Telegram is told it arrived
-- (webhook 2xx, or the next getUpdates offset), then taken by one worker at a time per lane.
-- Payloads are JSON kept as text: the database never looks inside them, text is cheaper to write
-- than jsonb, and it stores any string Telegram sends (jsonb refuses \u0000).
CREATE TABLE "inbox_updates" (
    "update_id" BIGINT NOT NULL,
    "lane" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claims" INTEGER NOT NULL DEFAULT 0,
    "available_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lease_owner" TEXT,
    "lease_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "inbox_updates_pkey" PRIMARY KEY ("update_id")
);

-- Only unfinished updates are scanned for work; the index stays as small as the backlog.
CREATE INDEX "inbox_updates_queued_idx" ON "inbox_updates" ("lane", "update_id") WHERE "status" = 'queued';
CREATE INDEX "inbox_updates_finished_idx" ON "inbox_updates" ("finished_at") WHERE "status" <> 'queued';

-- What each update has sent, so a re-run after a crash replays the sends instead of repeating them.
-- A row is written before the send (result NULL) and completed after it: a row without a result
-- is a send the process died during, which is taken as made.
CREATE TABLE "inbox_sends" (
    "update_id" BIGINT NOT NULL,
    "seq" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "result" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbox_sends_pkey" PRIMARY KEY ("update_id", "seq")
);

-- Updates that failed every try, kept with their error for an admin to replay or drop.
CREATE TABLE "dead_letters" (
    "update_id" BIGINT NOT NULL,
    "lane" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "error" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "failed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dead_letters_pkey" PRIMARY KEY ("update_id")
);
