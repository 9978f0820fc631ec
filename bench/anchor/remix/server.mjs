// Serves the anchor's production build the way server.js serves the app: Express,
// compression, static files, then Remix.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";

const buildDir = path.resolve(import.meta.dirname, process.env.BUILD_DIR ?? "build");
const build = await import(pathToFileURL(path.join(buildDir, "server", "index.js")).href);
const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use(express.static(path.join(buildDir, "client"), { maxAge: "1h" }));
app.all("*", createRequestHandler({ build }));
app.listen(Number(process.env.PORT), "127.0.0.1");
