import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { notFound, requireRole } from "~/auth/session.server";
import { BarChart } from "~/components/charts";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { TopMatches } from "~/components/matches";
import { InsetText, PageHeading, Table, Tag } from "~/components/ui";
import { matchContextFrom, savedFormat, topMatchesFor } from "~/mentoring/matches.server";
import { changeSince, describeChange } from "~/readiness/change";
import { bandFor, dimensionIds, dimensionNames } from "~/readiness/dimensions";
import { dimensionPeersFor, peerGroupsFor } from "~/readiness/peer-groups.server";
import { nextStepsFor } from "~/readiness/next-steps";
import { workforceStandards } from "~/opportunities/standards.server";
import { newVacancyWithStandard } from "~/opportunities/standard-links";
import { MIN_PEER_GROUP, smallGroupReason } from "~/readiness/peers";
import { readinessPaths } from "~/readiness/paths";
import { weakestDimensions } from "~/readiness/scoring";
import { resultsPageData } from "./queries.server";
import { respondentViews } from "~/readiness/checks.server";
import { DIFFERENT_VIEWS_SPREAD } from "~/readiness/respondents";
import { describeProgress, finishedBetween, planProgress } from "~/readiness/action-plan";
import { planFor } from "~/readiness/action-plan.server";
import { ukDay } from "~/time/uk-time";
import { formatDate } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Your readiness results - SkillsBridge" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "sme");
  // One read of the firm and its checks serves the whole page: the peer
  // groups and the matching reuse it (queries.server.ts).
  const page = await resultsPageData(user.organisationId, params.id ?? "");
  if (!page) notFound();
  const { organisation, result, previous, summary } = page;
  const isLatest = summary.latest?.id === result.id;
  // Matches are ranked on the latest result, so an older result does not show them.
  const weakest = weakestDimensions(result.scores);
  const [peers, dimensionPeers, plan, matches, standards, combined] = await Promise.all([
    peerGroupsFor(page.peerFacts, result.scores.overall, page.latest),
    dimensionPeersFor(page.peerFacts, result.scores, page.latest),
    planFor(user.organisationId),
    isLatest
      ? topMatchesFor(
          user.organisationId,
          { mentors: 3, offers: 3 },
          new Date(),
          matchContextFrom(
            page.latest,
            organisation.localAuthority,
            savedFormat(organisation.meetingFormat),
          ),
        )
      : Promise.resolve(null),
    weakest.some((w) => w.dimension === "workforce") ? workforceStandards() : Promise.resolve([]),
    respondentViews(user.organisationId, result.id),
  ]);
  return {
    id: result.id,
    // From the loader, so the page does not download the question bank for one number.
    differentViewsSpread: DIFFERENT_VIEWS_SPREAD,
    organisationName: organisation.name,
    submittedAt: result.submittedAt,
    bankVersion: result.bankVersion,
    overall: result.scores.overall,
    band: result.band,
    dimensions: dimensionIds.map((d) => ({
      id: d,
      name: dimensionNames[d],
      score: result.scores[d],
      band: bandFor(result.scores[d]),
    })),
    standards: standards.map((s) => ({
      id: s.id,
      name: s.name,
      level: s.level,
      months: s.typicalDurationMonths,
    })),
    weakest: weakest.map(({ dimension: d }) => ({
      id: d,
      name: dimensionNames[d],
      score: result.scores[d],
      recommendations: result.bank.recommendations[d][bandFor(result.scores[d])],
      links: nextStepsFor(d),
    })),
    change: changeSince(result.scores, previous?.scores ?? null),
    previousDate: previous?.submittedAt ?? null,
    latestId: summary.latest?.id ?? null,
    inProgress: Boolean(summary.inProgress),
    peers,
    peerColumns: peers.map((g) => g.title),
    dimensionPeers: dimensionPeers.map((d) => ({
      name: dimensionNames[d.dimension],
      score: d.score,
      middles: d.groups.map((g) => (g.shown ? g.median : null)),
    })),
    plan: {
      progress: describeProgress(planProgress(plan, ukDay(new Date()))),
      // Summarised at the next check: what was finished between the last check and this one.
      finishedSincePrevious: previous?.submittedAt
        ? finishedBetween(plan, previous.submittedAt, result.submittedAt)
        : null,
    },
    matches,
    // Several people answered (decision 045): how many, and where they differ. Null for one.
    respondents: combined
      ? {
          count: combined.respondents,
          views: combined.views.map((v) => ({
            name: dimensionNames[v.dimension],
            lowest: v.lowest,
            highest: v.highest,
            differ: v.differ,
          })),
        }
      : null,
  };
}

