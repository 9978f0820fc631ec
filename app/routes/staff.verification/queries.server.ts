import { pageWindow } from "~/components/pagination";
import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { verifiableKinds } from "~/insights/overview.server";
import type { StatusList } from "~/organisations/verification";

/**
 * One page of organisations with one status, matching `q` (part of the name or
 * of a member's email address, or the exact school reference or Companies House
 * number) when given; a page past the end shows the last page. Waiting ones are
 * oldest first (whoever signed up first has waited longest), the rest newest first.
 */
export async function organisationsWithStatus(
  list: StatusList,
  q: string,
  requestedPage: number,
  pageSize: number,
) {
  const where: Prisma.OrganisationWhereInput = {
    kind: { in: [...verifiableKinds] },
    verificationStatus: list.status,
    ...(q
      ? {
          OR: [
            { name: { contains: q } },
            { schoolUrn: q },
            { companiesHouseNumber: q.toUpperCase() },
            { users: { some: { email: { contains: q.toLowerCase() } } } },
          ],
        }
      : {}),
  };
  const { page, pageCount, total, skip, take } = pageWindow(
    await prisma.organisation.count({ where }),
    requestedPage,
    pageSize,
  );
  const organisations = await prisma.organisation.findMany({
    where,
    orderBy:
      list.id === "waiting"
        ? [{ createdAt: "asc" }, { id: "asc" }]
        : [{ updatedAt: "desc" }, { id: "asc" }],
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
