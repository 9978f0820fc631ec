import { redirect } from "@remix-run/node";

// Browsers ask for /favicon.ico whatever the page says; send them the SVG.
export function loader() {
  return redirect("/favicon.svg", { status: 301 });
}
