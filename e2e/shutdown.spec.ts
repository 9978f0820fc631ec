import { expect, test } from "./fixtures";
import { startSecondServer } from "./second-server";

// Graceful shutdown: a second server from the same build and database. On
// SIGTERM it finishes the request in flight, then closes the database and
// exits 0. /healthz answers only while the database does.
test("SIGTERM lets requests in flight finish, then the server exits cleanly", async () => {
  const port = Number(process.env.E2E_PORT ?? 3210) + 1000;
  const { base, process: server, exited } = await startSecondServer(port);

  // Stop the server while a page is being answered: its headers have arrived,
  // its streamed body has not been read yet. The whole page must still come.
  const response = await fetch(`${base}/accessibility`);
  server.kill("SIGTERM");
  expect(response.status).toBe(200);
  const body = await response.text();
  expect(body).toContain("Accessibility statement");
  // The last thing Remix streams: the page arrived whole.
  expect(body).toContain("</html>");
  expect(body).toContain("streamController.close()");
  expect(await exited).toBe(0);
  // Nothing is listening any more.
  await expect(fetch(`${base}/healthz`)).rejects.toThrow();
});
