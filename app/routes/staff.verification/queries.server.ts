import { pageWindow } from "~/components/pagination";
import { prisma } from "~/db.server";
import { verifiableKinds } from "~/insights/overview.server";

/** One page of the organisations waiting to be checked; a page past the end shows the last page. */
export async function organisationsToCheck(requestedPage: number, pageSize: number) {
  const where = { kind: { in: [...verifiableKinds] }, verificationStatus: "unverified" as const };
  // Oldest first: whoever signed up first has waited longest.
  const { page, pageCount, total, skip, take } = pageWindow(
    await prisma.organisation.count({ where }),
    requestedPage,
    pageSize,
  );
  const organisations = await prisma.organisation.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip,
    take,
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
  });
  return { total, page, pageCount, organisations };
}
