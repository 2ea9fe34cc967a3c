-- Voice replies: /voice turns a user's replies into voice notes (or only the answers to their own
-- voice notes), and each spoken reply keeps a record of what became of it, so a re-run of the
-- update after a crash neither speaks nor charges twice.
-- AlterTable
ALTER TABLE "users" ADD COLUMN "voice_replies" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "users" ADD COLUMN "voice_for_voice" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "voice_replies" (
    "chat_id" BIGINT NOT NULL,
    "source_message_id" INTEGER NOT NULL,
    "user_id" BIGINT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "voice_message_id" INTEGER,
    "text_shown" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "voice_replies_pkey" PRIMARY KEY ("chat_id","source_message_id")
);

-- CreateIndex
CREATE INDEX "voice_replies_voice_message_idx" ON "voice_replies"("chat_id", "voice_message_id");

-- CreateIndex
CREATE INDEX "voice_replies_user_idx" ON "voice_replies"("user_id");

-- AddForeignKey
ALTER TABLE "voice_replies" ADD CONSTRAINT "voice_replies_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
