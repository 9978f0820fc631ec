import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { REQUEST_ID_ATTRIBUTE, useRequestId } from "./request-id";

const pages: Record<number, { title: string; body: string }> = {
  400: { title: "Something in the request was wrong", body: "Go back and try again." },
  403: {
    title: "You cannot see this page",
    body: "Your account does not have permission to see this page.",
  },
  404: {
    title: "Page not found",
    body: "If you typed the web address, check it is correct. If you followed a link, it may be out of date.",
  },
  500: {
    title: "Sorry, there is a problem with the service",
    body: "Try again later. Anything you saved is safe.",
  },
};

/** The words of the error page for what was thrown (also the document's title, document-meta.tsx). */
export function errorPageFor(error: unknown): { title: string; body: string } {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return pages[status] ?? pages[500]!;
}

/** The one error boundary, re-exported by every route: friendly pages per status. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const requestId = useRequestId();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const page = errorPageFor(error);
  // A thrown 403 can carry a plain message that helps ("Confirm your email first").
  const detail =
    isRouteErrorResponse(error) &&
    typeof error.data === "string" &&
    status < 500 &&
    error.data.trim()
      ? error.data
      : null;
  if (!isRouteErrorResponse(error) && typeof document === "undefined") {
    console.error(error);
  }
  return (
    <div className="error-page">
      <h1 className="heading-l">{page.title}</h1>
      <p className="body">{detail && detail !== page.body ? detail : page.body}</p>
      <p className="body">
        <Link to="/">Go to the home page</Link>
      </p>
      {requestId ? (
        <p className="body">
          If you contact us about this, quote this reference:{" "}
          <code {...{ [REQUEST_ID_ATTRIBUTE]: requestId }}>{requestId}</code>
        </p>
      ) : null}
    </div>
  );
}
