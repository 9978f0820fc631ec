import path from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import remixConfig from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  resolve: { alias: { "~": path.resolve(__dirname, "app") } },
  // Its wasm build confuses the dev optimiser; it is server-only anyway.
  optimizeDeps: { exclude: ["@node-rs/argon2"] },
  build: { cssMinify: true },
  // BUILD_DIR lets two builds (say, two e2e runs) sit side by side.
  plugins: [remix({ ...remixConfig, buildDirectory: process.env.BUILD_DIR ?? "build" })],
});
