import { employerNameOf, schoolNameOf } from "~/opportunities/former";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { BackLink, PageHeading, Table } from "~/components/ui";
import { concernOutcomeLabel } from "~/opportunities/concerns";
import { closedConcerns, concernQueue } from "~/opportunities/concerns.server";
import { formatDate } from "~/time/format";

// The staff queue of concerns raised on placement requests, oldest first, and
// the ones closed lately. Each opens on its own page, with the thread, the
// notes and the close form (staff.concerns_.$id).

export const meta: MetaFunction = () => [{ title: "Placement concerns - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const [open, closed] = await Promise.all([concernQueue(), closedConcerns()]);
  return { open, closed };
}

const sideName = { school: "School", employer: "Employer" } as const;

export default function PlacementConcerns() {
  const { open, closed } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/staff">Back to staff home</BackLink>
      <PageHeading caption="Partnership staff">Placement concerns</PageHeading>
      {open.length === 0 ? (
        <p className="body">There are no open concerns.</p>
      ) : (
        <Table
          caption="Open concerns, oldest first"
          stacked
          head={["Placement", "School and employer", "Raised by", "Raised on", "Notes"]}
          numeric={[4]}
          rows={open.map((c) => [
            <Link key="link" to={`/staff/concerns/${c.id}`}>
              {c.request.placement.title}
            </Link>,
            `${schoolNameOf(c.request.school)} and ${employerNameOf(c.request.placement.organisation)}`,
            `${c.raisedBy?.name ?? "Someone who has left"} (${sideName[c.side]})`,
            formatDate(c.createdAt),
            String(c._count.notes),
          ])}
        />
      )}
      <h2 className="heading-m">Closed lately</h2>
      {closed.length === 0 ? (
        <p className="body">No concerns have been closed yet.</p>
      ) : (
        <Table
          caption="The last 20 concerns closed, newest first"
          stacked
          head={["Placement", "School and employer", "Closed on", "Outcome"]}
          rows={closed.map((c) => [
            <Link key="link" to={`/staff/concerns/${c.id}`}>
              {c.request.placement.title}
            </Link>,
            `${schoolNameOf(c.request.school)} and ${employerNameOf(c.request.placement.organisation)}`,
            c.closedAt ? formatDate(c.closedAt) : "",
            c.outcome ? concernOutcomeLabel(c.outcome) : "",
          ])}
        />
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
