-- A job is worked by one instance at a time: the one whose lease it holds (renewed while that
-- instance lives, taken over by another once it runs out). delivered_at records that the user was
-- shown the outcome, so a result settled by an instance that died before sending it is sent later.
ALTER TABLE "generation_jobs" ADD COLUMN "lease_owner" TEXT,
ADD COLUMN "lease_until" TIMESTAMPTZ(3),
ADD COLUMN "delivered_at" TIMESTAMPTZ(3);

-- Jobs finished before this migration were sent as they finished.
UPDATE "generation_jobs" SET "delivered_at" = COALESCE("finished_at", "updated_at")
WHERE "status" IN ('completed', 'failed');

-- Pollers look only at unfinished jobs and results still to send: the index stays as small as that.
CREATE INDEX "generation_jobs_work_idx" ON "generation_jobs" ("created_at")
WHERE "status" IN ('pending', 'queued', 'running') OR "delivered_at" IS NULL;
