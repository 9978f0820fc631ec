// Staff decide on a posting sent for checking, and the employer is told.
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { notifyOrganisation } from "~/notifications/notify.server";
import { tellVerified } from "~/organisations/verification.server";
import type { PostingKind } from "./display";
import { reviewPosting, type ReviewDecision } from "./postings.server";

const pathSegment: Record<PostingKind, string> = {
  apprenticeship: "apprenticeships",
  placement: "placements",
};

/**
 * Approve a posting (it goes live; for an employer not yet checked, staff check
 * it in the same step) or ask for changes, through `reviewPosting`
 * (the state change, its history and its audit row in one transaction); then
 * tell the employer in the app and by email, with a link to the posting.
 */
export async function decideOnPosting(
  kind: PostingKind,
  id: string,
  staff: { id: string; email: string },
  decision: ReviewDecision,
  now = new Date(),
): Promise<CommandResult<{ title: string }>> {
  const result = await reviewPosting(kind, id, staff, decision, now);
  if (!result) return notFound();
  if (!result.ok) {
    const [field, reason] = Object.entries(result.errors)[0] ?? [
      "form",
      "This posting cannot be changed now.",
    ];
    return refused(reason, field);
  }
  const link = `/postings/${pathSegment[kind]}/${id}`;
  if (result.verifiedOrganisation) await tellVerified(result.verifiedOrganisation);
  await notifyOrganisation(
    decision.intent !== "request-changes"
      ? {
          organisationId: result.organisationId,
          subject: "Your posting is live",
          message: `The partnership team approved "${result.title}". It is live now.`,
          link,
        }
      : {
          organisationId: result.organisationId,
          subject: "Changes are needed to your posting",
          message: `The partnership team asked for changes to "${result.title}": ${decision.reason}`,
          link,
        },
  );
  return done({ title: result.title });
}
