// Runs the reminders job once, outside the server: `npm run reminders`, or
// `npm run reminders -- --now 2031-03-13T09:00:00Z` to run it as if at that
// instant (the end-to-end test runs it with a fixed clock this way). Each
// reminder still goes only once (app/reminders/reminders.server.ts).
import { sendReminders } from "~/reminders/reminders.server";
import { prisma } from "~/db.server";

const at = process.argv.indexOf("--now");
const now = at >= 0 ? new Date(process.argv[at + 1] ?? "") : new Date();
if (Number.isNaN(now.getTime())) {
  console.error("--now needs an ISO date and time, like 2031-03-13T09:00:00Z");
  process.exit(2);
}
const sent = await sendReminders(now);
console.info(`[reminders] ${sent} sent`);
await prisma.$disconnect();
