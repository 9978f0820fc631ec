// The form of the "plan a session" and "move a session" pages, in its own module
// so the pages load it (and zod) only when the form is first used (docs/decisions/006).
export { meetingSchema as meetingForm } from "./schemas";
