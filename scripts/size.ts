// `npm run size`: what the browser downloads per route (gzipped), from the
// built Remix manifest. Fails when a route's JavaScript passes 100 KB (decision 053) or its
// CSS passes 20 KB. Writes the table to stdout.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

export const JS_BUDGET_BYTES = 100 * 1024;
export const CSS_BUDGET_BYTES = 20 * 1024;

type RouteEntry = {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  module: string;
  imports?: string[];
  css?: string[];
};
type Manifest = {
  entry: { module: string; imports: string[] };
  routes: Record<string, RouteEntry>;
};

export function readManifest(clientDir: string): Manifest {
  const assets = path.join(clientDir, "assets");
  const file = fs.readdirSync(assets).find((f) => /^manifest-.*\.js$/.test(f));
  if (!file) throw new Error(`No Remix manifest in ${assets}: run the build first.`);
  const sandbox: { window: { __remixManifest?: Manifest } } = { window: {} };
  vm.runInNewContext(fs.readFileSync(path.join(assets, file), "utf8"), sandbox);
  return sandbox.window.__remixManifest!;
}

export function routeSizes(clientDir: string) {
  const manifest = readManifest(clientDir);
  const gzipCache = new Map<string, number>();
  const gz = (url: string) => {
    if (!gzipCache.has(url))
      gzipCache.set(
        url,
        zlib.gzipSync(fs.readFileSync(path.join(clientDir, url)), { level: 9 }).length,
      );
    return gzipCache.get(url)!;
  };
  // The one global stylesheet is linked from root on every page.
  const globalCss = fs
    .readdirSync(path.join(clientDir, "assets"))
    .filter((f) => f.endsWith(".css"))
    .map((f) => `/assets/${f}`);
  const rows = Object.values(manifest.routes)
    .filter((route) => route.id !== "root")
    .map((route) => {
      const js = new Set<string>([manifest.entry.module, ...manifest.entry.imports]);
      const css = new Set<string>(globalCss);
      for (
        let r: RouteEntry | undefined = route;
        r;
        r = r.parentId ? manifest.routes[r.parentId] : undefined
      ) {
        js.add(r.module);
        for (const i of r.imports ?? []) js.add(i);
        for (const c of r.css ?? []) css.add(c);
      }
      const jsBytes = [...js].reduce((sum, f) => sum + gz(f), 0);
      const cssBytes = [...css].reduce((sum, f) => sum + gz(f), 0);
      return { route: route.id.replace(/^routes\//, ""), jsBytes, cssBytes };
    })
    .sort((a, b) => b.jsBytes - a.jsBytes);
  return rows;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
  const clientDir = path.resolve(process.env.BUILD_DIR ?? "build", "client");
  const rows = routeSizes(clientDir);
  console.info("| route | JS (KB gzip) | CSS (KB gzip) |\n| --- | ---: | ---: |");
  for (const row of rows)
    console.info(`| ${row.route} | ${kb(row.jsBytes)} | ${kb(row.cssBytes)} |`);
  const over = rows.filter((r) => r.jsBytes > JS_BUDGET_BYTES || r.cssBytes > CSS_BUDGET_BYTES);
  if (over.length) {
    console.error(
      `\nOver budget (JS ${kb(JS_BUDGET_BYTES)} KB, CSS ${kb(CSS_BUDGET_BYTES)} KB): ${over.map((r) => r.route).join(", ")}`,
    );
    process.exit(1);
  }
  console.info(
    `\nAll ${rows.length} routes are within budget (JS ${kb(JS_BUDGET_BYTES)} KB, CSS ${kb(CSS_BUDGET_BYTES)} KB).`,
  );
}
