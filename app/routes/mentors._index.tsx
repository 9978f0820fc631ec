import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading, Pagination, Tag } from "~/components/ui";
import { dimensionList, MatchListIntro, Reasons } from "~/mentoring/components";
import { readFilters } from "~/mentoring/filters";
import { listPage } from "~/forms/filter-response.server";
import { rankedListPage, rankedMentorsFor } from "~/mentoring/matches.server";
import { meetingFormatNames } from "~/mentoring/options";
import { localAuthorityName } from "~/organisations/reference-data";

export const meta: MetaFunction = () => [{ title: "Find a mentor - SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const { filters, values, problems } = readFilters(url);
  const isSme = user.role === "sme";
  const ranked = await rankedMentorsFor(isSme ? user.organisationId : null, filters);
  const { intro, page, pageCount, items } = rankedListPage(ranked, ranked.mentors, isSme, url);
  return listPage(
    {
      intro: { ...intro, values },
      page,
      pageCount,
      mentors: items.map(({ item, reasons, available }) => ({
        id: item.id,
        name: item.name,
        firm: item.firm,
        role: item.role,
        expertise: dimensionList(item.expertise),
        format: meetingFormatNames[item.format],
        place: localAuthorityName(item.localAuthority),
        reasons,
        available,
      })),
    },
    problems,
  );
}

export default function Mentors() {
  const { intro, page, pageCount, mentors, filterProblems } = useLoaderData<typeof loader>();
  const location = useLocation();
  return (
    <>
      <PageHeading>Find a mentor</PageHeading>
      <p className="lead">
        Mentors are people from the partnership&apos;s tech firms who give their time to help small
        businesses.
      </p>
      <MatchListIntro noun="mentor" {...intro} problems={filterProblems} />
      <ul className="card-list">
        {mentors.map((m) => (
          <li className="card" key={m.id}>
            <h3 className="card__title">
              <Link to={`/mentors/${m.id}`}>{m.name}</Link>
            </h3>
            <p className="body">
              {m.role}, {m.firm}
            </p>
            {!m.available ? <Tag colour="grey">Not available now</Tag> : null}
            <p className="secondary">
              Helps with: {m.expertise}. {m.format}
              {m.place ? `. Based in ${m.place}` : ""}.
            </p>
            <Reasons reasons={m.reasons} />
          </li>
        ))}
      </ul>
      <Pagination page={page} pageCount={pageCount} search={location.search} />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
