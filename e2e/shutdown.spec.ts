import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { createUser, expect, PASSWORD, test } from "./fixtures";
import { startSecondServer } from "./second-server";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);

// Graceful shutdown: a second server from the same build and database. On
// SIGTERM it finishes the request in flight, then closes the database and
// exits 0. /healthz answers only while the database does.
test("SIGTERM lets requests in flight finish, then the server exits cleanly", async () => {
  const port = E2E_PORT + 100;
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

type Answer = { status: number; connection: string | undefined } | { error: string };

/** One request on the given keep-alive agent; resolves with its answer or its network error. */
function send(
  agent: http.Agent,
  port: number,
  options: { method?: string; path: string; body?: string; written?: () => void },
): Promise<Answer> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: "127.0.0.1",
        port,
        method: options.method ?? "GET",
        path: options.path,
        headers: options.body
          ? {
              "Content-Type": "application/x-www-form-urlencoded",
              "Content-Length": Buffer.byteLength(options.body),
              Origin: `http://127.0.0.1:${port}`,
            }
          : {},
      },
      (res) => {
        res.resume();
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }),
        );
        res.on("error", (error) => resolve({ error: error.message }));
      },
    );
    req.on("error", (error) => resolve({ error: `${(error as NodeJS.ErrnoException).code}` }));
    req.on("finish", () => options.written?.());
    req.end(options.body);
  });
}

for (const [connections, warm, offset] of [
  ["new connections", false, 101],
  ["idle keep-alive connections", true, 102],
] as const)
  test(`20 form posts in flight at SIGTERM on ${connections} get 20 answers and no resets; /readyz says 503 while stopping`, async () => {
    test.slow();
    const port = E2E_PORT + offset;
    // Its own copy of the database: twenty sign-ins must not touch the suite's.
    const user = await createUser("sme");
    const suiteDb = process.env.DATABASE_URL!.replace(/^file:/, "");
    const ownDb = path.join(path.dirname(suiteDb), `e2e-shutdown-${port}.db`);
    const source = new Database(suiteDb, { readonly: true });
    await source.backup(ownDb);
    source.close();

    const { process: server, exited } = await startSecondServer(port, {
      DATABASE_URL: `file:${ownDb}`,
      APP_ORIGIN: `http://127.0.0.1:${port}`,
      SHUTDOWN_GRACE_MS: "5000",
    });
    let stderr = "";
    server.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));

    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    if (warm) {
      // Twenty keep-alive connections, opened and left idle, as a proxy or browser keeps them.
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => send(agent, port, { path: "/healthz" })),
      );
      expect(answers.every((a) => "status" in a && a.status === 200)).toBe(true);
    }

    // Twenty sign-ins (each one an Argon2 check), all written before the SIGTERM.
    const form = new URLSearchParams({ email: user.email, password: PASSWORD, redirectTo: "/" });
    let written = 0;
    let allWritten!: () => void;
    const sent = new Promise<void>((resolve) => (allWritten = resolve));
    const posts = Array.from({ length: 20 }, () =>
      send(agent, port, {
        method: "POST",
        path: "/sign-in",
        body: form.toString(),
        written: () => ++written === 20 && allWritten(),
      }),
    );
    await sent;
    server.kill("SIGTERM");

    // While it stops: not ready, still alive. (The signal reaches the server a
    // moment after kill() returns, while it is busy with the sign-ins.)
    const probe = new http.Agent({ keepAlive: false });
    await expect
      .poll(
        async () => {
          const ready = await send(probe, port, { path: "/readyz" });
          const alive = await send(probe, port, { path: "/healthz" });
          return [ready, alive];
        },
        { intervals: [20] },
      )
      .toMatchObject([{ status: 503 }, { status: 200 }]);

    const answers = await Promise.all(posts);
    const errors = answers.filter((a) => "error" in a);
    expect(errors, JSON.stringify(errors)).toEqual([]);
    expect(answers.map((a) => ("status" in a ? a.status : 0))).toEqual(Array(20).fill(302));
    expect(await exited, stderr).toBe(0);
    agent.destroy();
    // Every sign-in that was answered made its session, and they are in the file.
    const check = new Database(ownDb, { readonly: true });
    const sessions = check
      .prepare("SELECT count(*) AS n FROM Session WHERE userId = ?")
      .get(user.id);
    check.close();
    expect(sessions).toEqual({ n: 20 });
  });
