import type { Prisma } from "~/generated/prisma/client";

// Deleting one side of a mentoring relationship keeps the other side's record
// (its goals, messages, sessions and feedback): the schema unlinks the deleted
// side (SetNull), and pages call it "a former mentor" or "a former business" (former.ts).
// Open relationships end first, so no command ever acts on a missing side.

type Tx = Pick<Prisma.TransactionClient, "mentoringRequest">;

/** Ends the open relationships of a mentor (by user) or of a firm that is leaving. */
export async function endMentoringOnLeaving(
  tx: Tx,
  leaving: { mentorUserId: string } | { smeOrgId: string },
  now = new Date(),
) {
  const side =
    "mentorUserId" in leaving
      ? { mentor: { userId: leaving.mentorUserId } }
      : { smeOrgId: leaving.smeOrgId };
  const endReason =
    "mentorUserId" in leaving ? "The mentor left SkillsBridge." : "The business left SkillsBridge.";
  await tx.mentoringRequest.updateMany({
    where: { ...side, state: "pending" },
    data: { state: "cancelled", endedAt: now, endReason },
  });
  await tx.mentoringRequest.updateMany({
    where: { ...side, state: "accepted" },
    data: { state: "completed", endedAt: now, endReason },
  });
}
