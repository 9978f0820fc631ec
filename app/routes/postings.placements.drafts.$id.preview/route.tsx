import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFound, requireConfirmedUser } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PreviewNotice } from "~/components/task-list";
import { PageHeading, SummaryList } from "~/components/ui";
import { prisma } from "~/db.server";
import { findPlacementDraft, placementOfDraft } from "~/opportunities/placement-drafts.server";
import { placementRows } from "~/opportunities/posting-summary";

// The public page of a placement before it is sent (issue 19): what schools
// will see, laid out as /placements/:id lays it out.

export const meta: MetaFunction = () => [{ title: "Preview your placement - SkillsBridge" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const draft = (await findPlacementDraft(params.id, user.organisationId)) ?? notFound();
  const placement =
    placementOfDraft(draft.answers) ??
    notFound("Finish every part of the placement to preview it.");
  const organisation = await prisma.organisation.findUniqueOrThrow({
    where: { id: user.organisationId },
    select: { name: true },
  });
  return { id: draft.id, organisation: organisation.name, placement };
}

export default function PreviewPlacement() {
  const { id, organisation, placement: p } = useLoaderData<typeof loader>();
  return (
    <>
      <PreviewNotice back={`/postings/placements/drafts/${id}/check`} />
      <PageHeading caption={organisation}>{p.title}</PageHeading>
      <p className="body pre-line">{p.description}</p>
      <SummaryList rows={placementRows(p)} />
      <h2 className="heading-m">Safeguarding</h2>
      <p className="body">
        Schools will see here what you tell us about keeping students safe. You fill that in next.
      </p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
