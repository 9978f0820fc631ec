import { readFormData } from "~/forms/form-data.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { isSentState, sentStates, stateLabels } from "~/applications/application-state";
import {
  applicationCounts,
  closeApplicationsEarly,
  employerVacancy,
  requireApplicationsReader,
  listApplications,
  markManyUnsuccessful,
} from "~/applications/employer.server";
import { applicationsListSchema } from "~/applications/employer-forms";
import { FEEDBACK_MAX_LENGTH } from "~/applications/answer-options";
import { ApplicationStateTag } from "~/applications/state-tag";
import { daysLeftToApply, describeDaysLeft, takesApplications } from "~/applications/rules";
import { notFound } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorMessage, ErrorSummary, fieldId, Button, Textarea } from "~/components/forms/fields";
import { unknownFilterValues } from "~/forms/filter-params";
import { listPage } from "~/forms/filter-response.server";
import { IntentButton } from "~/components/forms/intent-button";
import { ValidatedForm } from "~/components/forms/validated-form";
import { pageFromUrl } from "~/components/pagination";
import { BackLink, InsetText, PageHeading, Pagination, Table } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { localAuthorities } from "~/organisations/reference-data";
import { formatDate } from "~/time/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Applications for ${data?.vacancy.title ?? "a vacancy"} - SkillsBridge` },
];

async function ownVacancy(request: Request, id: string) {
  const user = await requireApplicationsReader(request);
  const vacancy = await employerVacancy(user, id);
  if (!vacancy) notFound();
  return { user, vacancy };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { vacancy } = await ownVacancy(request, params.id!);
  const url = new URL(request.url);
  const stateParam = url.searchParams.get("state") ?? "";
  const filterProblems = unknownFilterValues(url.searchParams, {
    state: { allowed: sentStates, what: "state" },
  });
  const filter = {
    state: isSentState(stateParam) ? stateParam : null,
    guaranteedInterview: url.searchParams.get("guaranteed") === "on",
  };
  const counts = await applicationCounts(vacancy.id);
  const list = await listApplications(vacancy.id, filter, pageFromUrl(url), counts);
  const now = new Date();
  const body = {
    vacancy: {
      id: vacancy.id,
      title: vacancy.title,
      open: takesApplications(vacancy, now),
      daysLeft: describeDaysLeft(daysLeftToApply(vacancy.closingDate, now)),
      closedEarly: vacancy.applicationsClosedAt !== null,
    },
    counts,
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    filter,
    rows: list.rows.map((row) => ({
      id: row.id,
      name: row.name ?? "",
      state: row.state,
      submittedAt: row.submittedAt ? formatDate(row.submittedAt) : "",
      area: localAuthorities.find((la) => la.id === row.localAuthority)?.name ?? row.outcode ?? "",
      guaranteedInterview: row.guaranteedInterview,
    })),
    page: list.window.page,
    pageCount: list.window.pageCount,
    matching: list.window.total,
  };
  return listPage(body, filterProblems);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, vacancy } = await ownVacancy(request, params.id!);
  const parsed = parseForm(applicationsListSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const here = `/postings/apprenticeships/${vacancy.id}/applications`;
  switch (parsed.data.intent) {
    case "unsuccessful": {
      const result = await markManyUnsuccessful(
        user,
        vacancy.id,
        parsed.data.ids,
        parsed.data.feedback,
      );
      if (result.status !== "done") return notDone(result, parsed.values);
      const n = result.value.count;
      return redirectWithFlash(
        request,
        here,
        `${n} ${n === 1 ? "application" : "applications"} marked unsuccessful. We have emailed ${n === 1 ? "the applicant" : "each applicant"}.`,
      );
    }
    case "close-early": {
      const result = await closeApplicationsEarly(user, vacancy.id);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirectWithFlash(request, here, "This vacancy is not taking applications any more.");
    }
  }
}

