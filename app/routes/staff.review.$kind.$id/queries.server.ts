import { prisma } from "~/db.server";
import {
  apprenticeshipSummarySelect,
  placementSummarySelect,
} from "~/opportunities/posting-summary";
import type { PostingKind } from "~/opportunities/postings.server";

const review = {
  state: true,
  submittedAt: true,
  organisation: {
    select: {
      id: true,
      name: true,
      sizeBand: true,
      verificationStatus: true,
      verificationReason: true,
    },
  },
} as const;

/** A posting as staff review it: its summary, where it stands, and for a placement its safeguarding. */
export async function postingToReview(kind: PostingKind, id: string) {
  if (kind === "apprenticeship") {
    const posting = await prisma.apprenticeship.findUnique({
      where: { id },
      select: { ...apprenticeshipSummarySelect, ...review },
    });
    return posting ? { kind, posting } : null;
  }
  const posting = await prisma.placement.findUnique({
    where: { id },
    select: {
      ...placementSummarySelect,
      ...review,
      insurer: true,
      insuranceExpiry: true,
      insuranceCoverPounds: true,
      riskAssessmentWritten: true,
      dbsNeeded: true,
      safeguardingContactName: true,
      safeguardingContact: true,
    },
  });
  // A placement whose employer has left is closed: there is nothing to review.
  const organisation = posting?.organisation;
  return posting && organisation ? { kind, posting: { ...posting, organisation } } : null;
}
