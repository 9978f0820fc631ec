// The random pieces the insight property tests share (trend counts, activity
// counts, the readiness view, applications): a seeded generator, a few values
// for each organisation cell (so many firms share a cell and a month), instants
// often near London midnight, and a random change of a firm's cell.
import { prisma } from "~/db.server";
import { localAuthorityIds, sectorIds, sizeBandIds } from "~/organisations/reference-data";
import { prng } from "../scripts/prng";

type Kind = "sme" | "school" | "board";

export function insightRandom(seed: number) {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const maybe = <T>(items: readonly T[]): T | null => (random() < 0.15 ? null : pick(items));
  const areas = localAuthorityIds.slice(0, 3);
  const sectorsUsed = sectorIds.slice(0, 3);
  const sizes = sizeBandIds.slice(0, 2);

  /** Any hour of 2025 and 2026, often near midnight (London days start at 23:00 UTC in summer). */
  function randomInstant() {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 700) * 86_400_000);
    day.setUTCHours(
      random() < 0.4 ? pick([22, 23, 0]) : Math.floor(random() * 24),
      pick([0, 30, 59]),
    );
    return day;
  }
  const randomDay = () => randomInstant().toISOString().slice(0, 10);

  /** A firm moved to another cell: its area, sector, size band, and now and then its kind. */
  function cellChange(kinds: readonly Kind[], kindChance: number) {
    return {
      ...(random() < 0.5 ? { localAuthority: maybe(areas) } : {}),
      ...(random() < 0.5 ? { sector: maybe(sectorsUsed) } : {}),
      ...(random() < 0.3 ? { sizeBand: maybe(sizes) } : {}),
      ...(random() < kindChance ? { kind: pick(kinds) } : {}),
    };
  }

  /** A firm in a random cell; mostly SMEs, unless `chooseKind` says otherwise. */
  async function createFirm(chooseKind: () => Kind = () => (random() < 0.9 ? "sme" : "school")) {
    const org = await prisma.organisation.create({
      data: {
        name: "Firm",
        kind: chooseKind(),
        localAuthority: maybe(areas),
        sector: maybe(sectorsUsed),
        sizeBand: maybe(sizes),
      },
      select: { id: true },
    });
    return org.id;
  }

  return {
    random,
    pick,
    maybe,
    areas,
    sectorsUsed,
    sizes,
    randomInstant,
    randomDay,
    cellChange,
    createFirm,
  };
}
