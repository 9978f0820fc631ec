import { beforeAll, describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeApprenticeship, makeOrg, makePlacement } from "../../tests/opportunities-data";
import { staffWaitingCounts } from "~/insights/overview.server";
import { reviewKindFrom, reviewOrderFrom, reviewQueue } from "./review-queue.server";

const now = new Date("2027-03-10T10:00:00Z");
const DAY = 86_400_000;

// Seven postings sent on different days, the two kinds interleaved: placements
// sent in March must not hide behind apprenticeships sent in April.
const sent = [
  { kind: "placement", title: "P Mar 1", day: "2027-03-01" },
  { kind: "apprenticeship", title: "A Mar 2", day: "2027-03-02" },
  { kind: "placement", title: "P Mar 3", day: "2027-03-03" },
  { kind: "apprenticeship", title: "A Apr 1", day: "2027-04-01" },
  { kind: "placement", title: "P Apr 2", day: "2027-04-02" },
  { kind: "apprenticeship", title: "A Apr 3", day: "2027-04-03" },
  { kind: "apprenticeship", title: "A Apr 4", day: "2027-04-04" },
] as const;

beforeAll(async () => {
  const sme = await makeOrg("sme");
  for (const posting of sent) {
    const submittedAt = new Date(`${posting.day}T09:00:00Z`);
    const made =
      posting.kind === "apprenticeship"
        ? await makeApprenticeship(sme.id, now, {
            title: posting.title,
            state: "submitted",
            firstPublishedAt: null,
          })
        : await makePlacement(sme.id, now, { title: posting.title, state: "submitted" });
    const data = { submittedAt, createdAt: new Date(submittedAt.getTime() - DAY) };
    if (posting.kind === "apprenticeship")
      await prisma.apprenticeship.update({ where: { id: made.id }, data });
    else await prisma.placement.update({ where: { id: made.id }, data });
  }
  // Drafts and live postings are not waiting.
  await makeApprenticeship(sme.id, now, { title: "Live one" });
  await makePlacement(sme.id, now, { title: "Draft one", state: "draft" });
});

/** The same list the Prisma way: both kinds read whole, merged and sorted in memory. */
async function prismaQueue() {
  const select = {
    id: true,
    title: true,
    submittedAt: true,
    createdAt: true,
    organisation: { select: { name: true } },
  } as const;
  const where = { state: "submitted" };
  const [apprenticeships, placements] = await Promise.all([
    prisma.apprenticeship.findMany({ where, select }),
    prisma.placement.findMany({ where, select }),
  ]);
  return [
    ...apprenticeships.map((a) => ({ ...a, kind: "apprenticeship" })),
    // The SQL's JOIN leaves out a placement whose employer has left (none is waiting).
    ...placements.flatMap(({ organisation, ...p }) =>
      organisation ? [{ ...p, organisation, kind: "placement" }] : [],
    ),
  ]
    .map((p) => ({
      kind: p.kind,
      id: p.id,
      title: p.title,
      organisationName: p.organisation.name,
      waitingSince: p.submittedAt ?? p.createdAt,
    }))
    .sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime());
}

describe("the staff review queue", () => {
  test("lists both kinds together, oldest first, as the Prisma read does", async () => {
    const queue = await reviewQueue({ kind: "all", order: "oldest" }, 1);
    expect(queue.rows.map((r) => r.title)).toEqual(sent.map((s) => s.title));
    expect(queue.rows).toEqual(await prismaQueue());
    expect(queue.rows[0]?.waitingSince).toEqual(new Date("2027-03-01T09:00:00Z"));
  });

  test("counts agree with the staff dashboard", async () => {
    const queue = await reviewQueue({ kind: "all", order: "oldest" }, 1);
    expect(queue.counts).toEqual({ all: 7, apprenticeship: 4, placement: 3 });
    expect((await staffWaitingCounts()).postings).toBe(queue.total);
  });

  test("pages across both kinds without losing or repeating a posting", async () => {
    const pages = await Promise.all(
      [1, 2, 3].map((page) => reviewQueue({ kind: "all", order: "oldest" }, page, 3)),
    );
    expect(pages.map((p) => p.rows.map((r) => r.title))).toEqual([
      ["P Mar 1", "A Mar 2", "P Mar 3"],
      ["A Apr 1", "P Apr 2", "A Apr 3"],
      ["A Apr 4"],
    ]);
    expect(pages[0]?.pageCount).toBe(3);
    // A page past the end shows the last page.
    const past = await reviewQueue({ kind: "all", order: "oldest" }, 9, 3);
    expect(past.page).toBe(3);
    expect(past.rows.map((r) => r.title)).toEqual(["A Apr 4"]);
  });

  test("newest first turns the list round", async () => {
    const queue = await reviewQueue({ kind: "all", order: "newest" }, 1, 2);
    expect(queue.rows.map((r) => r.title)).toEqual(["A Apr 4", "A Apr 3"]);
  });

  test("one kind only, with its own count", async () => {
    const placements = await reviewQueue({ kind: "placement", order: "oldest" }, 1);
    expect(placements.total).toBe(3);
    expect(placements.rows.map((r) => r.title)).toEqual(["P Mar 1", "P Mar 3", "P Apr 2"]);
    const apprenticeships = await reviewQueue({ kind: "apprenticeship", order: "oldest" }, 1);
    expect(apprenticeships.rows.map((r) => r.kind)).toEqual([
      "apprenticeship",
      "apprenticeship",
      "apprenticeship",
      "apprenticeship",
    ]);
  });

  test("reads unknown ?kind= and ?order= values as the defaults", () => {
    expect(reviewKindFrom("placement")).toBe("placement");
    expect(reviewKindFrom("'; DROP TABLE")).toBe("all");
    expect(reviewKindFrom(null)).toBe("all");
    expect(reviewOrderFrom("newest")).toBe("newest");
    expect(reviewOrderFrom("sideways")).toBe("oldest");
  });
});
