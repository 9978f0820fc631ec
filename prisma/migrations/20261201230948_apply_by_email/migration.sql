-- AlterTable
ALTER TABLE "Apprenticeship" ADD COLUMN "applyEmail" TEXT;
