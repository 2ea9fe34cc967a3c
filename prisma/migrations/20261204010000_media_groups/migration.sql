-- Albums: Telegram sends each picture of an album as its own message (one update each, sharing a
-- media_group_id), while the bot answers the album once. The first of them to be worked gathers
-- the others from the inbox and writes down here which messages it took, with their content; the
-- others then find themselves here and end quietly, and a re-run after a crash answers the same set.
-- CreateTable
CREATE TABLE "media_groups" (
    "chat_id" BIGINT NOT NULL,
    "media_group_id" TEXT NOT NULL,
    "leader_message_id" INTEGER NOT NULL,
    "messages" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "media_groups_pkey" PRIMARY KEY ("chat_id","media_group_id")
);

-- CreateIndex
CREATE INDEX "media_groups_created_at_idx" ON "media_groups"("created_at");
