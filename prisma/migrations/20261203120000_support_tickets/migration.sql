-- Payment help that reaches a person: /paysupport opens a ticket, its messages are relayed between
-- the user and the admins. Who is about to write a support message is kept here rather than in a
-- process, so it holds across restarts and whichever instance takes the next update.
-- CreateTable
CREATE TABLE "support_tickets" (
    "id" SERIAL NOT NULL,
    "user_id" BIGINT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),
    "closed_by" BIGINT,
    "closed_via" TEXT,

    CONSTRAINT "support_tickets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_messages" (
    "chat_id" BIGINT NOT NULL,
    "message_id" INTEGER NOT NULL,
    "ticket_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "author_id" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "support_messages_pkey" PRIMARY KEY ("chat_id","message_id")
);

-- CreateTable
CREATE TABLE "support_links" (
    "chat_id" BIGINT NOT NULL,
    "message_id" INTEGER NOT NULL,
    "ticket_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "support_links_pkey" PRIMARY KEY ("chat_id","message_id")
);

-- CreateTable
CREATE TABLE "support_pending" (
    "user_id" BIGINT NOT NULL,
    "ticket_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "support_pending_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE INDEX "support_tickets_user_id_id_idx" ON "support_tickets"("user_id", "id");

-- CreateIndex
CREATE INDEX "support_messages_ticket_id_idx" ON "support_messages"("ticket_id");
