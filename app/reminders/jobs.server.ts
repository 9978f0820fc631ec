import { registerJob } from "~/housekeeping.server";
import { sendReminders } from "./reminders.server";

registerJob({ name: "reminders sent", run: (now) => sendReminders(now) });
