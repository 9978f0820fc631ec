import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireRole } from "~/auth/session.server";
import { meetingInviteFile } from "~/mentoring/meetings.server";

/** The calendar invite of an agreed session, for either of its two sides; 404 otherwise. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["sme", "board"]);
  const file = await meetingInviteFile(user, params.id!, params.meetingId!);
  if (!file) notFound();
  return new Response(file, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mentoring-session.ics"',
    },
  });
}
