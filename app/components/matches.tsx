import { Link } from "@remix-run/react";

// The best mentors and offers for an SME's gaps (from topMatchesFor in
// ~/mentoring/matches.server), for the readiness results page and the SME home page.

export type MatchesData = {
  needsCheck: boolean;
  mentors: { id: string; name: string; firm: string; reasons: string[] }[];
  offers: { id: string; title: string; firm: string; reasons: string[] }[];
};

export function TopMatches({
  matches,
  headingLevel = 2,
}: {
  matches: MatchesData;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  if (matches.needsCheck) return null;
  return (
    <section aria-labelledby="top-matches-heading">
      <Heading className="heading-m" id="top-matches-heading">
        Help with your gaps
      </Heading>
      <div className="grid grid--2">
        <div>
          <Sub className="heading-s">Mentors for you</Sub>
          {matches.mentors.length === 0 ? (
            <p className="body">
              No mentors have space right now. <Link to="/mentors">See all mentors</Link>.
            </p>
          ) : (
            <ul className="card-list">
              {matches.mentors.map((m) => (
                <li className="card" key={m.id}>
                  <p className="card__title">
                    <Link to={`/mentors/${m.id}`}>{m.name}</Link>
                  </p>
                  <p className="secondary">{m.firm}</p>
                  {m.reasons[0] ? <p className="body">{m.reasons[0]}</p> : null}
                </li>
              ))}
            </ul>
          )}
          <p className="body">
            <Link to="/mentors">All mentors</Link>
          </p>
        </div>
        <div>
          <Sub className="heading-s">Training for you</Sub>
          {matches.offers.length === 0 ? (
            <p className="body">
              No training has seats right now. <Link to="/offers">See all offers</Link>.
            </p>
          ) : (
            <ul className="card-list">
              {matches.offers.map((o) => (
                <li className="card" key={o.id}>
                  <p className="card__title">
                    <Link to={`/offers/${o.id}`}>{o.title}</Link>
                  </p>
                  <p className="secondary">{o.firm}</p>
                  {o.reasons[0] ? <p className="body">{o.reasons[0]}</p> : null}
                </li>
              ))}
            </ul>
          )}
          <p className="body">
            <Link to="/offers">All offers</Link>
          </p>
        </div>
      </div>
    </section>
  );
}
