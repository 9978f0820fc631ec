import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireRole } from "~/auth/session.server";
import { placementInviteFile } from "~/opportunities/placement-invites.server";

/** The calendar invite of an accepted placement request, for either side; 404 otherwise. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["sme", "school"]);
  const file = await placementInviteFile(params.id!, user);
  if (!file) notFound();
  return new Response(file, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="placement.ics"',
    },
  });
}
