import { prisma } from "~/db.server";

// What is waiting for partnership staff: for the staff overview and home page.
// Each count is served by an index: Organisation(kind, verificationStatus, createdAt),
// Apprenticeship(state, ...), Placement(state, ...), User has no suspended index but
// suspensions are rare, so that count is left to the users page.

export const verifiableKinds = ["sme", "school", "board"] as const;

export async function staffWaitingCounts() {
  const [organisations, apprenticeships, placements] = await Promise.all([
    prisma.organisation.count({
      where: { kind: { in: [...verifiableKinds] }, verificationStatus: "unverified" },
    }),
    prisma.apprenticeship.count({ where: { state: "submitted" } }),
    prisma.placement.count({ where: { state: "submitted" } }),
  ]);
  return { organisations, postings: apprenticeships + placements };
}

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

/** "What to do next" for staff on the home page. */
export async function staffHomeSteps() {
  const waiting = await staffWaitingCounts();
  return [
    {
      title: "Check organisations",
      text: `${plural(waiting.organisations, "organisation is", "organisations are")} waiting to be checked.`,
      href: "/staff/verification",
    },
    {
      title: "Regional insight",
      text: "See readiness, postings and mentoring across the region, and download the numbers.",
      href: "/staff/insights",
    },
    {
      title: "Staff tools",
      text: "Find users, invite staff and read the audit trail.",
      href: "/staff",
    },
  ];
}
