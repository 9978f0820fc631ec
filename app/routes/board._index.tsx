import { FORMER_BUSINESS } from "~/mentoring/former";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { BarChart } from "~/components/charts";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { InsetText, PageHeading, Table } from "~/components/ui";
import { prisma } from "~/db.server";
import { bookedSeats } from "~/mentoring/candidates.server";
import { lowScoresBy, LOW_SCORE, type InsightRow } from "~/mentoring/insight.server";
import { offerKindName } from "~/mentoring/options";
import { effectiveState, liveCutoff } from "~/mentoring/requests.server";
import { localAuthorityName, sectorName } from "~/organisations/reference-data";
import { dimensionIds, dimensionNames } from "~/readiness/dimensions";
import { MIN_PEER_GROUP } from "~/readiness/peers";
import { formatDate } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Board - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "board");
  const now = new Date();
  const profile = await prisma.mentorProfile.findUnique({
    where: { userId: user.id },
    select: { id: true, capacity: true, takingRequests: true },
  });
  const [requests, offers, byArea, bySector] = await Promise.all([
    profile
      ? prisma.mentoringRequest.findMany({
          where: {
            mentorId: profile.id,
            OR: [{ state: "accepted" }, { state: "pending", createdAt: { gt: liveCutoff(now) } }],
          },
          select: {
            id: true,
            state: true,
            createdAt: true,
            answeredAt: true,
            sme: { select: { name: true } },
          },
          orderBy: { createdAt: "asc" },
          take: 100,
        })
      : [],
    prisma.offer.findMany({
      where: { organisationId: user.organisationId },
      select: { id: true, title: true, kind: true, startsAt: true, seats: true, state: true },
      orderBy: { createdAt: "desc" },
      take: 100,
    }),
    lowScoresBy("localAuthority"),
    lowScoresBy("sector"),
  ]);
  const booked = await bookedSeats(offers.map((o) => o.id));
  const list = requests.map((r) => ({ ...r, state: effectiveState(r.state, r.createdAt, now) }));
  const mentees = list.filter((r) => r.state === "accepted");
  return {
    firm: user.organisation.name,
    verified: user.organisation.verificationStatus === "verified",
    profile: profile
      ? {
          capacity: profile.capacity,
          takingRequests: profile.takingRequests,
          active: mentees.length,
        }
      : null,
    waiting: list.filter((r) => r.state === "pending"),
    mentees,
    offers: offers.map((o) => ({
      ...o,
      kind: offerKindName(o.kind),
      booked: booked.get(o.id) ?? 0,
    })),
    byArea: byArea.map((row) => ({ ...row, group: localAuthorityName(row.group) || "Not given" })),
    lowScore: LOW_SCORE,
    minGroup: MIN_PEER_GROUP,
    bySector: bySector.map((row) => ({ ...row, group: sectorName(row.group) || "Not given" })),
  };
}

const shortNames: Record<(typeof dimensionIds)[number], string> = {
  strategy: "Strategy",
  readiness: "Readiness",
  workforce: "Workforce skills",
  data: "Data",
  automation: "Automation",
  cyber: "Cyber security",
};

/** The hidden middle at a glance: the table's "Workforce skills" column, for the areas shown. */
function WorkforceChart({ rows }: { rows: InsightRow[] }) {
  const shown = rows.filter((row): row is Extract<InsightRow, { hidden: false }> => !row.hidden);
  if (shown.length === 0) return null;
  const data = shown.map((row) => ({ label: row.group, value: row.low.workforce }));
  return (
    <>
      <BarChart
        title="Businesses scoring low on workforce digital skills, by area"
        data={data}
        max={Math.max(...data.map((d) => d.value), 1)}
        description={data.map((d) => `${d.label}: ${d.value} businesses`).join(". ") + "."}
      />
      <p className="hint">
        The same numbers are in the &quot;Workforce skills&quot; column of the table below.
      </p>
    </>
  );
}

