import { prisma } from "~/db.server";

/** One page of users matching `q` (all users when it is empty), newest first. */
export async function findUsers(q: string, page: number, pageSize: number) {
  // An exact email uses the unique index; otherwise a LIKE on name and email (rare, staff only).
  const where = q
    ? { OR: [{ email: { contains: q.toLowerCase() } }, { name: { contains: q } }] }
    : {};
  const [total, users] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        suspendedAt: true,
        organisation: { select: { name: true } },
      },
    }),
  ]);
  return { total, users };
}
