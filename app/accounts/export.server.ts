import { prisma } from "~/db.server";
import { mentorProfileFields } from "~/mentoring/profiles.server";

/**
 * Everything we hold about a user and their organisation, for "download my
 * data". Every model that refers to a user or an organisation must appear here
 * (a test reads the Prisma schema to check). Secrets (password hashes, session
 * ids, token hashes) are described, never exported.
 */
export async function exportUserData(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      emailConfirmedAt: true,
      suspendedAt: true,
      createdAt: true,
      updatedAt: true,
      organisationId: true,
      password: { select: { userId: true } },
      sessions: { select: { createdAt: true, expiresAt: true } },
      tokens: { select: { purpose: true, createdAt: true, expiresAt: true, usedAt: true } },
      notifications: { select: { message: true, link: true, readAt: true, createdAt: true } },
      mentorProfile: { select: { ...mentorProfileFields, createdAt: true } },
      checksStarted: { select: { id: true, status: true, startedAt: true, submittedAt: true } },
      placementRequests: {
        select: {
          id: true,
          placementId: true,
          places: true,
          yearGroup: true,
          state: true,
          createdAt: true,
        },
      },
      mentoringRequests: { select: { id: true, goals: true, state: true, createdAt: true } },
      mentoringSessions: { select: { id: true, date: true, minutes: true, topics: true } },
      mentoringMessages: {
        select: { id: true, relationshipId: true, body: true, createdAt: true },
      },
      mentoringFeedback: {
        select: { id: true, relationshipId: true, rating: true, comment: true, createdAt: true },
      },
      offersCreated: { select: { id: true, title: true, createdAt: true } },
      offerBookings: {
        select: { id: true, offerId: true, seats: true, state: true, createdAt: true },
      },
      placementMessages: {
        select: { id: true, requestId: true, side: true, body: true, createdAt: true },
      },
      placementConcerns: {
        select: { id: true, requestId: true, details: true, createdAt: true, closedAt: true },
      },
      actionItems: { select: { id: true, title: true, createdAt: true } },
    },
  });

  // Each side's whole thread on its organisation's placement requests: the
  // other side's messages are part of the record of this organisation's requests.
  const placementThreads = await prisma.placementMessage.findMany({
    where: {
      request: {
        OR: [
          { schoolOrgId: user.organisationId },
          { placement: { organisationId: user.organisationId } },
        ],
      },
    },
    select: { requestId: true, side: true, body: true, createdAt: true },
    orderBy: [{ requestId: "asc" }, { createdAt: "asc" }],
  });

  const organisation = await prisma.organisation.findUniqueOrThrow({
    where: { id: user.organisationId },
    select: {
      id: true,
      name: true,
      kind: true,
      sector: true,
      sizeBand: true,
      localAuthority: true,
      postcode: true,
      schoolUrn: true,
      schoolPhase: true,
      verificationStatus: true,
      verificationReason: true,
      verifiedAt: true,
      meetingFormat: true,
      createdAt: true,
      users: { select: { name: true, email: true, role: true } },
      tokens: {
        where: { purpose: "invite" },
        select: { email: true, createdAt: true, expiresAt: true, usedAt: true },
      },
      notifications: { where: { userId: null }, select: { message: true, createdAt: true } },
      readinessChecks: {
        select: {
          id: true,
          bankVersion: true,
          status: true,
          answers: true,
          overall: true,
          band: true,
          startedAt: true,
          submittedAt: true,
        },
      },
      apprenticeships: { select: { id: true, title: true, state: true, createdAt: true } },
      placements: { select: { id: true, title: true, state: true, createdAt: true } },
      placementRequests: {
        select: { id: true, placementId: true, places: true, state: true, createdAt: true },
      },
      offers: { select: { id: true, title: true, state: true, createdAt: true } },
      offerBookings: { select: { id: true, offerId: true, seats: true, state: true } },
      mentoringRequests: { select: { id: true, goals: true, state: true, createdAt: true } },
      actionItems: {
        select: {
          id: true,
          title: true,
          owner: true,
          dueOn: true,
          status: true,
          dimension: true,
          completedAt: true,
          createdAt: true,
        },
      },
    },
  });

  const { password, ...profile } = user;
  return {
    exportedAt: new Date().toISOString(),
    about:
      "This is the information SkillsBridge holds about you and your organisation. Your password is stored only as a one-way hash and is not included.",
    user: { ...profile, hasPassword: Boolean(password) },
    organisation: { ...organisation, placementThreads },
  };
}
