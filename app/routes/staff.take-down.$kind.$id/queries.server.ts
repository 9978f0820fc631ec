import { prisma } from "~/db.server";
import type { PostingKind } from "~/opportunities/display";
import { employerNameOf } from "~/opportunities/former";

export type TakeDownKind = PostingKind | "offer";

/** The URL segment names what is taken down: /staff/take-down/placements/…, …/apprenticeships/…, …/offers/…. */
export function takeDownKindFromPath(segment: string | undefined): TakeDownKind | null {
  if (segment === "apprenticeships") return "apprenticeship";
  if (segment === "placements") return "placement";
  if (segment === "offers") return "offer";
  return null;
}

const select = { title: true, state: true, organisation: { select: { name: true } } } as const;

/** What staff are about to take down: its title, its owner, and whether it is up now. */
export async function thingToTakeDown(kind: TakeDownKind, id: string) {
  const row =
    kind === "apprenticeship"
      ? await prisma.apprenticeship.findUnique({ where: { id }, select })
      : kind === "placement"
        ? await prisma.placement.findUnique({ where: { id }, select })
        : await prisma.offer.findUnique({ where: { id }, select });
  if (!row) return null;
  const up = kind === "offer" ? row.state !== "removed" : row.state === "live";
  return { title: row.title, owner: employerNameOf(row.organisation), up };
}
