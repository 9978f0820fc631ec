import { createRequire } from "node:module";
import type * as Router from "@remix-run/router";
import { describe, expect, test } from "vitest";

// The server loads @remix-run/router's CommonJS build, which patches/ changes so
// that the ranked route branches and compiled patterns are made once, not on every
// request (docs/decisions/027). These tests load that same build.
const { matchRoutes } = createRequire(import.meta.url)("@remix-run/router") as typeof Router;

type Route = Router.AgnosticRouteObject;

/** A route tree with every shape the app uses: layouts, index routes, params, a splat. */
function routeTree(): Route[] {
  return [
    {
      id: "root",
      path: "",
      children: [
        { id: "home", index: true },
        { id: "apprenticeships", path: "apprenticeships" },
        { id: "apprenticeship", path: "apprenticeships/:id" },
        { id: "apply", path: "apprenticeships/:id/apply" },
        { id: "postings", path: "postings" },
        { id: "posting-new", path: "postings/apprenticeships/new" },
        { id: "posting", path: "postings/:kind/:id" },
        { id: "posting-edit", path: "postings/:kind/:id/edit" },
        {
          id: "staff",
          path: "staff",
          children: [
            { id: "staff-home", index: true },
            { id: "staff-review", path: "review" },
            { id: "staff-review-one", path: "review/:kind/:id" },
          ],
        },
        { id: "optional", path: "insights/:area?" },
        { id: "not-found", path: "*" },
      ],
    },
  ];
}

const urls = [
  "/",
  "/apprenticeships",
  "/apprenticeships/abc",
  "/apprenticeships/abc/apply",
  "/postings",
  "/postings/apprenticeships/new",
  "/postings/placements/xyz",
  "/postings/placements/xyz/edit",
  "/staff",
  "/staff/review",
  "/staff/review/placements/1",
  "/insights",
  "/insights/birmingham",
  "/nothing/here",
  "/APPRENTICESHIPS",
  "/apprenticeships/a%20b",
];

const ids = (matches: ReturnType<typeof matchRoutes>) =>
  matches?.map((m) => `${m.route.id}${JSON.stringify(m.params)}`) ?? null;

describe("route matching with the memo", () => {
  test("matches every URL as a fresh route tree does, on the first call and on later ones", () => {
    const routes = routeTree();
    for (let round = 0; round < 3; round++)
      for (const url of urls)
        // A new tree each time is never in the memo, so it is matched from scratch.
        expect(ids(matchRoutes(routes, url))).toEqual(ids(matchRoutes(routeTree(), url)));
  });

  test("the patch is applied: a routes array is flattened and ranked once", () => {
    const routes = routeTree();
    expect(ids(matchRoutes(routes, "/late"))?.[1]).toMatch(/^not-found/);
    // The server never changes its routes; if it did, the memo would keep the old
    // ranking. That is what shows the memo is there.
    const late = { id: "late", path: "late" };
    routes[0]!.children!.unshift(late);
    expect(ids(matchRoutes(routes, "/late"))?.[1]).toMatch(/^not-found/);
    // The same tree, new to the memo, does match the added route.
    const fresh = routeTree();
    fresh[0]!.children!.unshift(late);
    expect(ids(matchRoutes(fresh, "/late"))?.[1]).toBe("late{}");
  });
});
