-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "meetingFormat" TEXT;
