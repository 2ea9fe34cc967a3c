-- A creation made from another (a generated image brought to life) names it; deleting the
-- original leaves the derived one standing.
ALTER TABLE "generation_jobs" ADD COLUMN "parent_job_id" TEXT;
CREATE INDEX "generation_jobs_parent_job_id_idx" ON "generation_jobs"("parent_job_id");
ALTER TABLE "generation_jobs" ADD CONSTRAINT "generation_jobs_parent_job_id_fkey"
  FOREIGN KEY ("parent_job_id") REFERENCES "generation_jobs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The model remembered for /animate, like those for /imagine and /video.
ALTER TABLE "generation_preferences" ADD COLUMN "animate_model" TEXT;
