-- Reminders: one row per reminder sent (its unique key makes "once only" hold
-- across runs and servers), and each person's choice of reminder emails.
-- The User column is added with ALTER TABLE, not a table rebuild, so no
-- trigger or hand-written index on User can be lost.
CREATE TABLE "ReminderSent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "ReminderSent_key_key" ON "ReminderSent"("key");
CREATE INDEX "ReminderSent_sentAt_idx" ON "ReminderSent"("sentAt");

ALTER TABLE "User" ADD COLUMN "reminderEmails" BOOLEAN NOT NULL DEFAULT true;
