// A posting's kind and the URL segment that names it: /postings/apprenticeships/…
// and /postings/placements/… are served by the same $kind routes.
import type { PostingKind } from "./display";

/** The kind a URL segment names ("apprenticeships", "placements"), or null for any other. */
export function postingKindFromPath(segment: string | undefined): PostingKind | null {
  if (segment === "apprenticeships") return "apprenticeship";
  if (segment === "placements") return "placement";
  return null;
}

/** The URL segment of a kind, the other way round. */
export function postingPath(kind: PostingKind): "apprenticeships" | "placements" {
  return kind === "apprenticeship" ? "apprenticeships" : "placements";
}
