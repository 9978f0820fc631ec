import { FORMER_BUSINESS, FORMER_MENTOR } from "~/mentoring/former";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading, Table } from "~/components/ui";
import { prisma } from "~/db.server";
import { StateTag } from "~/mentoring/components";
import { effectiveState, relationshipWhere } from "~/mentoring/requests.server";
import { formatDate } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Mentoring - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["sme", "board"]);
  const now = new Date();
  const rows = await prisma.mentoringRequest.findMany({
    where: relationshipWhere(user),
    select: {
      id: true,
      state: true,
      createdAt: true,
      sme: { select: { name: true } },
      mentor: {
        select: { user: { select: { name: true, organisation: { select: { name: true } } } } },
      },
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const list = rows.map((r) => ({
    id: r.id,
    state: effectiveState(r.state, r.createdAt, now),
    other:
      user.role === "sme"
        ? r.mentor
          ? `${r.mentor.user.name}, ${r.mentor.user.organisation.name}`
          : FORMER_MENTOR
        : (r.sme?.name ?? FORMER_BUSINESS),
    createdAt: r.createdAt,
  }));
  return {
    isSme: user.role === "sme",
    active: list.filter((r) => r.state === "accepted"),
    waiting: list.filter((r) => r.state === "pending"),
    past: list.filter((r) => r.state !== "accepted" && r.state !== "pending"),
  };
}

type Row = {
  id: string;
  state: Parameters<typeof StateTag>[0]["state"];
  other: string;
  createdAt: Date | string;
};

function RequestTable({ caption, rows, who }: { caption: string; rows: Row[]; who: string }) {
  if (rows.length === 0) return null;
  return (
    <Table
      caption={caption}
      head={[who, "Status", "Asked on"]}
      rows={rows.map((r) => [
        <Link to={`/mentoring/${r.id}`} key={r.id}>
          {r.other}
        </Link>,
        <StateTag state={r.state} key="s" />,
        formatDate(r.createdAt),
      ])}
    />
  );
}

export default function Mentoring() {
  const { isSme, active, waiting, past } = useLoaderData<typeof loader>();
  const who = isSme ? "Mentor" : "Business";
  const empty = active.length + waiting.length + past.length === 0;
  return (
    <>
      <PageHeading>Mentoring</PageHeading>
      {empty ? (
        isSme ? (
          <p className="body">
            You have not asked for mentoring yet. <Link to="/mentors">Find a mentor</Link>.
          </p>
        ) : (
          <p className="body">
            No business has asked you for mentoring yet. Make sure your{" "}
            <Link to="/board/profile">mentor profile</Link> is up to date.
          </p>
        )
      ) : null}
      <RequestTable caption="Active mentoring" rows={active} who={who} />
      <RequestTable caption="Waiting for an answer" rows={waiting} who={who} />
      <RequestTable caption="Past requests" rows={past} who={who} />
      {isSme && !empty ? (
        <p className="body">
          <Link to="/mentors">Find another mentor</Link>
        </p>
      ) : null}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
