-- AlterTable
ALTER TABLE "staged_changes" ADD COLUMN     "source_row" JSONB;

