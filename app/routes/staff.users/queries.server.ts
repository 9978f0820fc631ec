import { pageWindow } from "~/components/pagination";
import { prisma } from "~/db.server";

/** One page of users matching `q` (all users when it is empty), newest first; a page past the end shows the last page. */
export async function findUsers(q: string, requestedPage: number, pageSize: number) {
  // An exact email uses the unique index; otherwise a LIKE on name and email (rare, staff only).
  const where = q
    ? { OR: [{ email: { contains: q.toLowerCase() } }, { name: { contains: q } }] }
    : {};
  const { page, pageCount, total, skip, take } = pageWindow(
    await prisma.user.count({ where }),
    requestedPage,
    pageSize,
  );
  const users = await prisma.user.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      suspendedAt: true,
      organisation: { select: { name: true } },
    },
  });
  return { total, page, pageCount, users };
}
