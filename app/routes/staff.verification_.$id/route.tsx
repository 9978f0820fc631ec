import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { SetAdminForm } from "~/accounts/set-admin-form";
import { readFormData } from "~/forms/form-data.server";
import { historyOf } from "~/audit/audit.server";
import { roleNames } from "~/auth/roles";
import { notFound, requireRole } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, Textarea } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading, SummaryList } from "~/components/ui";
import { organisationApplicationCounts } from "~/applications/staff.server";
import { VacancyCountsTable } from "~/applications/staff-counts";
import { formatDate } from "~/time/format";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import {
  localAuthorityName,
  schoolPhaseName,
  sectorName,
  sizeBandName,
} from "~/organisations/reference-data";
import { VerificationStatusValue } from "~/organisations/verification-status";
import {
  declineOrganisation,
  revokeOrganisation,
  verifyOrganisation,
} from "~/organisations/verification.server";
import { staffSetAdmin } from "~/accounts/org-admins.server";
import { decisionSchema } from "./forms";
import { organisationToCheck } from "./queries.server";
import { AuditHistory } from "~/audit/audit-history";
import { findPossibleDuplicates } from "~/organisations/duplicates.server";
import { JoinRequestList } from "~/organisations/join-request-list";
import { decideJoinRequest, waitingJoinRequests } from "~/organisations/join-requests.server";
import { StaffDuplicates } from "~/organisations/possible-duplicates";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.organisation.name ?? "Organisation"} - Check organisations - SkillsBridge` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const organisation = await organisationToCheck(params.id ?? "");
  if (!organisation) notFound();
  const [history, duplicates, joinRequests, vacancies] = await Promise.all([
    historyOf("organisation", organisation.id),
    organisation.kind === "staff"
      ? []
      : findPossibleDuplicates({ ...organisation, kind: organisation.kind }, organisation.id),
    waitingJoinRequests(organisation.id),
    organisation.kind === "sme" ? organisationApplicationCounts(organisation.id) : [],
  ]);
  return {
    vacancies,
    duplicates,
    joinRequests,
    organisation: {
      ...organisation,
      kindName: roleNames[organisation.kind],
      area: localAuthorityName(organisation.localAuthority),
      sectorLabel: sectorName(organisation.sector),
      sizeLabel: sizeBandName(organisation.sizeBand),
      phaseLabel: schoolPhaseName(organisation.schoolPhase),
    },
    history,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireRole(request, "staff");
  const parsed = parseForm(decisionSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const id = params.id ?? "";

  if (parsed.data.intent === "verify") {
    const result = await verifyOrganisation(staff, id);
    if (result.status !== "done") return notDone(result, parsed.values);
    return redirectWithFlash(
      request,
      "/staff/verification",
      `${result.value.name} has been checked. We have told them.`,
    );
  }
  if (parsed.data.intent === "join-request") {
    const { requestId, decision } = parsed.data;
    const result = await decideJoinRequest(staff, requestId, decision);
    if (result.status !== "done") return notDone(result, parsed.values);
    return redirectWithFlash(
      request,
      `/staff/verification/${id}`,
      decision === "approve"
        ? `We have emailed ${result.value.name} an invitation to join.`
        : `We have told ${result.value.name} that the answer is no.`,
    );
  }
  if (parsed.data.intent === "set-admin") {
    const makeAdmin = parsed.data.admin === "yes";
    const result = await staffSetAdmin(staff, id, parsed.data.userId, makeAdmin);
    if (result.status !== "done") return notDone(result, parsed.values);
    return redirectWithFlash(
      request,
      `/staff/verification/${id}`,
      makeAdmin
        ? `${result.value.name} is now an admin. We have told the organisation.`
        : `${result.value.name} is no longer an admin. We have told the organisation.`,
    );
  }
  if (parsed.data.intent === "revoke") {
    const result = await revokeOrganisation(staff, id, parsed.data.reason);
    if (result.status !== "done") return notDone(result, parsed.values);
    const { name, postingsClosed } = result.value;
    return redirectWithFlash(
      request,
      `/staff/verification/${id}`,
      `The check on ${name} is taken back. ${postingsClosed} live ${postingsClosed === 1 ? "posting was" : "postings were"} closed. We have told them.`,
    );
  }
  const result = await declineOrganisation(staff, id, parsed.data.reason);
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    "/staff/verification",
    `${result.value.name} was not accepted. We have told them why.`,
  );
}

export default function VerifyOrganisation() {
  const { organisation, history, duplicates, joinRequests, vacancies } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/staff/verification">Back to organisations to check</BackLink>
      <PageHeading caption={organisation.kindName}>{organisation.name}</PageHeading>
      <StaffDuplicates duplicates={duplicates} />
      <SummaryList
        rows={[
          {
            key: "Status",
            value: (
              <VerificationStatusValue
                status={organisation.verificationStatus}
                reason={organisation.verificationReason}
              />
            ),
          },
          ...(organisation.kind === "school"
            ? [
                { key: "School reference number", value: organisation.schoolUrn || "Not given" },
                { key: "Type of school", value: organisation.phaseLabel || "Not given" },
              ]
            : []),
          ...(organisation.kind === "sme"
            ? [
                { key: "What it does", value: organisation.sectorLabel || "Not given" },
                { key: "Size", value: organisation.sizeLabel || "Not given" },
                {
                  key: "Companies House number",
                  value: organisation.companiesHouseNumber || "Not given",
                },
              ]
            : []),
          { key: "Area", value: organisation.area || "Not given" },
          { key: "Postcode", value: organisation.postcode || "Not given" },
          { key: "Signed up on", value: formatDate(organisation.createdAt) },
          {
            key: "People",
            value: (
              <ul className="list list--plain">
                {organisation.users.map((user) => (
                  <li key={user.id}>
                    {user.name} ({user.email}){user.isOrgAdmin ? " - admin" : ""}
                    {user.emailConfirmedAt ? "" : " - email not confirmed yet"}
                    <SetAdminForm person={user} />
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
      {organisation.kind === "school" ? (
        <p className="body">
          Check the school reference number on{" "}
          <a
            href={`https://get-information-schools.service.gov.uk/Establishments/Establishment/Details/${encodeURIComponent(organisation.schoolUrn ?? "")}`}
          >
            Get Information about Schools
          </a>
          .
        </p>
      ) : null}

      {organisation.verificationStatus === "unverified" ? (
        <>
          <h2 className="heading-m">Your decision</h2>
          <ValidatedForm
            schema={() => import("./forms").then((m) => m.verifySchema)}
            intent="verify"
            actionData={actionData}
          >
            <Button>Mark as checked</Button>
          </ValidatedForm>
          <ValidatedForm
            schema={() => import("./forms").then((m) => m.declineSchema)}
            intent="decline"
            actionData={actionData}
          >
            <Textarea
              name="reason"
              label="Reason for not accepting"
              hint="The organisation will see this. Say what they can do about it, for example which details to correct."
              rows={4}
              maxLength={500}
            />
            <Button variant="warning">Do not accept</Button>
          </ValidatedForm>
        </>
      ) : organisation.verificationStatus === "verified" ? (
        <>
          <h2 className="heading-m">Take back the check</h2>
          <p className="body">
            Do this if the organisation should no longer reach schools or businesses. Its live
            postings close, its mentors and offers are hidden, and its people are told.
          </p>
          <ValidatedForm
            schema={() => import("./forms").then((m) => m.revokeSchema)}
            intent="revoke"
            actionData={actionData}
          >
            <Textarea
              name="reason"
              label="Reason for taking back the check"
              hint="The organisation will see this."
              rows={4}
              maxLength={500}
            />
            <Button variant="warning">Take back the check</Button>
          </ValidatedForm>
        </>
      ) : organisation.verificationStatus === "declined" ? (
        <p className="body">
          Not accepted. If the organisation corrects its details and asks again, it comes back to
          the list of organisations waiting.
        </p>
      ) : (
        <p className="body">The check on this organisation was taken back.</p>
      )}

      {joinRequests.length > 0 ? (
        <>
          <h2 className="heading-m">People asking to join</h2>
          {actionData?.values?.intent === "join-request" && "errors" in actionData ? (
            <p className="error-message" role="alert">
              {String(Object.values(actionData.errors)[0] ?? "")}
            </p>
          ) : null}
          <JoinRequestList requests={joinRequests} />
        </>
      ) : null}

      {vacancies.length > 0 ? (
        <>
          <h2 className="heading-m">Applications</h2>
          <p className="body">
            The vacancies that take applications on SkillsBridge. Staff see how many people applied,
            not who they are.
          </p>
          <VacancyCountsTable
            caption="Applications by vacancy, newest first"
            vacancies={vacancies}
          />
        </>
      ) : null}

      <AuditHistory title="Earlier decisions" events={history} recordId={organisation.id} />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