function InsightTable({
  caption,
  rows,
  groupName,
  minGroup,
}: {
  caption: string;
  rows: InsightRow[];
  groupName: string;
  minGroup: number;
}) {
  if (rows.length === 0)
    return <p className="body">No businesses have finished the readiness check yet.</p>;
  return (
    <Table
      caption={caption}
      head={[
        groupName,
        "Businesses",
        ...dimensionIds.map((d) => (
          <>
            {shortNames[d]}
            <span className="visually-hidden"> ({dimensionNames[d]}), businesses scoring low</span>
          </>
        )),
      ]}
      numeric={[1, ...dimensionIds.map((_, i) => i + 2)]}
      stacked
      labels={[
        groupName,
        "Businesses",
        ...dimensionIds.map((d) => `${shortNames[d]}, scoring low`),
      ]}
      rows={rows.map((row) =>
        row.hidden
          ? [
              row.group,
              {
                span: dimensionIds.length + 1,
                content:
                  row.why === "small"
                    ? `Fewer than ${minGroup} businesses, so hidden`
                    : "Hidden, so a smaller group cannot be worked out",
              },
            ]
          : [row.group, row.total, ...dimensionIds.map((d) => row.low[d])],
      )}
    />
  );
}

export default function Board() {
  const {
    firm,
    verified,
    profile,
    waiting,
    mentees,
    offers,
    byArea,
    bySector,
    lowScore,
    minGroup,
  } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading caption={firm}>Your board page</PageHeading>
      {!verified ? (
        <InsetText>
          Businesses will see your profile and offers once the partnership team has checked your
          firm.
        </InsetText>
      ) : null}

      <h2 className="heading-m">Your mentor profile</h2>
      {profile ? (
        <p className="body">
          You are mentoring {profile.active} of up to {profile.capacity}{" "}
          {profile.capacity === 1 ? "business" : "businesses"}.{" "}
          {profile.takingRequests
            ? "You are taking new requests."
            : "You are not taking new requests."}{" "}
          <Link to="/board/profile">Change your mentor profile</Link>
        </p>
      ) : (
        <p className="body">
          Businesses cannot find you yet.{" "}
          <Link to="/board/profile">Create your mentor profile</Link>.
        </p>
      )}

      <h2 className="heading-m">Requests waiting for your answer</h2>
      {waiting.length === 0 ? (
        <p className="body">No requests are waiting.</p>
      ) : (
        <ul className="list">
          {waiting.map((r) => (
            <li key={r.id}>
              <Link to={`/mentoring/${r.id}`}>{r.sme?.name ?? FORMER_BUSINESS}</Link>, asked on{" "}
              {formatDate(r.createdAt)}
            </li>
          ))}
        </ul>
      )}

      <h2 className="heading-m">Businesses you are mentoring</h2>
      {mentees.length === 0 ? (
        <p className="body">You are not mentoring anyone at the moment.</p>
      ) : (
        <ul className="list">
          {mentees.map((r) => (
            <li key={r.id}>
              <Link to={`/mentoring/${r.id}`}>{r.sme?.name ?? FORMER_BUSINESS}</Link>, since{" "}
              {formatDate(r.answeredAt)}
            </li>
          ))}
        </ul>
      )}

      <h2 className="heading-m">Your firm&apos;s offers</h2>
      <p className="body">
        <Link to="/board/offers/new" className="button button--secondary">
          Add an offer
        </Link>
      </p>
      {offers.length === 0 ? (
        <p className="body">
          Your firm has no offers yet. Workshops, clinics, short courses and resources help
          businesses close their gaps.
        </p>
      ) : (
        <Table
          caption="Offers and bookings"
          head={["Offer", "Kind", "Starts", "Seats booked"]}
          numeric={[3]}
          stacked
          rows={offers.map((o) => [
            <Link to={`/board/offers/${o.id}/edit`} key={o.id}>
              {o.title}
              <span className="visually-hidden"> (change)</span>
            </Link>,
            o.kind +
              (o.state === "published"
                ? ""
                : o.state === "removed"
                  ? " (taken down by the partnership team)"
                  : ` (${o.state})`),
            o.startsAt ? formatDate(o.startsAt) : "Any time",
            `${o.booked} of ${o.seats}`,
          ])}
        />
      )}

      <h2 className="heading-m">Where the gaps are</h2>
      <p className="body">
        How many businesses score below {lowScore} out of 100 in each area, from each
        business&apos;s latest readiness check. Workforce digital skills are the &quot;hidden
        middle&quot;: everyday skills staff need. Groups of fewer than {minGroup} businesses are
        hidden, and one more group with them, so no business can be picked out. The numbers run to
        the end of last week.
      </p>
      <WorkforceChart rows={byArea} />
      <InsightTable
        caption="Businesses scoring low, by area"
        rows={byArea}
        groupName="Area"
        minGroup={minGroup}
      />
      <InsightTable
        caption="Businesses scoring low, by sector"
        rows={bySector}
        groupName="Sector"
        minGroup={minGroup}
      />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
