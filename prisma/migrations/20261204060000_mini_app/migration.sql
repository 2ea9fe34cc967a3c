-- The Mini App: memories a user pins are always recalled and never fade, and each day's mood is
-- kept so the app can draw it over weeks (the mind state holds only the current, decaying mood).
-- AlterTable
ALTER TABLE "memories" ADD COLUMN "pinned" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "mood_days" (
    "user_id" BIGINT NOT NULL,
    "chat_id" BIGINT NOT NULL,
    "day" DATE NOT NULL,
    "valence_sum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "arousal_sum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "samples" INTEGER NOT NULL DEFAULT 0,
    "emotions" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "mood_days_pkey" PRIMARY KEY ("user_id","chat_id","day")
);

-- AddForeignKey
ALTER TABLE "mood_days" ADD CONSTRAINT "mood_days_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
