-- AlterTable
ALTER TABLE "users" ADD COLUMN "locale" TEXT;

-- AlterTable
ALTER TABLE "chats" ADD COLUMN "locale" TEXT;
