// Form schemas for app/routes/postings.$kind.$id._index/route.tsx, in their own module so the page can load them
// (and zod) only when a form is first used (docs/decisions/006).
import { z } from "zod";
import { closePostingSchema } from "~/opportunities/schemas";

export const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("submit") }),
  z.object({ intent: z.literal("clone") }),
  z.object({ intent: z.literal("archive") }),
  closePostingSchema.extend({ intent: z.literal("close") }),
]);
