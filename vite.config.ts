import path from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import remixConfig from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

// The small components nearly every page uses, in one browser chunk with React
// and Remix (decision 053). Left to itself, Rollup made a chunk per set of pages
// that share a module: a page downloaded twenty files of 0.2-2 KB, each gzipped
// on its own, and paid about 2 KB for the split. The form checking code itself
// (form-validator, zod, each form's schema) stays lazy: it is not listed here.
const SHARED_UI = [
  "app/components/error-boundary.tsx",
  "app/components/ui.tsx",
  "app/components/pagination.ts",
  "app/components/forms/fields.tsx",
  "app/components/document-title.tsx",
  "app/components/forms/validated-form.tsx",
  "app/time/zone.ts",
  "app/time/format.ts",
];

export default defineConfig(({ isSsrBuild }) => ({
  resolve: { alias: { "~": path.resolve(__dirname, "app") } },
  // Its wasm build confuses the dev optimiser; it is server-only anyway.
  optimizeDeps: { exclude: ["@node-rs/argon2"] },
  build: {
    cssMinify: true,
    rollupOptions: {
      output: isSsrBuild
        ? undefined
        : {
            manualChunks(id) {
              if (SHARED_UI.some((file) => id.endsWith(file))) return "shared-ui";
            },
          },
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
