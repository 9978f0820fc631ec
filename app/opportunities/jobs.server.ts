// Scheduled tidying for postings and requests. Listings already hide postings
// past their closing date and pages already show lapsed requests as expired,
// so these jobs only bring the stored states into line.
import { registerJob } from "~/housekeeping.server";
import { autoClosePostings } from "./postings.server";
import { expireRequests } from "./requests.server";

registerJob({ name: "postings closed after their closing date", run: autoClosePostings });
registerJob({ name: "unanswered placement requests expired", run: expireRequests });
