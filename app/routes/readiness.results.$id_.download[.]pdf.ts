import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadResult } from "~/readiness/download.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return downloadResult(request, params.id, "pdf");
}
