import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import express from "express";
import { pino } from "pino";
import { afterEach, describe, expect, test } from "vitest";
import { metricsEndpoint, requestObservability, routePatternFinder } from "./observability.js";
import { clientAddress } from "./request-policy.js";

// Routes shaped like the Remix build's (id, parentId, path, index).
const routes = {
  root: { id: "root", path: "" },
  "routes/_index": { id: "routes/_index", parentId: "root", index: true },
  "routes/postings.$kind.$id._index": {
    id: "routes/postings.$kind.$id._index",
    parentId: "root",
    path: "postings/:kind/:id",
    index: true,
  },
  "routes/staff": { id: "routes/staff", parentId: "root", path: "staff" },
  "routes/staff.audit": { id: "routes/staff.audit", parentId: "routes/staff", path: "audit" },
  "routes/healthz": { id: "routes/healthz", parentId: "root", path: "healthz" },
};

describe("route patterns", () => {
  const patternOf = routePatternFinder(routes);
  test("a page, its data request and an unknown address", () => {
    expect(patternOf("/")).toBe("/");
    expect(patternOf("/postings/placement/ck123")).toBe("/postings/:kind/:id");
    expect(patternOf("/postings/placement/ck123.data")).toBe("/postings/:kind/:id");
    expect(patternOf("/_root.data")).toBe("/");
    expect(patternOf("/staff/audit")).toBe("/staff/audit");
    expect(patternOf("/assets/entry-abc.js")).toBe("/assets/*");
    expect(patternOf("/__manifest")).toBe("/__manifest");
    expect(patternOf("/no/such/page")).toBe("unmatched");
  });
});

let server: http.Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

async function listen(app: express.Express) {
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server!.once("listening", resolve));
  return (server.address() as AddressInfo).port;
}

function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, path, headers }, (res) => {
          let body = "";
          res.on("data", (c: Buffer) => (body += c.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        })
        .on("error", reject);
    },
  );
}

describe("the request log line", () => {
  test("request id, method, route pattern, status, duration and client; never the query, a cookie or a token", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: "info" },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
          done();
        },
      }),
    );
    const observed: { route: string; status: number }[] = [];
    let inFlight = 0;
    const app = express();
    app.set("trust proxy", 1);
    app.use(
      requestObservability({
        logger,
        observe: {
          request: (r: { route: string; status: number }) => observed.push(r),
          inFlight: (change: number) => (inFlight += change),
        },
        patternOf: routePatternFinder(routes),
        clientAddress,
      }),
    );
    app.get("/postings/:kind/:id", (_req, res) => {
      res.status(201).send("ok");
    });
    const port = await listen(app);
    const res = await get(port, "/postings/placement/ck99?token=secret-token-123", {
      Cookie: "sb_session=secret-session",
      Authorization: "Bearer secret-bearer",
      "X-Forwarded-For": "198.51.100.7",
    });
    expect(res.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).toMatchObject({
      msg: "request",
      requestId: res.headers["x-request-id"],
      method: "GET",
      route: "/postings/:kind/:id",
      status: 201,
      client: "198.51.100.7",
    });
    expect(typeof line.ms).toBe("number");
    expect(res.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const text = JSON.stringify(line);
    for (const secret of ["secret-token-123", "secret-session", "secret-bearer", "ck99"])
      expect(text).not.toContain(secret);
    expect(observed).toEqual([
      expect.objectContaining({ route: "/postings/:kind/:id", status: 201 }),
    ]);
    expect(inFlight).toBe(0);
  });
});

describe("/metrics", () => {
  async function start(token?: string) {
    const app = express();
    app.get(
      "/metrics",
      metricsEndpoint({
        token,
        page: async () => ({ body: "http_requests_in_flight 0\n", contentType: "text/plain" }),
      }),
    );
    return listen(app);
  }

  test("from this machine straight: shown", async () => {
    const port = await start();
    const res = await get(port, "/metrics");
    expect(res.status).toBe(200);
    expect(res.body).toContain("http_requests_in_flight");
  });

  test("through a proxy (even one on this machine): only with the token", async () => {
    const port = await start("metrics-token-0123456789");
    const proxied = { "X-Forwarded-For": "203.0.113.5" };
    expect((await get(port, "/metrics", proxied)).status).toBe(404);
    expect(
      (await get(port, "/metrics", { ...proxied, Authorization: "Bearer wrong" })).status,
    ).toBe(404);
    const ok = await get(port, "/metrics", {
      ...proxied,
      Authorization: "Bearer metrics-token-0123456789",
    });
    expect(ok.status).toBe(200);
  });

  test("with no token set, a proxied request is never shown", async () => {
    const port = await start(undefined);
    expect(
      (await get(port, "/metrics", { "X-Forwarded-For": "203.0.113.5", Authorization: "Bearer " }))
        .status,
    ).toBe(404);
  });
});