const positionWords = {
  above: "Above the middle",
  below: "Below the middle",
  same: "The same as the middle",
} as const;

export default function ReadinessResults() {
  const r = useLoaderData<typeof loader>();
  const change = r.change;
  return (
    <>
      <PageHeading caption={`${r.organisationName}, ${formatDate(r.submittedAt)}`}>
        Your digital readiness results
      </PageHeading>
      {r.latestId && r.latestId !== r.id ? (
        <InsetText>
          This is an older result.{" "}
          <Link to={readinessPaths.result(r.latestId)}>See your latest result</Link>.
        </InsetText>
      ) : null}

      <div className="card score-summary">
        <h2 className="heading-s">Overall score</h2>
        <p className="body">
          <span className="stat">{r.overall} out of 100</span>
          <Tag>{r.band}</Tag>
        </p>
        <p className="body secondary">
          Bands: 0 to 25 Starting, 26 to 50 Developing, 51 to 75 Established, 76 to 100 Leading.
        </p>
      </div>

      {r.respondents ? (
        <section aria-labelledby="people-answered">
          <h2 className="heading-m" id="people-answered">
            {r.respondents.count} people answered
          </h2>
          <p className="body">
            {r.respondents.count} people in your business answered this check. Each score is their
            answers put together. Where their own scores are {r.differentViewsSpread} or more apart,
            they see that area differently: talk about it.
          </p>
          <Table
            caption="Where people see things differently"
            head={["Area", "Lowest score", "Highest score", "Seen differently?"]}
            numeric={[1, 2]}
            rows={r.respondents.views.map((v) => [
              v.name,
              v.lowest,
              v.highest,
              v.differ ? "Yes" : "No",
            ])}
          />
        </section>
      ) : null}

      <h2 className="heading-m">Your scores by area</h2>
      <div className="grid grid--2">
        <BarChart
          title="Your scores by area, out of 100"
          data={r.dimensions.map((d) => ({ label: d.name, value: d.score }))}
          max={100}
        />
        <Table
          caption="Scores by area"
          head={["Area", "Score out of 100", "Band"]}
          numeric={[1]}
          rows={r.dimensions.map((d) => [d.name, d.score, d.band])}
        />
      </div>

      <h2 className="heading-m">What to work on first</h2>
      {r.weakest.length === 0 ? (
        <p className="body">
          Every area is Leading. Keep it up, and take the check again in a year.
        </p>
      ) : (
        <>
          <p className="body">These are your lowest-scoring areas, with things you can do next.</p>
          {r.weakest.map((w) => (
            <section className="card" key={w.id} aria-labelledby={`weak-${w.id}`}>
              <h3 className="card__title" id={`weak-${w.id}`}>
                {w.name}: {w.score} out of 100
              </h3>
              <ul className="list">
                {w.recommendations.map((text) => (
                  <li key={text}>
                    {text}{" "}
                    <Link
                      className="no-print"
                      to={readinessPaths.planFrom({ title: text, dimension: w.id, checkId: r.id })}
                    >
                      Add to your plan<span className="visually-hidden">: {text}</span>
                    </Link>
                  </li>
                ))}
              </ul>
              {w.id === "workforce" && r.standards.length ? (
                <>
                  <h4 className="heading-s">
                    Apprenticeships that build these skills in your team
                  </h4>
                  <ul className="list">
                    {r.standards.map((a) => (
                      <li key={a.id}>
                        {a.name}, level {a.level}, usually about {a.months} months.{" "}
                        <Link className="no-print" to={newVacancyWithStandard(a.id)}>
                          Post this apprenticeship
                          <span className="visually-hidden">: {a.name}</span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                  <p className="body secondary">
                    From the national list of apprenticeship standards (Institute for
                    Apprenticeships and Technical Education).
                  </p>
                </>
              ) : null}
              <div className="no-print">
                <h4 className="heading-s">Get help on SkillsBridge</h4>
                <ul className="list">
                  {w.links.map((link) => (
                    <li key={link.href}>
                      <Link to={link.href}>{link.text}</Link>
                    </li>
                  ))}
                </ul>
              </div>
            </section>
          ))}
        </>
      )}

      <h2 className="heading-m">Your action plan</h2>
      <p className="body">
        {r.plan.progress}{" "}
        <Link to={readinessPaths.plan} className="no-print">
          See and change your plan
        </Link>
      </p>
      {r.plan.finishedSincePrevious !== null && r.previousDate ? (
        <p className="body">
          Since your last check on {formatDate(r.previousDate)}, you finished{" "}
          {r.plan.finishedSincePrevious} {r.plan.finishedSincePrevious === 1 ? "action" : "actions"}{" "}
          in your plan.
        </p>
      ) : null}

      {r.matches ? (
        <div className="no-print">
          <TopMatches matches={r.matches} headingLevel={2} />
        </div>
      ) : null}

      <h2 className="heading-m">How you compare with other firms</h2>
      <p className="body">
        We compare your overall score with the latest results of other firms. We only show a group
        when at least {MIN_PEER_GROUP} other firms are in it.
      </p>
      <Table
        caption="Your overall score compared with other firms"
        head={["Group", "Other firms", "Middle score", "Your score"]}
        numeric={[1, 2]}
        stacked
        rows={r.peers.map((g) =>
          g.shown
            ? [
                g.title,
                g.size,
                g.median,
                `${r.overall}: ${positionWords[g.position].toLowerCase()}, higher than ${g.percentBelow}% of them`,
              ]
            : [
                g.title,
                g.size >= 1 ? `Fewer than ${MIN_PEER_GROUP}` : "None yet",
                "Not shown",
                g.reason === smallGroupReason ? "Not shown" : g.reason,
              ],
        )}
      />
      {r.peers.some((g) => !g.shown && g.reason === smallGroupReason) ? (
        <p className="body">{smallGroupReason}</p>
      ) : null}
      <Table
        caption="Your score in each area and the middle score of other firms"
        head={["Area", "Your score", ...r.peerColumns.map((title) => title.replace(/:.*$/, ""))]}
        numeric={[1, ...r.peerColumns.map((_, i) => i + 2)]}
        stacked
        rows={r.dimensionPeers.map((d) => [
          d.name,
          d.score,
          ...d.middles.map((middle) => (middle === null ? "Not shown" : middle)),
        ])}
      />
      <p className="body secondary">
        The middle score (the median) is the score in the middle when all the firms are put in
        order. &quot;Not shown&quot; means fewer than {MIN_PEER_GROUP} other firms in that group
        have a score for that area.
      </p>

      <h2 className="heading-m">Change since your last check</h2>
      {change && r.previousDate ? (
        <>
          <p className="body">
            Your overall score went from {change.overall.before} to {change.overall.after} (
            {describeChange(change.overall.change).toLowerCase()}) since{" "}
            {formatDate(r.previousDate)}.
          </p>
          <Table
            caption={`Scores on ${formatDate(r.previousDate)} and ${formatDate(r.submittedAt)}`}
            head={["Area", "Last time", "This time", "Change"]}
            numeric={[1, 2]}
            stacked
            rows={[
              ...dimensionIds.map((d) => [
                dimensionNames[d],
                change[d].before,
                change[d].after,
                describeChange(change[d].change),
              ]),
              [
                "Overall",
                change.overall.before,
                change.overall.after,
                describeChange(change.overall.change),
              ],
            ]}
          />
        </>
      ) : (
        <p className="body">
          This is your first check. Take it again later to see what has changed.
        </p>
      )}

      <div className="no-print">
        <h2 className="heading-m">Save or print your results</h2>
        <ul className="list list--plain">
          <li>
            <a href={readinessPaths.download(r.id, "pdf")} download>
              Download a report of these results to print or share (PDF file)
            </a>
          </li>
          <li>
            <a href={readinessPaths.download(r.id, "csv")} download>
              Download your scores to open in a spreadsheet, such as Excel (CSV file)
            </a>
          </li>
          <li>
            <a href={readinessPaths.download(r.id, "json")} download>
              Download your answers and scores to keep or to move to another tool (JSON file)
            </a>
          </li>
          <li>
            <Link to={readinessPaths.history}>See all your results</Link>
          </li>
        </ul>
        <p className="body">
          To print, use your browser&apos;s print button. The printout leaves out menus and buttons.
        </p>

        <h2 className="heading-m">Take the check again</h2>
        <p className="body">
          A sent check does not change. To see how you have moved on, take the check again.
        </p>
        {r.inProgress ? (
          <Link to={readinessPaths.start} className="button button--secondary">
            Carry on with your new check
          </Link>
        ) : (
          <Form method="post" action={readinessPaths.start}>
            <button type="submit" className="button button--secondary">
              Take the check again
            </button>
          </Form>
        )}
      </div>
      <p className="body secondary">Question set version {r.bankVersion}.</p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
