-- AlterTable
ALTER TABLE "users" ADD COLUMN "show_transcripts" BOOLEAN NOT NULL DEFAULT false;
