import { prisma } from "~/db.server";
import { verifiableKinds } from "~/insights/overview.server";

/** One page of the organisations waiting to be checked. */
export async function organisationsToCheck(page: number, pageSize: number) {
  const where = { kind: { in: [...verifiableKinds] }, verificationStatus: "unverified" as const };
  // Oldest first: whoever signed up first has waited longest.
  const [total, organisations] = await Promise.all([
    prisma.organisation.count({ where }),
    prisma.organisation.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        name: true,
        kind: true,
        localAuthority: true,
        schoolUrn: true,
        schoolPhase: true,
        createdAt: true,
        users: { orderBy: { createdAt: "asc" }, take: 1, select: { name: true, email: true } },
      },
    }),
  ]);
  return { total, organisations };
}
