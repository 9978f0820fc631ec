// Anchor 2 for `npm run bench`: the Remix floor. One route with a trivial loader,
// the same Remix and React as the app, the same future flags, served by Express.
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  logLevel: "warn",
  plugins: [
    remix({
      appDirectory: "app",
      buildDirectory: process.env.BUILD_DIR ?? "build",
      serverModuleFormat: "esm",
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
        v3_routeConfig: true,
      },
    }),
  ],
});
