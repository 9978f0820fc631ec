import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading, Pagination, Tag } from "~/components/ui";
import { dimensionList, MatchListIntro, Reasons } from "~/mentoring/components";
import { readFilters } from "~/mentoring/filters";
import { listPage } from "~/forms/filter-response.server";
import { seatsLeft } from "~/mentoring/limits";
import { rankedListPage, rankedOffersFor } from "~/mentoring/matches.server";
import { meetingFormatNames, offerKindName } from "~/mentoring/options";
import { formatDate } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Find training and workshops - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const { filters, values, problems } = readFilters(url);
  const isSme = user.role === "sme";
  const ranked = await rankedOffersFor(isSme ? user.organisationId : null, new Date(), filters);
  const { intro, page, pageCount, items } = rankedListPage(ranked, ranked.offers, isSme, url);
  return listPage(
    {
      intro: { ...intro, values },
      page,
      pageCount,
      offers: items.map(({ item, reasons, available }) => ({
        id: item.id,
        title: item.title,
        firm: item.firm,
        kind: offerKindName(item.kind),
        when: item.startsAt ? formatDate(item.startsAt) : "Any time",
        format: meetingFormatNames[item.format],
        dimensions: dimensionList(item.dimensions),
        left: seatsLeft(item.seats, item.seatsBooked),
        reasons,
        available,
      })),
    },
    problems,
  );
}

export default function Offers() {
  const { intro, page, pageCount, offers, filterProblems } = useLoaderData<typeof loader>();
  const location = useLocation();
  return (
    <>
      <PageHeading>Find training and workshops</PageHeading>
      <p className="lead">
        Free workshops, clinics, short courses and resources from the partnership&apos;s tech firms.
      </p>
      <MatchListIntro noun="offer" {...intro} problems={filterProblems} />
      <ul className="card-list">
        {offers.map((o) => (
          <li className="card" key={o.id}>
            <h3 className="card__title">
              <Link to={`/offers/${o.id}`}>{o.title}</Link>
            </h3>
            <p className="body">
              {o.kind} by {o.firm}. {o.when}. {o.format}.
            </p>
            {!o.available ? <Tag colour="grey">Not bookable</Tag> : null}
            <p className="secondary">Helps with: {o.dimensions}.</p>
            <Reasons reasons={o.reasons} />
          </li>
        ))}
      </ul>
      <Pagination page={page} pageCount={pageCount} search={location.search} />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
