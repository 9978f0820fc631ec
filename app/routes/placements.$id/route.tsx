import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { notFound, requireConfirmedUser, requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Select, selectOptions, Textarea, TextInput } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, InsetText, PageHeading, SummaryList } from "~/components/ui";
import { prisma } from "~/db.server";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { notDone } from "~/command-response.server";
import { notVerifiedMessage, placesText, routeName } from "~/opportunities/display";
import { yearGroups } from "~/opportunities/options";
import { placementRows, placementSummarySelect } from "~/opportunities/posting-summary";
import { liveApprenticeshipWhere, livePlacementWhere } from "~/opportunities/live.server";
import { employerNameOf, EMPLOYER_LEFT_NOTICE } from "~/opportunities/former";
import { acceptedPlaces, createPlacementRequest } from "~/opportunities/requests.server";
import { placementRequestSchema } from "~/opportunities/schemas";
import { accessNeedsHint } from "~/opportunities/options";
import { formatDate } from "~/time/format";
import { ContactDetails } from "~/opportunities/contact-details";
import { contactsFor, requestContactSelect } from "~/opportunities/contact.server";
import { safeguardingSelect } from "~/opportunities/records";
import { safeguardingRows } from "~/opportunities/safeguarding-summary";

/** The employer's live apprenticeships listed on a placement; the rest are a link away. */
const progressionRoutesShown = 10;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.placement.title ?? "Placement"} - SkillsBridge` },
];

const notOpen = "This placement is not open. It may have closed or started.";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["school", "staff"]);
  const now = new Date();
  const live = livePlacementWhere(now);
  // A school keeps read access to a placement it has accepted places on,
  // after it starts and after it closes: the details, dates and contact.
  const acceptedForThisSchool = {
    requests: { some: { schoolOrgId: user.organisationId, state: "accepted" as const } },
  };
  const placement = await prisma.placement.findFirst({
    where: {
      id: params.id,
      ...(user.role === "school" ? { OR: [live, acceptedForThisSchool] } : live),
    },
    select: {
      ...placementSummarySelect,
      ...safeguardingSelect,
      organisationId: true,
      organisation: { select: { name: true, verificationStatus: true } },
    },
  });
  if (!placement) notFound(notOpen);
  const isLive = (await prisma.placement.count({ where: { id: placement.id, ...live } })) > 0;
  // An employer that has left has no apprenticeships to go on to.
  const employerId = placement.organisationId;
  const apprenticeshipWhere = employerId
    ? { organisationId: employerId, ...liveApprenticeshipWhere(now) }
    : null;
  const [taken, apprenticeships, apprenticeshipCount, accepted] = await Promise.all([
    acceptedPlaces(placement.id),
    apprenticeshipWhere
      ? prisma.apprenticeship.findMany({
          where: apprenticeshipWhere,
          select: { id: true, title: true, level: true, route: true, closingDate: true },
          orderBy: { closingDate: "asc" },
          take: progressionRoutesShown,
        })
      : [],
    apprenticeshipWhere ? prisma.apprenticeship.count({ where: apprenticeshipWhere }) : 0,
    user.role === "school"
      ? prisma.placementRequest.findFirst({
          where: { placementId: placement.id, schoolOrgId: user.organisationId, state: "accepted" },
          select: { id: true, placesAccepted: true, ...requestContactSelect },
          orderBy: { createdAt: "desc" },
        })
      : null,
  ]);
  const {
    organisationId,
    organisation,
    insuranceConfirmed,
    insurer,
    insuranceExpiry,
    insuranceCoverPounds,
    riskAssessmentReviewed,
    riskAssessmentWritten,
    dbsNeeded,
    safeguardingContactName,
    ...details
  } = placement;
  return {
    placement: { ...details, organisation: { name: employerNameOf(organisation) } },
    organisationId,
    employerLeft: organisation === null,
    safeguarding: {
      insuranceConfirmed,
      insurer,
      insuranceExpiry,
      insuranceCoverPounds,
      riskAssessmentReviewed,
      riskAssessmentWritten,
      dbsNeeded,
      safeguardingContactName,
      employerVerified: organisation?.verificationStatus === "verified",
    },
    isLive,
    placesLeft: Math.max(0, placement.places - taken),
    apprenticeships,
    apprenticeshipCount,
    acceptedRequest: accepted
      ? {
          id: accepted.id,
          placesAccepted: accepted.placesAccepted,
          contacts: contactsFor(user, accepted, now),
        }
      : null,
    canRequest: user.role === "school" && isLive,
    isStaff: user.role === "staff",
    confirmed: Boolean(user.emailConfirmedAt),
    verified: user.organisation.verificationStatus === "verified",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "school");
  const parsed = parseForm(placementRequestSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const result = await createPlacementRequest(
    {
      userId: user.id,
      organisationId: user.organisationId,
      organisationName: user.organisation.name,
      verified: user.organisation.verificationStatus === "verified",
    },
    params.id ?? "",
    parsed.data,
    new Date(),
  );
  if (result.status === "not-found") notFound(notOpen);
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    `/requests/${result.value.id}`,
    "Your request has been sent. We will email you when the employer answers.",
  );
}

export default function Placement() {
  const {
    placement: p,
    organisationId,
    employerLeft,
    safeguarding,
    isLive,
    placesLeft,
    apprenticeships,
    apprenticeshipCount,
    acceptedRequest,
    canRequest,
    isStaff,
    confirmed,
    verified,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/placements">Back to all placements</BackLink>
      <PageHeading caption={p.organisation.name}>{p.title}</PageHeading>
      {acceptedRequest ? (
        <InsetText>
          <p className="body">
            The employer accepted {placesText(acceptedRequest.placesAccepted)} for your school.{" "}
            <Link to={`/requests/${acceptedRequest.id}`}>See your request and messages</Link>.
          </p>
        </InsetText>
      ) : null}
      {employerLeft ? (
        <InsetText>
          <p className="body">{EMPLOYER_LEFT_NOTICE}</p>
        </InsetText>
      ) : !isLive ? (
        <p className="body">This placement is no longer taking requests.</p>
      ) : null}
      <p className="body pre-line">{p.description}</p>
      {isStaff ? (
        <p className="body">
          <Link to={`/staff/take-down/placements/${p.id}`}>Take this placement down</Link>
        </p>
      ) : null}
      <SummaryList
        rows={[
          ...placementRows(p),
          ...(isLive ? [{ key: "Places left", value: String(placesLeft) }] : []),
        ]}
      />
      {acceptedRequest?.contacts ? (
        <ContactDetails
          employer={acceptedRequest.contacts.employer}
          school={acceptedRequest.contacts.school}
          viewerIsEmployer={false}
        />
      ) : null}

      <h2 className="heading-m">Safeguarding</h2>
      <p className="body">What the employer has told us about keeping students safe.</p>
      <SummaryList rows={safeguardingRows(safeguarding)} />

      {employerLeft ? null : (
        <>
          <h2 className="heading-m">Apprenticeships at {p.organisation.name}</h2>
          {apprenticeships.length === 0 ? (
            <p className="body">This employer has no apprenticeships open now.</p>
          ) : (
            <>
              <p className="body">
                Students who enjoy the placement could go on to{" "}
                {apprenticeshipCount === 1
                  ? "this apprenticeship"
                  : `one of these ${apprenticeshipCount} apprenticeships`}
                .
              </p>
              <ul className="list">
                {apprenticeships.map((a) => (
                  <li key={a.id}>
                    <Link to={`/apprenticeships/${a.id}`}>{a.title}</Link> (level {a.level},{" "}
                    {routeName(a.route)}), closes on {formatDate(a.closingDate)}
                  </li>
                ))}
              </ul>
              {apprenticeshipCount > apprenticeships.length ? (
                <p className="body">
                  <Link to={`/apprenticeships?employer=${organisationId}`}>
                    See all {apprenticeshipCount} apprenticeships at {p.organisation.name}
                  </Link>
                </p>
              ) : null}
            </>
          )}
        </>
      )}

      {canRequest ? (
        <>
          <h2 className="heading-m">Ask for places</h2>
          {!confirmed ? (
            <p className="body">
              Confirm your email address before you ask for places.{" "}
              <Link to="/account">Send the link again</Link>.
            </p>
          ) : !verified ? (
            <InsetText>
              <p className="body">{notVerifiedMessage}</p>
            </InsetText>
          ) : placesLeft === 0 ? (
            <p className="body">All the places have been taken.</p>
          ) : (
            <ValidatedForm
              schema={() => import("~/opportunities/schemas").then((m) => m.placementRequestSchema)}
              actionData={actionData}
            >
              <InsetText>
                <p className="body">
                  Do not include students&apos; names or any personal details. The employer only
                  needs numbers at this stage.
                </p>
              </InsetText>
              <TextInput
                name="places"
                label="How many places do you need?"
                width="3"
                inputMode="numeric"
                hint={`${placesText(placesLeft)} left.`}
              />
              <Select name="yearGroup" label="Year group" options={selectOptions(yearGroups)} />
              <Textarea
                name="accessNeeds"
                label="Access needs (optional)"
                hint={accessNeedsHint}
                rows={3}
              />
              <Textarea
                name="note"
                label="Note to the employer (optional)"
                hint="Like which dates suit you. Do not include students' names or personal details."
                rows={3}
              />
              <TextInput
                name="contactPhone"
                label="Your phone number (optional)"
                type="tel"
                width="20"
                autoComplete="tel"
                hint="The employer sees it, with your name and email address, only if it accepts."
              />
              <button type="submit" className="button">
                Send request
              </button>
            </ValidatedForm>
          )}
        </>
      ) : null}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
