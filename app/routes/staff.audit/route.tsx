import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { auditActionLabel, auditActionLabels } from "~/audit/actions";
import { auditActionsInUse, listAuditEvents } from "~/audit/audit.server";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { pageFromUrl } from "~/components/pagination";
import { PageHeading, Pagination, Table } from "~/components/ui";
import { DateField } from "~/insights/filter-fields";
import { dateBounds } from "~/insights/filters";
import { parseInsightFilters } from "~/insights/filter-schema";
import { formatDateTime } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Audit trail - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const url = new URL(request.url);
  // The same date rules as insight: real dates, inclusive, the end not before the start.
  const { filters: dates, errors } = parseInsightFilters(url.searchParams);
  const { start, end } = dateBounds(dates);
  const inUse = await auditActionsInUse();
  const actions = [...new Set([...Object.keys(auditActionLabels), ...inUse])];
  const requested = url.searchParams.get("action") ?? "";
  const action = actions.includes(requested) ? requested : "";
  const result = await listAuditEvents(
    {
      action: action || undefined,
      from: start ? new Date(start) : undefined,
      to: end ? new Date(end) : undefined,
    },
    pageFromUrl(url),
  );
  return {
    filters: { action, from: dates.from ?? "", to: dates.to ?? "" },
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
}

function targetLink(type: string, id: string) {
  if (type === "organisation") return `/staff/verification/${id}`;
  if (type === "user") return `/staff/users/${id}`;
  return null;
}

export default function AuditTrail() {
  const { filters, errors, actions, page, pageCount, total, events } =
    useLoaderData<typeof loader>();
  const location = useLocation();
  return (
    <>
      <PageHeading caption="Partnership staff">Audit trail</PageHeading>
      <p className="body">
        Every action taken by staff. Nobody can change or delete these records.
      </p>
      <Form method="get" className="filters" aria-label="Filter the audit trail">
        <div className="form-group">
          <label className="label" htmlFor="audit-action">
            Action
          </label>
          <select className="select" id="audit-action" name="action" defaultValue={filters.action}>
            <option value="">All actions</option>
            {actions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <DateField name="from" label="From" value={filters.from} error={errors.from} />
        <DateField name="to" label="To" value={filters.to} error={errors.to} />
        <button type="submit" className="button button--secondary">
          Show actions
        </button>
      </Form>
      {events.length === 0 ? (
        <p className="body">No staff actions match.</p>
      ) : (
        <>
          <Table
            caption={`${total} ${total === 1 ? "action" : "actions"}, newest first`}
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
