import { isMainThread } from "node:worker_threads";
import type { AppLoadContext, EntryContext, HandleDocumentRequestFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "~/components/nonce";
import { RequestIdProvider } from "~/components/request-id";
import { refuseDemoAccountsOnRealSite } from "~/accounts/first-run.server";
import { configureDb, disconnectDb } from "~/db.server";
import { BatchedHtmlStream } from "~/html-stream.server";
import { env } from "~/env.server";
import { logger } from "~/logger.server";
import { startHousekeeping, stopHousekeeping } from "~/housekeeping.server";
import "~/mentoring/jobs.server";
import "~/opportunities/jobs.server";
import "~/reminders/jobs.server";
import "~/backups/jobs.server";

const ABORT_DELAY = 5_000;

void configureDb();
// The insight worker thread loads this build too: it only reads, and runs no jobs.
if (isMainThread) startHousekeeping();

// server.js logs requests and serves /metrics with the app's own logger and registry.
export { logger } from "~/logger.server";
export * as metrics from "~/metrics.server";
export { computeInsightsWith, insightsOnThisThread } from "~/insights/off-thread.server";

/** Called by server.js before it listens: throws, with the operator's message, when it must not serve. */
export async function checkBeforeServing() {
  await refuseDemoAccountsOnRealSite(env);
}

/** Called by server.js on SIGTERM, after in-flight requests have finished. */
export async function shutdown() {
  stopHousekeeping();
  await disconnectDb();
}

function requestIdOfPage(request: Request, context: AppLoadContext) {
  if (!context.requestId) return undefined;
  const url = new URL(request.url);
  return { id: context.requestId, path: url.pathname + url.search };
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
): ReturnType<HandleDocumentRequestFunction> {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : "";
  // The whole document once it is all ready, for browsers as for bots (decision 058). No page
  // streams deferred data (no defer or Await), so the only Suspense boundary is Remix's own for
  // the loader data it inlines, ready a few microtasks after the shell. Sending the shell first
  // had cost every page three writes and React's swap-in script for that data.
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RequestIdProvider value={requestIdOfPage(request, loadContext)}>
          <RemixServer
            context={remixContext}
            url={request.url}
            abortDelay={ABORT_DELAY}
            nonce={nonce}
          />
        </RequestIdProvider>
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          shellRendered = true;
          // One chunk per batch React writes, not one per 2 KB piece (decision 058).
          const body = new BatchedHtmlStream();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY + 1000);
  });
}

export function handleError(
  error: unknown,
  { request, context }: { request: Request; context?: AppLoadContext },
) {
  // Aborted requests (the user went elsewhere) are not errors worth logging.
  if (request.signal.aborted) return;
  // An unknown address is a 404 page, not a fault.
  if (isRouteErrorResponse(error) && error.status === 404) return;
  // Log the path only: query strings could hold something private.
  logger.error(
    {
      event: "request.error",
      requestId: context?.requestId,
      method: request.method,
      path: new URL(request.url).pathname,
      error: error instanceof Error ? error.stack : String(error),
    },
    "error handling a request",
  );
}

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce?: string;
    clientAddress?: string;
    /** The request's id in the log line and the X-Request-Id header. */
    requestId?: string;
  }
}
