// `node --import tsx --import ./scripts/raw-imports.mjs script.ts`: lets a command-line
// script load app modules that import a text file with Vite's `?raw` (the common
// password list), which tsx alone cannot.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
import fs from "node:fs";
export async function load(url, context, next) {
  if (!url.startsWith("file:") || !url.endsWith("?raw")) return next(url, context);
  const text = fs.readFileSync(new URL(url.slice(0, -"?raw".length)), "utf8");
  return { format: "module", source: "export default " + JSON.stringify(text), shortCircuit: true };
}`),
);
