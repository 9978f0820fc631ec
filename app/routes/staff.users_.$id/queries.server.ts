import { prisma } from "~/db.server";

/** A user's page for staff. */
export function userForStaff(id: string) {
  return prisma.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      emailConfirmedAt: true,
      suspendedAt: true,
      organisation: { select: { id: true, name: true, kind: true } },
    },
  });
}
