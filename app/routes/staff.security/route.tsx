import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { roleNames } from "~/auth/roles";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorSummary } from "~/components/forms/fields";
import { pageFromUrl } from "~/components/pagination";
import { PageHeading, Pagination, Table } from "~/components/ui";
import {
  isSecurityEventName,
  securityEventLabel,
  securityEventLabels,
  securityEventNames,
} from "~/security/events";
import { listSecurityEvents } from "~/security/events.server";
import { formatDateTime } from "~/time/format";

// Security events (issue 14, ASVS 16.3): sign-ins and their failures, limits
// reached, password and two-step changes, refused pages. Staff accounts'
// events by default, since staff can see and change the most; everyone's on request.

export const meta: MetaFunction = () => [{ title: "Security events - SkillsBridge" }];

const whoseChoices = { staff: "Staff accounts", all: "Everyone" } as const;
type Whose = keyof typeof whoseChoices;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const url = new URL(request.url);
  const errors: Record<string, string> = {};
  const event = url.searchParams.get("event") ?? "";
  if (event && !isSecurityEventName(event)) {
    errors.event = "Choose a kind of event from the list. We do not know that one.";
  }
  const whose = url.searchParams.get("whose") ?? "staff";
  if (!(whose in whoseChoices)) errors.whose = "Choose staff accounts or everyone.";
  const filters = {
    event: isSecurityEventName(event) ? event : undefined,
    staffOnly: whose !== "all",
  };
  const result = await listSecurityEvents(filters, pageFromUrl(url));
  const body = {
    filters: {
      event: filters.event ?? "",
      whose: (whose in whoseChoices ? whose : "staff") as Whose,
    },
    errors,
    page: result.page,
    pageCount: result.pageCount,
    total: result.total,
    events: result.rows.map((row) => ({
      id: row.id,
      when: formatDateTime(row.createdAt),
      what: securityEventLabel(row.event),
      userId: row.user.id,
      who: `${row.user.name} (${row.user.email})`,
      role: roleNames[row.user.role],
    })),
  };
  // An unknown filter is bad input: say so (400), and show what the rest of the filters match.
  return Object.keys(errors).length ? data(body, { status: 400 }) : body;
}

export default function SecurityEvents() {
  const { filters, errors, page, pageCount, total, events } = useLoaderData<typeof loader>();
  const location = useLocation();
  return (
    <>
      <PageHeading caption="Partnership staff">Security events</PageHeading>
      <p className="body">
        Sign-ins, wrong passwords and codes, lockouts, password and two-step sign-in changes, and
        pages people were refused. We keep them for a year.
      </p>
      <ErrorSummary errors={errors} />
      <Form method="get" className="filters" aria-label="Filter the security events">
        <div className="form-group">
          <label className="label" htmlFor="f-event">
            Kind of event
          </label>
          <select className="select" id="f-event" name="event" defaultValue={filters.event}>
            <option value="">All kinds</option>
            {securityEventNames.map((name) => (
              <option key={name} value={name}>
                {securityEventLabels[name]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="f-whose">
            Whose
          </label>
          <select className="select" id="f-whose" name="whose" defaultValue={filters.whose}>
            {Object.entries(whoseChoices).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          Show events
        </button>
      </Form>
      {events.length === 0 ? (
        <p className="body">No security events match.</p>
      ) : (
        <>
          <Table
            caption={`${total} ${total === 1 ? "event" : "events"}, newest first`}
            head={["When", "Who", "Account type", "What happened"]}
            stacked
            rows={events.map((event) => [
              event.when,
              <Link to={`/staff/users/${event.userId}`} key="who">
                {event.who}
              </Link>,
              event.role,
              event.what,
            ])}
          />
          <Pagination page={page} pageCount={pageCount} search={location.search} />
        </>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
