-- CreateTable
CREATE TABLE "mind_states" (
    "user_id" BIGINT NOT NULL,
    "chat_id" BIGINT NOT NULL,
    "persona_id" TEXT NOT NULL DEFAULT 'velro',
    "custom_persona" JSONB,
    "style" JSONB,
    "mood" JSONB,
    "affect" JSONB,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

CONSTRAINT "mind_states_pkey" PRIMARY KEY ("user_id","chat_id")
);

-- CreateTable
CREATE TABLE "memories" (
    "id" TEXT NOT NULL,
    "user_id" BIGINT NOT NULL,
    "room" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "speaker" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "source_ids" TEXT[],
    "salience" DOUBLE PRECISION NOT NULL,
    "emotion" JSONB,
    "mentions" INTEGER NOT NULL DEFAULT 1,
    "last_recalled_at" TIMESTAMPTZ(3),
    "context" TEXT,

CONSTRAINT "memories_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "memories_user_id_room_idx" ON "memories"("user_id", "room");

-- AddForeignKey
ALTER TABLE "mind_states" ADD CONSTRAINT "mind_states_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memories" ADD CONSTRAINT "memories_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
