import type { Prisma } from "~/generated/prisma/client";

// Deleting a school keeps the employer's record of its placement requests (the
// places, year group, answers, its own feedback and the thread): the schema
// unlinks the school (SetNull) and pages call it "a former school" (former.ts).
// Requests still open are withdrawn first, so no employer answers a school that
// is gone, and the school's phone number on them goes with the school.

type Tx = Pick<Prisma.TransactionClient, "placementRequest">;

export async function endPlacementRequestsOnLeaving(tx: Tx, schoolOrgId: string, now = new Date()) {
  await tx.placementRequest.updateMany({
    where: { schoolOrgId, state: { in: ["new", "viewed"] } },
    data: { state: "withdrawn", withdrawnAt: now },
  });
  await tx.placementRequest.updateMany({ where: { schoolOrgId }, data: { contactPhone: "" } });
}
