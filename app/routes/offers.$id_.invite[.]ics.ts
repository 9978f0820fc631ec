import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireRole } from "~/auth/session.server";
import { bookingInviteFile } from "~/mentoring/offer-invites.server";

/** The calendar invite of the business's own live booking; 404 without one. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "sme");
  const file = await bookingInviteFile(params.id!, user.organisationId, user);
  if (!file) notFound();
  return new Response(file, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="booking.ics"',
    },
  });
}
