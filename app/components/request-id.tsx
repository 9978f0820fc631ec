import { createContext, useContext } from "react";
import { useLocation } from "@remix-run/react";

// The id of the request that rendered this document (the X-Request-Id header and
// the request's log line), so an error page can show it for people to quote.
// The browser reads it back from the page before hydrating (entry.client.tsx).
export type RequestIdOfPage = { id: string; path: string } | undefined;
export const RequestIdContext = createContext<RequestIdOfPage>(undefined);
export const RequestIdProvider = RequestIdContext.Provider;

/** Where the server wrote the id into an error page. */
export const REQUEST_ID_ATTRIBUTE = "data-request-id";

/**
 * The id, on the page the server rendered. After a move inside the app the
 * page came from another request, whose id the browser does not have.
 */
export function useRequestId() {
  const page = useContext(RequestIdContext);
  const location = useLocation();
  return page && page.path === location.pathname + location.search ? page.id : undefined;
}
