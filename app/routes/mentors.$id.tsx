import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { notFound, requireUser } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { BackLink, InsetText, PageHeading, SummaryList } from "~/components/ui";
import { prisma } from "~/db.server";
import { dimensionList } from "~/mentoring/components";
import { rankedMentorsFor } from "~/mentoring/matches.server";
import { meetingFormatNames } from "~/mentoring/options";
import { Reasons } from "~/mentoring/components";
import { edsAreaNames } from "~/readiness/dimensions";
import { localAuthorityName } from "~/organisations/reference-data";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.mentor.name ?? "Mentor"} - SkillsBridge` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const isSme = user.role === "sme";
  const ranked = await rankedMentorsFor(isSme ? user.organisationId : null);
  const found = ranked.mentors.find((m) => m.item.id === params.id);
  if (!found) notFound();
  const { item, reasons, available } = found;
  const existing = isSme
    ? await prisma.mentoringRequest.findFirst({
        where: {
          mentorId: item.id,
          smeOrgId: user.organisationId,
          state: { in: ["pending", "accepted"] },
        },
        select: { id: true, state: true },
        orderBy: { createdAt: "desc" },
      })
    : null;
  return {
    isSme,
    sameOrg: item.organisationId === user.organisationId,
    needsCheck: ranked.needsCheck,
    existing,
    mentor: {
      id: item.id,
      name: item.name,
      firm: item.firm,
      role: item.role,
      bio: item.bio,
      expertise: dimensionList(item.expertise),
      eds: item.edsAreas.map((id) => edsAreaNames[id]).join(", "),
      format: meetingFormatNames[item.format],
      place: localAuthorityName(item.localAuthority),
      spare: Math.max(0, item.capacity - item.activeCount),
      takingRequests: item.takingRequests,
      reasons,
      available,
    },
  };
}

export default function MentorPage() {
  const { isSme, sameOrg, existing, mentor } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/mentors">Back to mentors</BackLink>
      <PageHeading caption={mentor.firm}>{mentor.name}</PageHeading>
      <p className="lead">{mentor.role}</p>
      <p className="body">{mentor.bio}</p>
      <SummaryList
        rows={[
          { key: "Helps with", value: mentor.expertise },
          ...(mentor.eds ? [{ key: "Parts of workforce digital skills", value: mentor.eds }] : []),
          { key: "How they meet", value: mentor.format },
          ...(mentor.place ? [{ key: "Based in", value: mentor.place }] : []),
          {
            key: "Space",
            value: !mentor.takingRequests
              ? "Not taking new requests at the moment"
              : mentor.spare === 0
                ? "Full at the moment"
                : `Space for ${mentor.spare} more ${mentor.spare === 1 ? "business" : "businesses"}`,
          },
        ]}
      />
      {isSme && mentor.reasons.length > 0 ? (
        <>
          <h2 className="heading-m">Why this mentor</h2>
          <Reasons reasons={mentor.reasons} />
        </>
      ) : null}
      {existing ? (
        <InsetText>
          {existing.state === "pending"
            ? "You have asked this mentor for mentoring. "
            : "This mentor is mentoring your business. "}
          <Link to={`/mentoring/${existing.id}`}>See your request</Link>.
        </InsetText>
      ) : !isSme || sameOrg ? (
        <InsetText>Only businesses can ask for mentoring.</InsetText>
      ) : mentor.available ? (
        <p className="body">
          <Link to={`/mentors/${mentor.id}/request`} className="button button--primary">
            Ask for mentoring
          </Link>
        </p>
      ) : (
        <InsetText>
          This mentor cannot take new requests at the moment. Try another mentor.
        </InsetText>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
