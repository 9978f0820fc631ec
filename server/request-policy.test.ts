import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, test } from "vitest";
import {
  appOriginFrom,
  clientAddress,
  comesFromSite,
  originCheck,
  siteHost,
  trustProxyHops,
} from "./request-policy.js";

// The same middleware and settings server.js uses, on a real Express app on loopback.
let server: http.Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

async function start(options: { trustProxy?: string; appOrigin?: string }) {
  const app = express();
  app.set("trust proxy", trustProxyHops(options.trustProxy));
  app.use(originCheck(appOriginFrom(options.appOrigin)));
  app.use(siteHost(appOriginFrom(options.appOrigin)));
  app.all("*", (req, res) => {
    res.json({ client: clientAddress(req), protocol: req.protocol, host: req.headers.host });
  });
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server!.once("listening", resolve));
  return (server.address() as AddressInfo).port;
}

function request(
  port: number,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path: "/",
        method: options.method ?? "GET",
        headers: options.headers,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

describe("TRUST_PROXY", () => {
  test("unset, 0 or empty means no proxy is believed; a number is the hop count", () => {
    expect(trustProxyHops(undefined)).toBe(0);
    expect(trustProxyHops("")).toBe(0);
    expect(trustProxyHops("0")).toBe(0);
    expect(trustProxyHops("1")).toBe(1);
    expect(trustProxyHops("2")).toBe(2);
  });

  test("anything else stops the server with a clear message", () => {
    for (const bad of ["true", "yes", "-1", "1.5", "loopback", "99"])
      expect(() => trustProxyHops(bad)).toThrow(/TRUST_PROXY must be the number of proxies/);
  });

  test("without it, a forged X-Forwarded-For is ignored", async () => {
    const port = await start({});
    const res = await request(port, { headers: { "X-Forwarded-For": "203.0.113.9" } });
    expect(JSON.parse(res.body)).toMatchObject({ client: "127.0.0.1", protocol: "http" });
  });

  test("with one proxy, the address that proxy saw is the client, not one the client wrote", async () => {
    const port = await start({ trustProxy: "1" });
    // The client forged 203.0.113.9; the proxy appended the address it really saw.
    const res = await request(port, {
      headers: { "X-Forwarded-For": "203.0.113.9, 198.51.100.7", "X-Forwarded-Proto": "https" },
    });
    expect(JSON.parse(res.body)).toMatchObject({ client: "198.51.100.7", protocol: "https" });
  });

  test("with two proxies, the second-last entry is the client", async () => {
    const port = await start({ trustProxy: "2" });
    const res = await request(port, {
      headers: { "X-Forwarded-For": "203.0.113.9, 198.51.100.7, 10.0.0.2" },
    });
    expect(JSON.parse(res.body).client).toBe("198.51.100.7");
  });
});

describe("the Origin check", () => {
  const site = "https://skillsbridge.example.org";
  const post = (headers: Record<string, string>) => ({
    method: "POST",
    headers: { Host: "127.0.0.1:3000", ...headers },
  });

  test("APP_ORIGIN is the whole origin: scheme, host and port must all match", async () => {
    const port = await start({ appOrigin: `${site}/` });
    // Behind a proxy the Host header is the upstream's, and our own page still posts.
    expect((await request(port, post({ Origin: site }))).status).toBe(200);
    expect((await request(port, post({ Referer: `${site}/sign-in?x=1` }))).status).toBe(200);
    for (const other of [
      "http://skillsbridge.example.org",
      "https://skillsbridge.example.org:8443",
      "https://evil.example",
      "https://skillsbridge.example.org.evil.example",
      "null",
    ])
      expect((await request(port, post({ Origin: other }))).status, other).toBe(403);
    // The Host header no longer decides: a post whose Origin matches only the Host is refused.
    expect((await request(port, post({ Origin: "http://127.0.0.1:3000" }))).status).toBe(403);
    expect((await request(port, post({}))).status).toBe(403);
  });

  test("past the check, the app sees the site's host, whatever Host the proxy sent", async () => {
    const port = await start({ appOrigin: site });
    const res = await request(port, post({ Origin: site, "X-Forwarded-Host": "evil.example" }));
    expect(JSON.parse(res.body).host).toBe("skillsbridge.example.org");
  });

  test("reading is never refused", async () => {
    const port = await start({ appOrigin: site });
    expect((await request(port, { headers: { Origin: "https://evil.example" } })).status).toBe(200);
  });

  test("without APP_ORIGIN, the request's own scheme and host, port included", () => {
    const req = (headers: Record<string, string>, protocol = "http") => ({
      headers: { host: "localhost:3000", ...headers },
      protocol,
    });
    expect(comesFromSite(req({ origin: "http://localhost:3000" }), undefined)).toBe(true);
    expect(comesFromSite(req({ origin: "http://localhost:3001" }), undefined)).toBe(false);
    expect(comesFromSite(req({ origin: "https://localhost:3000" }), undefined)).toBe(false);
    expect(comesFromSite(req({ origin: "https://localhost:3000" }, "https"), undefined)).toBe(true);
    expect(comesFromSite(req({ referer: "not a url" }), undefined)).toBe(false);
  });

  test("a broken APP_ORIGIN stops the server with a clear message", () => {
    expect(() => appOriginFrom("skillsbridge.example.org")).toThrow(/APP_ORIGIN must be/);
    expect(appOriginFrom(undefined)).toBeUndefined();
    expect(appOriginFrom("https://Skillsbridge.Example.org:443/path")).toBe(site);
  });
});
