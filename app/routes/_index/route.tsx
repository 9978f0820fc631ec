import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getUser, requireUser } from "~/auth/session.server";
import type { Role } from "~/auth/roles";
import type { Waiting } from "~/home/waiting.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { TopMatches, type MatchesData } from "~/components/matches";
import { NotificationBanner, PageHeading, Tag } from "~/components/ui";
import { homeFor } from "./home.server";
import { formatDate } from "~/time/format";

export const meta: MetaFunction = () => [
  { title: "SkillsBridge - West Midlands Digital Skills Partnership" },
  {
    name: "description",
    content:
      "Free help for West Midlands firms to grow digital skills: check how digital you are, post apprenticeships, and find mentors and training.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await getUser(request))) return { home: null };
  // requireUser: staff who have not set up two-step sign-in are sent to do it first.
  return { home: await homeFor(await requireUser(request)) };
}

export default function Index() {
  const { home } = useLoaderData<typeof loader>();
  if (!home) return <Welcome />;
  return (
    <>
      <PageHeading caption={home.organisationName}>Hello, {home.firstName}</PageHeading>
      {!home.emailConfirmed ? (
        <NotificationBanner title="Confirm your email address">
          <p className="banner__heading">
            Open the link we emailed you to confirm your email address.
          </p>
          <p className="body">
            Until then you can look around, but you cannot post, request, book or send messages.{" "}
            <Link to="/account">Send the link again</Link>.
          </p>
        </NotificationBanner>
      ) : null}
      {home.verificationStatus !== "verified" && home.role !== "staff" ? (
        <p className="body">
          The partnership team has not checked your organisation yet. We will let you know when it
          is done.
        </p>
      ) : null}
      <WaitingForYou waiting={home.waiting} />
      {home.readiness ? <ReadinessCard readiness={home.readiness} /> : null}
      {home.matches ? <TopMatches matches={home.matches} /> : null}
      <h2 className="heading-m">What to do next</h2>
      <ul className="card-list">
        {home.nextSteps.map((step) => (
          <li className="card" key={step.href}>
            <h3 className="card__title">
              <Link to={step.href}>{step.title}</Link>
            </h3>
            <p className="body">{step.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** What needs this person first: counts that link to their lists, or the next step when nothing waits. */
function WaitingForYou({ waiting }: { waiting: Waiting }) {
  return (
    <section aria-labelledby="waiting-title">
      <h2 className="heading-m" id="waiting-title">
        What needs you
      </h2>
      {waiting.nextStep ? (
        <>
          <p className="body">{waiting.nextStep.text}</p>
          <p className="body">
            <Link to={waiting.nextStep.href} className="button button--secondary">
              {waiting.nextStep.label}
            </Link>
          </p>
        </>
      ) : (
        <ul className="list">
          {waiting.lines.map((line) => (
            <li key={line.text}>
              <Link to={line.href}>{line.text}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReadinessCard({ readiness }: { readiness: NonNullable<RoleHome["readiness"]> }) {
  return (
    <section className="card" aria-labelledby="readiness-home-title">
      <h2 className="card__title" id="readiness-home-title">
        Your digital readiness
      </h2>
      {readiness.latest ? (
        <p className="body">
          Latest result, {formatDate(readiness.latest.submittedAt)}:{" "}
          <strong>{readiness.latest.overall} out of 100</strong> <Tag>{readiness.latest.band}</Tag>{" "}
          <Link to={readiness.latest.href}>See your results</Link>
        </p>
      ) : null}
      {readiness.prompt ? (
        <>
          <p className="body">{readiness.prompt.text}</p>
          <Link to={readiness.prompt.href} className="button button--secondary">
            {readiness.prompt.label}
          </Link>
        </>
      ) : null}
    </section>
  );
}

function Welcome() {
  return (
    <>
      <PageHeading>Digital skills for West Midlands firms</PageHeading>
      <p className="lead">
        SkillsBridge helps small firms, schools and big tech firms work together on digital skills.
      </p>
      <div className="grid grid--3">
        <section className="card">
          <h2 className="card__title">For small firms</h2>
          <p className="body">
            See how digital your firm is. Post apprenticeships and work experience. Find a mentor.
          </p>
        </section>
        <section className="card">
          <h2 className="card__title">For schools and colleges</h2>
          <p className="body">
            Find work experience and apprenticeships for your students, and ask for places.
          </p>
        </section>
        <section className="card">
          <h2 className="card__title">For partnership firms</h2>
          <p className="body">Mentor small firms and run training where the skills gaps are.</p>
        </section>
      </div>
      <p className="body">
        <Link to="/create-account" className="button button--primary">
          Create an account
        </Link>
      </p>
      <p className="body">
        Already have an account? <Link to="/sign-in">Sign in</Link>.
      </p>
    </>
  );
}

export type HomeStep = { title: string; text: string; href: string };
export type RoleHome = {
  role: Role;
  waiting: Waiting;
  firstName: string;
  organisationName: string;
  emailConfirmed: boolean;
  verificationStatus: string;
  nextSteps: HomeStep[];
  /** SMEs only: the latest readiness result and what to do about the check. */
  readiness?: {
    latest: { href: string; overall: number; band: string; submittedAt: Date } | null;
    prompt: { text: string; href: string; label: string } | null;
  };
  /** SMEs only: mentors and offers matched to the gaps in the latest result. */
  matches?: MatchesData;
};

export const ErrorBoundary = GeneralErrorBoundary;
