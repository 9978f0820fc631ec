// The one check for a redirect target that came from a request (a form's
// `redirectTo`, the page someone asked for before signing in). Only a path on
// this site passes; anything else becomes the fallback. Browsers forgive a lot
// in a Location header ("/\t/evil.example" is read as "//evil.example", and
// "/\\evil.example" too), so rather than list bad shapes, this refuses every
// control or space character and every backslash, then lets the URL parser
// decide: the answer must still be on our own origin.

const BASE = "http://same-origin.invalid";

/** Longer than any page of ours; a longer target is refused, not shortened. */
const MAX_LENGTH = 2000;

// C0 and C1 controls, DEL, every Unicode space and line or paragraph
// separator (U+2028/U+2029), and the backslash.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\\s\u2028\u2029\ufeff]/u;

/** `to` when it is a path on this site (normalised and percent-encoded as a URL), else `fallback`. */
export function safeRedirect(to: unknown, fallback = "/"): string {
  if (typeof to !== "string" || to.length > MAX_LENGTH) return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || UNSAFE.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = url.pathname + url.search + url.hash;
  // The parser can collapse "/./" or "/%2e%2e" into something that starts "//".
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}
