// Form schemas for app/routes/mentoring.$id.tsx, in their own module so the page can load them
// (and zod) only when a form is first used (docs/decisions/006).
import { z } from "zod";
import {
  declineSchema,
  endRelationshipSchema,
  feedbackSchema,
  messageSchema,
  sessionLogSchema,
} from "~/mentoring/schemas";

export const acceptForm = z.object({ intent: z.literal("accept") });
export const cancelForm = z.object({ intent: z.literal("cancel") });
export const declineForm = declineSchema.extend({ intent: z.literal("decline") });
export const endForm = endRelationshipSchema.extend({ intent: z.literal("end") });
export const sessionForm = sessionLogSchema.extend({ intent: z.literal("session") });
export const messageForm = messageSchema.extend({ intent: z.literal("message") });
export const feedbackForm = feedbackSchema.extend({ intent: z.literal("feedback") });
export const actionForm = z.object({
  intent: z.literal("action"),
  actionId: z.string().min(1),
  done: z.enum(["yes", "no"]),
});
// Answering, cancelling a planned session: each names the session it is about.
const meetingId = z.string().min(1);
export const acceptMeetingForm = z.object({ intent: z.literal("meeting-accept"), meetingId });
export const declineMeetingForm = z.object({ intent: z.literal("meeting-decline"), meetingId });
export const cancelMeetingForm = z.object({ intent: z.literal("meeting-cancel"), meetingId });
export const pageActions = z.discriminatedUnion("intent", [
  acceptForm,
  cancelForm,
  declineForm,
  endForm,
  sessionForm,
  messageForm,
  feedbackForm,
  actionForm,
  acceptMeetingForm,
  declineMeetingForm,
  cancelMeetingForm,
]);
