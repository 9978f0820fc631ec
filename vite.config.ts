import path from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import remixConfig from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig(({ isSsrBuild }) => ({
  resolve: { alias: { "~": path.resolve(__dirname, "app") } },
  // Its wasm build confuses the dev optimiser; it is server-only anyway.
  optimizeDeps: { exclude: ["@node-rs/argon2"] },
  build: {
    cssMinify: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // Form schemas are imported lazily by the page (decision 006) and
        // statically by its action. Only the server bundle has both, and there
        // one chunk is what we want; the browser build never warns.
        if (
          isSsrBuild &&
          warning.message.includes("dynamic import will not move module into another chunk")
        )
          return;
        warn(warning);
      },
    },
  },
  // BUILD_DIR lets two builds (say, two e2e runs) sit side by side.
  plugins: [remix({ ...remixConfig, buildDirectory: process.env.BUILD_DIR ?? "build" })],
}));
