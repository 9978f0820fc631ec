import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportUserData } from "~/accounts/export.server";
import { requireUser } from "~/auth/session.server";
import { downloadFileName } from "~/insights/csv";
import { ukDay } from "~/time/uk-time";

// "Download my data": a JSON file of everything held about the user.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const data = await exportUserData(user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${downloadFileName("my-data", [], ukDay(new Date()), "json")}"`,
      "Cache-Control": "no-store",
    },
  });
}
