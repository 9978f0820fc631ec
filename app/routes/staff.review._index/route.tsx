import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading, Table } from "~/components/ui";
import { prisma } from "~/db.server";
import { postingKindNames } from "~/opportunities/display";
import { formatDate } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Review postings - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const select = {
    id: true,
    title: true,
    submittedAt: true,
    createdAt: true,
    organisation: { select: { name: true } },
  } as const;
  const where = { state: "submitted" };
  const [apprenticeships, placements] = await Promise.all([
    prisma.apprenticeship.findMany({ where, select, orderBy: { submittedAt: "asc" }, take: 200 }),
    prisma.placement.findMany({ where, select, orderBy: { submittedAt: "asc" }, take: 200 }),
  ]);
  const queue = [
    ...apprenticeships.map((a) => ({ ...a, kind: "apprenticeship" as const })),
    ...placements.map((p) => ({ ...p, kind: "placement" as const })),
  ].sort(
    (a, b) => (a.submittedAt ?? a.createdAt).getTime() - (b.submittedAt ?? b.createdAt).getTime(),
  );
  return { queue };
}

export default function ReviewQueue() {
  const { queue } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading caption="Partnership staff">Review postings</PageHeading>
      <p className="body">
        Postings waiting to be checked, oldest first. Approve them to make them live, or ask for
        changes.
      </p>
      {queue.length === 0 ? (
        <p className="body">Nothing is waiting to be checked.</p>
      ) : (
        <Table
          caption={`${queue.length} waiting`}
          head={["Title", "Kind", "Employer", "Sent"]}
          rows={queue.map((p) => [
            <Link
              to={`/staff/review/${p.kind === "apprenticeship" ? "apprenticeships" : "placements"}/${p.id}`}
              key="t"
            >
              {p.title}
            </Link>,
            postingKindNames[p.kind],
            p.organisation.name,
            formatDate(p.submittedAt ?? p.createdAt),
          ])}
        />
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
