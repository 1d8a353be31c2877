-- Sync runs as jobs: a queued status, progress and heartbeat, the uploaded input, and
-- when a scheduled source next syncs. (ADD VALUE cannot be used in its own transaction;
-- nothing here uses 'queued'.)
-- AlterEnum
ALTER TYPE "sync_status" ADD VALUE 'queued';

-- AlterTable
ALTER TABLE "data_sources" ADD COLUMN     "next_sync_at" TIMESTAMPTZ(6);

-- AlterTable
ALTER TABLE "sync_logs" ADD COLUMN     "heartbeat_at" TIMESTAMPTZ(6),
ADD COLUMN     "input_content" TEXT,
ADD COLUMN     "input_name" TEXT,
ADD COLUMN     "progress_done" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "progress_step" TEXT,
ADD COLUMN     "progress_total" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "idx_sync_logs_queue" ON "sync_logs"("status", "created_at");

