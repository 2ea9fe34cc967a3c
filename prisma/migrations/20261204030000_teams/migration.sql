-- Teams share a credit pool and projects. A team's pool is an account in the same ledger as the
-- users' (credit_accounts.user_id = minus the team's id: Telegram user ids are always positive),
-- so reservations, refunds, idempotency and reconciliation work for it unchanged.

-- Who caused an entry on a team's account (the member who spent, topped up or bought).
ALTER TABLE "credit_entries" ADD COLUMN "member_id" BIGINT;
CREATE INDEX "credit_entries_member_idx" ON "credit_entries"("user_id", "member_id", "created_at")
  WHERE "member_id" IS NOT NULL;

-- The account a job's credits were reserved on, when it is not its user's (a team's pool); its
-- capture or release goes to the same account.
ALTER TABLE "generation_jobs" ADD COLUMN "payer_account" BIGINT;
-- Who owns a creation now, when it was handed to someone other than its maker.
ALTER TABLE "generation_jobs" ADD COLUMN "owner_id" BIGINT;
CREATE INDEX "generation_jobs_owner_id_idx" ON "generation_jobs"("owner_id") WHERE "owner_id" IS NOT NULL;

-- A Stars purchase made for a team's pool.
ALTER TABLE "star_payments" ADD COLUMN "team_id" INTEGER;

-- CreateTable
CREATE TABLE "teams" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "owner_id" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team_members" (
    "team_id" INTEGER NOT NULL,
    "user_id" BIGINT NOT NULL,
    "role" TEXT NOT NULL,
    "monthly_cap" INTEGER,
    "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "team_members_pkey" PRIMARY KEY ("team_id","user_id"),
    CONSTRAINT "team_members_role_check" CHECK ("role" IN ('owner', 'admin', 'editor', 'viewer')),
    CONSTRAINT "team_members_cap_check" CHECK ("monthly_cap" IS NULL OR "monthly_cap" >= 0)
);
CREATE INDEX "team_members_user_id_idx" ON "team_members"("user_id");

-- CreateTable
CREATE TABLE "team_invites" (
    "id" SERIAL NOT NULL,
    "team_id" INTEGER NOT NULL,
    "token_hash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "created_by" BIGINT NOT NULL,
    "max_uses" INTEGER NOT NULL,
    "uses" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "team_invites_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "team_invites_uses_check" CHECK ("uses" >= 0 AND "uses" <= "max_uses")
);
CREATE UNIQUE INDEX "team_invites_token_hash_key" ON "team_invites"("token_hash");
CREATE INDEX "team_invites_team_id_idx" ON "team_invites"("team_id");

-- CreateTable
CREATE TABLE "team_chats" (
    "chat_id" BIGINT NOT NULL,
    "team_id" INTEGER NOT NULL,
    "project_id" INTEGER,
    "linked_by" BIGINT NOT NULL,
    "linked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "team_chats_pkey" PRIMARY KEY ("chat_id")
);
CREATE INDEX "team_chats_team_id_idx" ON "team_chats"("team_id");

-- CreateTable
CREATE TABLE "team_choices" (
    "user_id" BIGINT NOT NULL,
    "team_id" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "team_choices_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "team_audit" (
    "id" BIGSERIAL NOT NULL,
    "team_id" INTEGER NOT NULL,
    "actor_id" BIGINT,
    "action" TEXT NOT NULL,
    "target_id" BIGINT,
    "detail" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "team_audit_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "team_audit_team_id_id_idx" ON "team_audit"("team_id", "id");

-- CreateTable
CREATE TABLE "projects" (
    "id" SERIAL NOT NULL,
    "owner_id" BIGINT NOT NULL,
    "team_id" INTEGER,
    "name" TEXT NOT NULL,
    "privacy" TEXT NOT NULL DEFAULT 'private',
    "public_token_hash" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "projects_privacy_check" CHECK ("privacy" IN ('private', 'team', 'public'))
);
CREATE UNIQUE INDEX "projects_public_token_hash_key" ON "projects"("public_token_hash");
CREATE INDEX "projects_owner_id_idx" ON "projects"("owner_id");
CREATE INDEX "projects_team_id_idx" ON "projects"("team_id");

-- CreateTable
CREATE TABLE "project_items" (
    "project_id" INTEGER NOT NULL,
    "job_id" TEXT NOT NULL,
    "added_by" BIGINT NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_items_pkey" PRIMARY KEY ("project_id","job_id")
);
CREATE INDEX "project_items_job_id_idx" ON "project_items"("job_id");

-- CreateTable
CREATE TABLE "creation_transfers" (
    "id" BIGSERIAL NOT NULL,
    "job_id" TEXT NOT NULL,
    "from_id" BIGINT NOT NULL,
    "to_id" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "creation_transfers_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "creation_transfers_job_id_idx" ON "creation_transfers"("job_id");

-- AddForeignKey
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "team_invites" ADD CONSTRAINT "team_invites_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "team_chats" ADD CONSTRAINT "team_chats_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "team_choices" ADD CONSTRAINT "team_choices_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "team_audit" ADD CONSTRAINT "team_audit_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "projects" ADD CONSTRAINT "projects_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "team_chats" ADD CONSTRAINT "team_chats_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "project_items" ADD CONSTRAINT "project_items_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- Creations deleted with their maker's data (/deletedata) leave no items or transfer records
-- pointing at them (kept in SQL only: Prisma would need a back-relation on the job).
ALTER TABLE "project_items" ADD CONSTRAINT "project_items_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "generation_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "creation_transfers" ADD CONSTRAINT "creation_transfers_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "generation_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
