import { prisma } from "~/db.server";
import { mentorProfileFields } from "~/mentoring/profiles.server";

// A placement request is shared: the school writes its access needs and notes,
// the employer its answer and decline reason. Both sides get all of it.
const sharedRequestFields = {
  id: true,
  placementId: true,
  places: true,
  yearGroup: true,
  accessNeeds: true,
  note: true,
  state: true,
  placesAccepted: true,
  declineReason: true,
  schoolAttended: true,
  schoolFeedback: true,
  employerAttended: true,
  employerFeedback: true,
  wouldHostAgain: true,
  createdAt: true,
} as const;

const meetingFields = {
  id: true,
  relationshipId: true,
  startsAt: true,
  endsAt: true,
  location: true,
  joinUrl: true,
  state: true,
  declineReason: true,
  createdAt: true,
} as const;

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
      // This person's own answers to a check a colleague started (several people in one firm).
      readinessCopies: {
        select: { checkId: true, answers: true, askedAt: true, finishedAt: true, createdAt: true },
      },
      placementRequests: {
        select: {
          id: true,
          placementId: true,
          places: true,
          yearGroup: true,
          accessNeeds: true,
          note: true,
          state: true,
          createdAt: true,
        },
      },
      mentoringRequests: { select: { id: true, goals: true, state: true, createdAt: true } },
      mentoringSessions: {
        select: { id: true, relationshipId: true, date: true, minutes: true, topics: true },
      },
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
      concernNotes: { select: { id: true, concernId: true, body: true, createdAt: true } },
      meetingsProposed: { select: meetingFields },
      meetingsAttended: { select: meetingFields },
      searchAlerts: { select: { id: true, kind: true, name: true, query: true, createdAt: true } },
      // Applications this person reported to staff, and (for staff) the ones they closed.
      reportsRaised: {
        select: {
          applicationId: true,
          details: true,
          createdAt: true,
          closedAt: true,
          outcome: true,
        },
      },
      reportsClosed: {
        select: { applicationId: true, closedAt: true, outcome: true, outcomeNote: true },
      },
      // Two-step sign-in is described, never its secret or the recovery codes' hashes.
      twoStep: { select: { confirmedAt: true, createdAt: true } },
      recoveryCodes: { select: { usedAt: true, createdAt: true } },
      signInChallenges: { select: { expiresAt: true, createdAt: true } },
      securityEvents: { select: { event: true, createdAt: true } },
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
      staffCount: true,
      localAuthority: true,
      postcode: true,
      schoolUrn: true,
      schoolPhase: true,
      companiesHouseNumber: true,
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
      // People who asked to join (kept 30 days): what they gave the organisation's admins.
      joinRequests: {
        select: { name: true, email: true, message: true, state: true, createdAt: true },
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
      // Every text typed on a posting (descriptions, supervisor and safeguarding contact names...).
      apprenticeships: { omit: { organisationId: true } },
      // Vacancies still being written on their task list, with what was typed so far.
      vacancyDrafts: { omit: { organisationId: true } },
      placementDrafts: { omit: { organisationId: true } },
      placements: {
        omit: { organisationId: true },
        include: { requests: { select: sharedRequestFields } },
      },
      placementRequests: { select: sharedRequestFields },
      offers: { select: { id: true, title: true, state: true, createdAt: true } },
      // With the offer's title: the record stays readable once its firm has left.
      offerBookings: {
        select: {
          id: true,
          offerId: true,
          seats: true,
          state: true,
          offer: { select: { title: true, startsAt: true } },
        },
      },
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

  // The mentoring relationships this person is part of, as the firm or as the
  // mentor, with everything either side wrote on them.
  const relationships = await prisma.mentoringRequest.findMany({
    where: {
      OR: [
        { smeOrgId: user.organisationId },
        ...(user.mentorProfile ? [{ mentor: { userId } }] : []),
      ],
    },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      goals: true,
      preferredFormat: true,
      state: true,
      declineReason: true,
      endReason: true,
      createdAt: true,
      answeredAt: true,
      endedAt: true,
      sessions: {
        orderBy: { date: "asc" },
        select: {
          date: true,
          minutes: true,
          topics: true,
          loggedById: true,
          actions: { select: { text: true, done: true } },
        },
      },
      messages: {
        orderBy: { createdAt: "asc" },
        select: { body: true, authorId: true, createdAt: true },
      },
      feedback: { select: { side: true, rating: true, comment: true, authorId: true } },
    },
  });
  const byYou = <T extends Record<string, unknown>>(row: T, key: keyof T) => {
    const { [key]: author, ...rest } = row;
    return { ...rest, byYou: author === userId };
  };
  const mentoring = relationships.map((r) => ({
    ...r,
    sessions: r.sessions.map((row) => byYou(row, "loggedById")),
    messages: r.messages.map((row) => byYou(row, "authorId")),
    feedback: r.feedback.map((row) => byYou(row, "authorId")),
  }));

  const { password, ...profile } = user;
  return {
    exportedAt: new Date().toISOString(),
    about:
      "This is the information SkillsBridge holds about you and your organisation. Your password is stored only as a one-way hash and is not included.",
    user: { ...profile, hasPassword: Boolean(password) },
    organisation: { ...organisation, placementThreads },
    mentoring,
  };
}
