import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { endSession } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { redirectWithFlash } from "~/flash.server";

// Sign-out is a POST (a link could be followed by a crawler); the row is deleted.
export async function action({ request }: ActionFunctionArgs) {
  const cookie = await endSession(request);
  return redirectWithFlash(request, "/", "You have signed out.", { "Set-Cookie": cookie });
}

export async function loader() {
  return redirect("/");
}

export const ErrorBoundary = GeneralErrorBoundary;
