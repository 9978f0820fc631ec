import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
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
import { acceptedPlaces, createPlacementRequest } from "~/opportunities/requests.server";
import { placementRequestSchema } from "~/opportunities/schemas";
import { accessNeedsHint } from "~/opportunities/options";
import { formatDate } from "~/time/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.placement.title ?? "Placement"} - SkillsBridge` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["school", "staff"]);
  const now = new Date();
  const placement = await prisma.placement.findFirst({
    where: { id: params.id, ...livePlacementWhere(now) },
    select: {
      ...placementSummarySelect,
      organisationId: true,
      organisation: { select: { name: true } },
    },
  });
  if (!placement) notFound("This placement is not open. It may have closed or started.");
  const [taken, apprenticeships] = await Promise.all([
    acceptedPlaces(placement.id),
    prisma.apprenticeship.findMany({
      where: { organisationId: placement.organisationId, ...liveApprenticeshipWhere(now) },
      select: { id: true, title: true, level: true, route: true, closingDate: true },
      orderBy: { closingDate: "asc" },
      take: 10,
    }),
  ]);
  return {
    placement: { ...placement, organisationId: undefined },
    placesLeft: Math.max(0, placement.places - taken),
    apprenticeships,
    canRequest: user.role === "school",
    isStaff: user.role === "staff",
    confirmed: Boolean(user.emailConfirmedAt),
    verified: user.organisation.verificationStatus === "verified",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "school");
  const parsed = parseForm(placementRequestSchema, await request.formData());
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
  if (result.status === "not-found")
    notFound("This placement is not open. It may have closed or started.");
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
    placesLeft,
    apprenticeships,
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
      <p className="body pre-line">{p.description}</p>
      {isStaff ? (
        <p className="body">
          <Link to={`/staff/take-down/placements/${p.id}`}>Take this placement down</Link>
        </p>
      ) : null}
      <SummaryList
        rows={[...placementRows(p), { key: "Places left", value: String(placesLeft) }]}
      />

      <h2 className="heading-m">Apprenticeships at {p.organisation.name}</h2>
      {apprenticeships.length === 0 ? (
        <p className="body">This employer has no apprenticeships open at the moment.</p>
      ) : (
        <>
          <p className="body">Students who enjoy the placement could go on to one of these.</p>
          <ul className="list">
            {apprenticeships.map((a) => (
              <li key={a.id}>
                <Link to={`/apprenticeships/${a.id}`}>{a.title}</Link> (level {a.level},{" "}
                {routeName(a.route)}), closes on {formatDate(a.closingDate)}
              </li>
            ))}
          </ul>
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
