import { prisma } from "~/db.server";
import { verifiableOrganisationWhere } from "~/organisations/verification.server";

/** The organisation page staff decide on. */
export function organisationToCheck(id: string) {
  return prisma.organisation.findFirst({
    where: verifiableOrganisationWhere(id),
    select: {
      id: true,
      name: true,
      kind: true,
      localAuthority: true,
      postcode: true,
      sector: true,
      sizeBand: true,
      schoolUrn: true,
      schoolPhase: true,
      companiesHouseNumber: true,
      verificationStatus: true,
      verificationReason: true,
      verifiedAt: true,
      createdAt: true,
      users: {
        orderBy: { createdAt: "asc" },
        take: 10,
        select: { id: true, name: true, email: true, emailConfirmedAt: true, isOrgAdmin: true },
      },
    },
  });
}
