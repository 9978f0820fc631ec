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
  const post = (origin: string) =>
    new Promise<number>((resolve, reject) => {
      const body = new URLSearchParams({ email: user.email }).toString();
      const request = http.request(
        {
          host: site.hostname,
          port: site.port,
          path: "/forgot-password",
          method: "POST",
          headers: {
            Host: "evil.example",
            Origin: origin,
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
  // The Origin check compares with APP_ORIGIN, not the Host header, so an Origin
  // that agrees with a forged Host is refused outright.
  expect(await post("http://evil.example")).toBe(403);
  // With the site's own Origin the post goes through, and the forged Host still
  // does not choose where the emailed link points.
  expect(await post(site.origin)).toBeLessThan(400);

  const mail = await waitForEmail(user.email, "Reset your password");
  const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(new URL(link).origin).toBe(site.origin);
  expect(mail.text).not.toContain("evil.example");
});