export default function VacancyApplications() {
  const { vacancy, counts, total, filter, rows, page, pageCount, matching, filterProblems } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const location = useLocation();
  const idsId = fieldId("ids", undefined, "unsuccessful");
  return (
    <>
      <BackLink to={`/postings/apprenticeships/${vacancy.id}`}>Back to the vacancy</BackLink>
      <PageHeading caption={vacancy.title}>Applications</PageHeading>
      {vacancy.open ? (
        <>
          <p className="body">
            <strong>{vacancy.daysLeft}</strong>. You can stop taking applications before the closing
            date.
          </p>
          <IntentButton intent="close-early" secondary>
            Stop taking applications now
          </IntentButton>
        </>
      ) : (
        <InsetText>
          {vacancy.closedEarly
            ? "You stopped taking applications early."
            : "This vacancy is not taking applications."}
        </InsetText>
      )}
      <Table
        caption={`Applications by state (${total} in all)`}
        head={["State", "Applications"]}
        numeric={[1]}
        rows={sentStates.map((s) => [stateLabels[s], counts[s]])}
      />
      {total > 0 ? (
        <p className="body">
          <a href={`/postings/apprenticeships/${vacancy.id}/applications/download.csv`}>
            Download {total === 1 ? "the application" : `all ${total} applications`} as a
            spreadsheet (CSV)
          </a>
          . It has every answer, but not the CVs.
        </p>
      ) : null}
      <h2 className="heading-m">Find applications</h2>
      <ErrorSummary errors={filterProblems} idPrefix="filter" />
      <Form method="get" className="filters">
        <div className={`form-group${filterProblems.state ? " form-group--error" : ""}`}>
          <label className="label" htmlFor={fieldId("state", undefined, "filter")}>
            State
          </label>
          {filterProblems.state ? (
            <ErrorMessage id={fieldId("state", "error", "filter")}>
              {filterProblems.state}
            </ErrorMessage>
          ) : null}
          <select
            id={fieldId("state", undefined, "filter")}
            name="state"
            className={`select${filterProblems.state ? " select--error" : ""}`}
            defaultValue={filter.state ?? ""}
            aria-describedby={
              filterProblems.state ? fieldId("state", "error", "filter") : undefined
            }
            aria-invalid={filterProblems.state ? true : undefined}
          >
            <option value="">All states</option>
            {sentStates.map((s) => (
              <option key={s} value={s}>
                {stateLabels[s]} ({counts[s]})
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <div className="checkboxes">
            <div className="choice">
              <input
                className="choice__input"
                id="filter-guaranteed"
                type="checkbox"
                name="guaranteed"
                defaultChecked={filter.guaranteedInterview}
              />
              <label className="choice__label" htmlFor="filter-guaranteed">
                Only people applying under the guaranteed interview scheme
              </label>
            </div>
          </div>
        </div>
        <button type="submit" className="button button--secondary">
          Show applications
        </button>
      </Form>
      {rows.length === 0 ? (
        <p className="body">{total === 0 ? "No applications yet." : "No applications match."}</p>
      ) : (
        <ValidatedForm
          intent="unsuccessful"
          schema={() =>
            import("~/applications/employer-forms").then((m) => m.bulkUnsuccessfulSchema)
          }
          actionData={actionData}
        >
          <Table
            caption={`${matching} ${matching === 1 ? "application" : "applications"}, newest first`}
            head={["Name", "Sent", "Where they live", "State", "Choose"]}
            rows={rows.map((row, i) => [
              <Link key="n" to={`/postings/apprenticeships/${vacancy.id}/applications/${row.id}`}>
                {row.name}
              </Link>,
              row.submittedAt,
              row.area,
              <>
                <ApplicationStateTag state={row.state} />
                {row.guaranteedInterview ? (
                  <span className="hint"> Guaranteed interview scheme</span>
                ) : null}
              </>,
              <div className="checkboxes" key="c">
                <div className="choice">
                  <input
                    className="choice__input"
                    type="checkbox"
                    name="ids"
                    value={row.id}
                    id={i === 0 ? idsId : `${idsId}-${row.id}`}
                  />
                  <label className="choice__label" htmlFor={i === 0 ? idsId : `${idsId}-${row.id}`}>
                    <span className="visually-hidden">Choose {row.name}</span>
                  </label>
                </div>
              </div>,
            ])}
          />
          <Pagination page={page} pageCount={pageCount} search={location.search} />
          <h2 className="heading-m">Mark the chosen applications as unsuccessful</h2>
          <Textarea
            name="feedback"
            label="Feedback for the applicants (optional)"
            rows={4}
            maxLength={FEEDBACK_MAX_LENGTH}
            hint="We send the same message to each applicant you chose, with the news."
          />
          <Button variant="warning">Mark as unsuccessful</Button>
        </ValidatedForm>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
