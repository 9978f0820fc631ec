import http from "node:http";
import { createUser, expect, test } from "./fixtures";
import { waitForEmail } from "./mail";

// Password-reset poisoning: a forged Host header must not choose where an
// emailed link (with its single-use token) points (docs/decisions/007).
test("emailed links use the site's own address, whatever Host header the request carried", async ({
  baseURL,
}) => {
  const user = await createUser("sme");
  const site = new URL(baseURL!);
  const status = await new Promise<number>((resolve, reject) => {
    const body = new URLSearchParams({ email: user.email }).toString();
    const request = http.request(
      {
        host: site.hostname,
        port: site.port,
        path: "/forgot-password",
        method: "POST",
        headers: {
          Host: "evil.example",
          Origin: "http://evil.example",
          "Content-Type": "application/x-www-form-urlencoded",
          "Content-Length": Buffer.byteLength(body),
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
  expect(status).toBeLessThan(400);

  const mail = await waitForEmail(user.email, "Reset your password");
  const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(new URL(link).origin).toBe(site.origin);
  expect(mail.text).not.toContain("evil.example");
});
