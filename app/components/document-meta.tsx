import type { MetaDescriptor } from "@remix-run/node";
import { UNSAFE_RemixContext, useLocation } from "@remix-run/react";
import { useContext } from "react";
// Remix's own <Meta /> reads the router's state through this context too; no
// public hook gives a route's thrown error or action data to the document head.
import { UNSAFE_DataRouterStateContext } from "react-router-dom";
import { documentTitle, hasFormErrors, SITE_DESCRIPTION } from "./document-title";
import { errorPageFor } from "./error-boundary";

/**
 * The page's <title> and meta tags: Remix's <Meta /> with three changes, so a
 * title always says what happened. A page whose route threw (404, 403...)
 * gets that error's title, not the page's own; a page whose form came back
 * with errors starts "Error:"; a page without a description of its own gets
 * the site's. Exactly one <title>, whatever happened.
 */
export function DocumentMeta() {
  const remix = useContext(UNSAFE_RemixContext);
  const state = useContext(UNSAFE_DataRouterStateContext);
  const location = useLocation();
  if (!remix || !state) return null;
  const { routeModules } = remix;
  const { errors, loaderData, actionData } = state;
  const errorAt = errors ? state.matches.findIndex((m) => errors[m.route.id] !== undefined) : -1;
  const active = errorAt >= 0 ? state.matches.slice(0, errorAt + 1) : state.matches;
  const leaf = active[active.length - 1];
  const error = errors && leaf ? errors[leaf.route.id] : undefined;

  // As Remix does: each route's meta sees the matches above it; the deepest wins.
  let meta: MetaDescriptor[] = [];
  const matches: {
    id: string;
    data: unknown;
    meta: MetaDescriptor[];
    params: unknown;
    pathname: string;
    handle: unknown;
    error: unknown;
  }[] = [];
  for (const match of active) {
    const routeModule = routeModules[match.route.id];
    const own =
      typeof routeModule?.meta === "function"
        ? routeModule.meta({
            data: loaderData[match.route.id],
            params: match.params,
            location,
            matches: matches as never,
            error,
          })
        : Array.isArray(routeModule?.meta)
          ? routeModule.meta
          : undefined;
    if (own) meta = own;
    matches.push({
      id: match.route.id,
      data: loaderData[match.route.id],
      meta,
      params: match.params,
      pathname: match.pathname,
      handle: match.route.handle,
      error,
    });
  }

  const ownTitle = meta.find((m): m is { title: string } => "title" in m)?.title;
  const title = documentTitle({
    ownTitle,
    errorTitle: errors ? errorPageFor(error).title : undefined,
    formErrors: Object.values(actionData ?? {}).some(hasFormErrors),
  });
  const tags = meta.filter((m) => !("title" in m) && !("charSet" in m) && !("charset" in m));
  const described = tags.some((m) => "name" in m && m.name === "description");
  return (
    <>
      <title>{title}</title>
      {described ? null : <meta name="description" content={SITE_DESCRIPTION} />}
      {tags.map((m) => {
        if ("tagName" in m) {
          const { tagName, ...rest } = m as { tagName: string } & Record<string, string>;
          if (tagName === "link") return <link key={JSON.stringify(rest)} {...rest} />;
          return <meta key={JSON.stringify(rest)} {...rest} />;
        }
        if ("script:ld+json" in m) return null;
        return <meta key={JSON.stringify(m)} {...(m as Record<string, string>)} />;
      })}
    </>
  );
}
