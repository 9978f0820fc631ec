import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createUser, expect, PASSWORD, test } from "./fixtures";
import { startSecondServer } from "./second-server";

// Behind a TLS proxy (decision 024): Debian's nginx on loopback with a
// self-signed certificate, in front of a second server with TRUST_PROXY=1 and
// APP_ORIGIN set. nginx connects to the app from 127.0.0.9 (proxy_bind), so
// the app's socket address is the proxy's and the browser's (127.0.0.1) only
// arrives in X-Forwarded-For. nginx sends Host without the port ($host), which
// the old Host-based Origin check refused; APP_ORIGIN is the whole origin.
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((file) => fs.existsSync(file));
const PROXY_PORT = Number(process.env.E2E_PROXY_PORT ?? 8443);
const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);

test.skip(!NGINX, "nginx is not installed here (apt-get install nginx); CI installs it");

test("through nginx with HTTPS: sign in, post a form, and the app logs the browser's address", async ({
  browser,
}) => {
  test.slow();
  const appPort = E2E_PORT + 104;
  const dir = path.resolve("data", `e2e-nginx-${E2E_PORT}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"],
      ...["-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")],
      ...["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
    ],
    { stdio: "ignore" },
  );
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `
daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events {}
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${PROXY_PORT} ssl;
    ssl_certificate ${dir}/cert.pem;
    ssl_certificate_key ${dir}/key.pem;
    location / {
      proxy_pass http://127.0.0.1:${appPort};
      proxy_bind 127.0.0.9;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`,
  );
  const site = `https://127.0.0.1:${PROXY_PORT}`;
  const app = await startSecondServer(appPort, {
    TRUST_PROXY: "1",
    APP_ORIGIN: site,
    LOG_LEVEL: "info",
  });
  const nginx = spawn(NGINX!, ["-c", path.join(dir, "nginx.conf"), "-p", dir], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let nginxErrors = "";
  nginx.stderr.on("data", (chunk: Buffer) => (nginxErrors += chunk.toString()));
  const context = await browser.newContext({ baseURL: site, ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
    page.on("console", (m) => m.type() === "error" && pageErrors.push(m.text()));
    await expect
      .poll(async () => (await page.request.get("/readyz").catch(() => null))?.status() ?? 0, {
        message: nginxErrors,
      })
      .toBe(200);

    const user = await createUser("sme");
    const signInPage = await page.goto("/sign-in");
    expect(signInPage!.headers()["strict-transport-security"]).toContain("max-age=");
    await page.getByLabel("Email address").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The form post passed the Origin check and signed in, over HTTPS.
    await expect(page.getByRole("button", { name: "Sign out" }))
      .toBeVisible()
      .catch((error: Error) => {
        throw new Error(
          `${error.message}\n${JSON.stringify(pageErrors)}\n${JSON.stringify(app.logLines().filter((l) => l.route !== "/assets/*"))}`,
        );
      });
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

    // A post from a forged origin through the same proxy is still refused.
    const forged = await page.request.post("/sign-out", {
      headers: { Origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);

    await expect
      .poll(() => app.logLines().filter((l) => l.msg === "request" && l.method === "POST"))
      .toHaveLength(3);
    const posts = app.logLines().filter((l) => l.msg === "request" && l.method === "POST");
    // With JavaScript, Remix answers a redirecting form post with 202 and the redirect inside.
    expect(posts.map((l) => [l.route, l.status])).toEqual([
      ["/sign-in", 202],
      ["/sign-out", 202],
      ["/sign-out", 403],
    ]);
    // The browser's address, as nginx saw it; never the proxy's own (127.0.0.9).
    for (const line of posts) expect(line.client).toBe("127.0.0.1");
    expect(JSON.stringify(app.logLines())).not.toContain("127.0.0.9");
    expect(JSON.stringify(app.logLines())).not.toContain(user.email);
  } finally {
    nginx.kill("SIGTERM");
    app.process.kill("SIGTERM");
    await app.exited;
    await context.close();
  }
});
