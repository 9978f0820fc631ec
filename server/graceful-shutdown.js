// Restarts without errors (decision 024). On SIGTERM the server keeps serving
// for a short grace time (the proxy sees /readyz answer 503 and stops sending),
// every response from then on says "Connection: close", then it stops
// accepting and closes each keep-alive connection once it is idle. Requests in
// flight finish and get their answers.
//
// Node's own server.close() is not used: it destroys "idle" keep-alive
// connections at once, including ones whose next request is already waiting
// in the socket unread, and those clients see a reset. Closing the listener at
// once also resets connections still waiting in its backlog.
import net from "node:net";

export function gracefulShutdown(server) {
  /** Each open connection, with how many of its requests are being answered. */
  const connections = new Map();
  const inFlight = new Set();
  let stopping = false;

  server.on("connection", (socket) => {
    connections.set(socket, 0);
    socket.once("close", () => connections.delete(socket));
  });

  server.prependListener("request", (req, res) => {
    const socket = req.socket;
    if (connections.has(socket)) connections.set(socket, connections.get(socket) + 1);
    inFlight.add(res);
    if (stopping) res.setHeader("Connection", "close");
    res.once("close", () => {
      inFlight.delete(res);
      if (!connections.has(socket)) return;
      const active = connections.get(socket) - 1;
      connections.set(socket, active);
      // Its headers went out before the stop, so it still said keep-alive.
      if (stopping && active === 0) socket.end();
    });
  });

  function endIdleConnections() {
    for (const [socket, active] of connections) if (active === 0) socket.end();
  }

  return {
    get stopping() {
      return stopping;
    },
    /** Requests being answered now (for /metrics). */
    get inFlight() {
      return inFlight.size;
    },
    /**
     * Resolves once every connection has closed. `graceMs`: how long to keep
     * accepting first; `timeoutMs`: then connections still open are cut.
     */
    stop({ graceMs, timeoutMs }) {
      stopping = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
      return new Promise((resolve) => {
        setTimeout(() => {
          net.Server.prototype.close.call(server, () => resolve(true));
          endIdleConnections();
          setTimeout(() => {
            for (const socket of connections.keys()) socket.destroy();
            resolve(false);
          }, timeoutMs).unref();
        }, graceMs);
      });
    },
  };
}
