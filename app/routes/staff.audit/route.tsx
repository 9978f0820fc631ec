import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { auditActionLabel } from "~/audit/actions";
import {
  auditActionChoices,
  auditFiltersToSearch,
  parseAuditFilters,
} from "~/audit/audit-filters.server";
import { listAuditEvents } from "~/audit/audit.server";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorMessage, ErrorSummary, fieldId } from "~/components/forms/fields";
import { pageFromUrl } from "~/components/pagination";
import { PageHeading, Pagination, Table } from "~/components/ui";
import { DateInput } from "~/components/forms/date-input";
import { typedDates } from "~/forms/date-input";
import { TextFilterField } from "~/insights/filter-fields";
import { formatDateTime } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Audit trail - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const url = new URL(request.url);
  const actions = await auditActionChoices();
  // The same reading as the CSV download, so the file holds the rows listed here.
  const { values, filters, errors } = parseAuditFilters(url.searchParams, actions);
  const result = await listAuditEvents(filters, pageFromUrl(url));
  const body = {
    filters: values,
    typed: typedDates(url.searchParams, ["from", "to"]),
    search: auditFiltersToSearch(values),
    errors,
    actions: actions.map((id) => ({ id, label: auditActionLabel(id) })),
    page: result.page,
    pageCount: result.pageCount,
    total: result.total,
    events: result.events.map((event) => ({
      ...event,
      createdAt: event.createdAt.toISOString(),
      label: auditActionLabel(event.action),
    })),
  };
  // A filter we could not read is bad input: 400, with the message on the field.
  return Object.keys(errors).length ? data(body, { status: 400 }) : body;
}

function targetLink(type: string, id: string) {
  if (type === "organisation") return `/staff/verification/${id}`;
  if (type === "user") return `/staff/users/${id}`;
  return null;
}

export default function AuditTrail() {
  const { filters, typed, search, errors, actions, page, pageCount, total, events } =
    useLoaderData<typeof loader>();
  const location = useLocation();
  const filtered = search !== "";
  return (
    <>
      <PageHeading caption="Partnership staff">Audit trail</PageHeading>
      <p className="body">
        Every action taken by staff, and every change to who can do what. Nobody can change or
        delete these records.
      </p>
      <ErrorSummary errors={errors} />
      <Form method="get" className="filters" aria-label="Filter the audit trail">
        <div className={`form-group${errors.action ? " form-group--error" : ""}`}>
          <label className="label" htmlFor={fieldId("action")}>
            Action
          </label>
          {errors.action ? (
            <ErrorMessage id={fieldId("action", "error")}>{errors.action}</ErrorMessage>
          ) : null}
          <select
            className={`select${errors.action ? " select--error" : ""}`}
            id={fieldId("action")}
            name="action"
            defaultValue={filters.action}
            aria-describedby={errors.action ? fieldId("action", "error") : undefined}
            aria-invalid={errors.action ? true : undefined}
          >
            <option value="">All actions</option>
            {actions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <TextFilterField
          name="who"
          label="Who"
          hint="Part of their email address"
          value={filters.who}
        />
        <TextFilterField
          name="record"
          label="Record"
          hint="Part of its name, or its id"
          value={filters.record}
        />
        {(["from", "to"] as const).map((name) => (
          <DateInput
            key={name}
            name={name}
            id={fieldId(name)}
            label={name === "from" ? "From" : "To"}
            value={errors[name] ? typed[name] : filters[name] || typed[name]}
            error={errors[name]}
          />
        ))}
        <button type="submit" className="button button--secondary">
          Show actions
        </button>
      </Form>
      {filtered ? (
        <p className="body">
          <Link to="/staff/audit">Clear the filters</Link>
        </p>
      ) : null}
      {events.length === 0 ? (
        <p className="body">No staff actions match.</p>
      ) : (
        <>
          <p className="body">
            {/* A plain link: the file is a download, not a page for the router. */}
            <a href={`/staff/audit/download.csv${search}`} download>
              Download {filtered ? "these" : "all"} {total.toLocaleString("en-GB")}{" "}
              {total === 1 ? "action" : "actions"} (CSV)
            </a>
          </p>
          <Table
            caption={`${total.toLocaleString("en-GB")} ${total === 1 ? "action" : "actions"}, newest first`}
            head={["When", "Who", "What", "About", "Reason"]}
            rows={events.map((event) => {
              const href = targetLink(event.targetType, event.targetId);
              const label = event.targetLabel ?? event.targetId;
              return [
                formatDateTime(event.createdAt),
                event.actorEmail,
                event.label,
                href ? (
                  <Link to={href} key="t">
                    {label}
                  </Link>
                ) : (
                  label
                ),
                event.reason ?? "",
              ];
            })}
          />
          <Pagination page={page} pageCount={pageCount} search={location.search} />
        </>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
