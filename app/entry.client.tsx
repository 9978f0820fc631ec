import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { REQUEST_ID_ATTRIBUTE, RequestIdProvider } from "~/components/request-id";

// An error page rendered on the server shows its request id; keep it while hydrating.
const id = document.querySelector(`[${REQUEST_ID_ATTRIBUTE}]`)?.getAttribute(REQUEST_ID_ATTRIBUTE);
const requestId = id ? { id, path: location.pathname + location.search } : undefined;

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <RequestIdProvider value={requestId}>
        <RemixBrowser />
      </RequestIdProvider>
    </StrictMode>,
  );
});
