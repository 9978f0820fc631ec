import { createRequire } from "node:module";
import type * as Router from "@remix-run/router";
import { describe, expect, test } from "vitest";

// The server loads @remix-run/router's CommonJS build, which patches/ changes so
// that the ranked route branches and compiled patterns are made once, not on every
// request (docs/decisions/027), and that the answer for a pathname is kept per routes
// array and handed out as copies (docs/decisions/058). These tests load that same build.
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

/** Everything a match says but the route object itself, which differs between trees. */
const whole = (matches: ReturnType<typeof matchRoutes>) =>
  matches?.map((m) => ({ ...m, route: m.route.id })) ?? null;

describe("route matching with the memo", () => {
  test("matches every URL as a fresh route tree does, on the first call and on later ones", () => {
    const routes = routeTree();
    for (let round = 0; round < 3; round++)
      for (const url of urls) {
        // A new tree each time is never in the memo, so it is matched from scratch.
        expect(ids(matchRoutes(routes, url))).toEqual(ids(matchRoutes(routeTree(), url)));
        expect(whole(matchRoutes(routes, url))).toEqual(whole(matchRoutes(routeTree(), url)));
      }
  });

  test("each call gets matches of its own, with one params object shared as before", () => {
    const routes = routeTree();
    const first = matchRoutes(routes, "/staff/review/placements/1")!;
    const second = matchRoutes(routes, "/staff/review/placements/1")!;
    expect(second).not.toBe(first);
    expect(second[0]).not.toBe(first[0]);
    expect(second[0]!.params).not.toBe(first[0]!.params);
    // As the router makes them: every match of one answer holds the same params object.
    expect(new Set(first.map((m) => m.params)).size).toBe(1);
    expect(new Set(second.map((m) => m.params)).size).toBe(1);
    // What one caller does to its matches is not seen by the next.
    (first[0]!.params as Record<string, string>).kind = "changed";
    first.pop();
    const third = matchRoutes(routes, "/staff/review/placements/1")!;
    expect(whole(third)).toEqual(whole(matchRoutes(routeTree(), "/staff/review/placements/1")));
    expect(third.at(-1)!.params).toEqual({ kind: "placements", id: "1" });
  });

  test("a basename is taken off before the memo, and no match stays no match", () => {
    const routes = routeTree();
    expect(ids(matchRoutes(routes, "/app/staff", "/app"))).toEqual(
      ids(matchRoutes(routes, "/staff")),
    );
    expect(matchRoutes(routes, "/elsewhere/staff", "/app")).toBeNull();
    const noSplat = [{ id: "only", path: "only" }];
    expect(matchRoutes(noSplat, "/other")).toBeNull();
    expect(matchRoutes(noSplat, "/other")).toBeNull();
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
