import { prisma } from "~/db.server";

export function accountPageData(userId: string, organisationId: string) {
  return Promise.all([
    prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        name: true,
        email: true,
        role: true,
        emailConfirmedAt: true,
        createdAt: true,
        reminderEmails: true,
      },
    }),
    prisma.organisation.findUniqueOrThrow({
      where: { id: organisationId },
      select: {
        name: true,
        kind: true,
        sector: true,
        sizeBand: true,
        staffCount: true,
        localAuthority: true,
        postcode: true,
        schoolUrn: true,
        verificationStatus: true,
        verificationReason: true,
        meetingFormat: true,
        users: {
          select: { id: true, name: true, email: true, isOrgAdmin: true },
          orderBy: { createdAt: "asc" },
        },
        _count: { select: { joinRequests: { where: { state: "pending" } } } },
        tokens: {
          where: { purpose: "invite", usedAt: null, expiresAt: { gt: new Date() } },
          select: { email: true, expiresAt: true },
          orderBy: { createdAt: "desc" },
        },
      },
    }),
  ]);
}
