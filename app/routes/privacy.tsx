import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { describeLifetime } from "~/auth/token-lifetimes";
import { env } from "~/env.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading } from "~/components/ui";

export const meta: MetaFunction = () => [
  { title: "Privacy notice - SkillsBridge" },
  {
    name: "description",
    content: "What SkillsBridge keeps about you, why, for how long, and your rights.",
  },
];

// The retention the housekeeping job applies is a setting, so the notice reads it.
export function loader() {
  return {
    applicationMonths: env.APPLICATION_RETENTION_MONTHS,
    confirmLifetime: describeLifetime("search-alert-confirm"),
  };
}

export default function Privacy() {
  const { applicationMonths, confirmLifetime } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading>Privacy notice</PageHeading>
      <p className="body">
        SkillsBridge is run by the West Midlands Digital Skills Partnership. This notice says what
        we keep about you and why.
      </p>
      <h2 className="heading-m">What we keep</h2>
      <ul className="list">
        <li>
          your name, your email address and a scrambled copy of your password that cannot be turned
          back (we never see your password)
        </li>
        <li>your organisation&apos;s name, area, postcode and type</li>
        <li>
          what your organisation does on SkillsBridge, such as checks, posts, requests and mentoring
        </li>
      </ul>
      <p className="body">We never ask for the names or personal details of school students.</p>
      <h2 className="heading-m">Why we keep it</h2>
      <p className="body">
        To run the service for you. And to show the partnership how digital skills are changing in
        the region. Our figures never show a group of fewer than 5 firms or schools, so no one of
        them can be picked out.
      </p>
      <h2 className="heading-m">How long we keep it</h2>
      <ul className="list">
        <li>until you delete your account</li>
        <li>accounts that are never confirmed are deleted after 30 days</li>
        <li>sign-in sessions end after 30 days without use</li>
      </ul>
      <h2 className="heading-m">The record of who did what</h2>
      <p className="body">
        We keep a record of changes to who can do what. For example: invites, people who join or
        leave, staff checks and what staff decide, accounts staff stop, and staff sign-ins. Each
        entry shows who did it (their email address), what they did, to whom and when, and any
        reason they gave.
      </p>
      <p className="body">
        We keep it so that the partnership can show who let an organisation reach schools, and why.
        Nobody can change or delete these entries, so they stay when an account is deleted. Only
        partnership staff can read them.
      </p>
      <h2 className="heading-m">When you delete your account</h2>
      <p className="body">
        The other side keeps its own record. You cannot take it away from them, but your name and
        your ways to be contacted go.
      </p>
      <ul className="list">
        <li>
          Mentoring stays for the other side, with what both of you wrote. It then says &quot;a
          former mentor&quot; or &quot;a former business&quot;, not your name. Sessions still to
          come are cancelled, and the other side gets the cancellation.
        </li>
        <li>
          Placement requests stay for the other side: the places, the dates, the answers, the
          messages and their own feedback. They then say &quot;a former school&quot; or &quot;a
          former employer&quot;.
        </li>
        <li>
          If the last person at an employer leaves, its placements close and requests still waiting
          are turned down. We tell the schools. We delete the names, emails and phone numbers of its
          contacts, and the workplace address. A placement no school asked about is deleted.
        </li>
        <li>
          If the last person at a school leaves, its requests still waiting are withdrawn. So are
          places for placements that have not started yet, and we tell the employer. The phone
          number the school gave goes.
        </li>
        <li>
          Bookings on upskilling offers stay for the other side. If the last person at a board firm
          leaves, its offers close, and bookings for ones still to come are cancelled. We tell the
          people who booked. If a business leaves, the firm keeps the booking, from &quot;a former
          business&quot;, and gets its seats back.
        </li>
        <li>Invitations sent to your email address, used or not, are deleted.</li>
        <li>
          If the last person at an employer leaves, its apprenticeships are deleted, with the
          applications and CVs sent to them. We email each person whose application was still open,
          or who was hired.
        </li>
      </ul>

      <h2 className="heading-m">If you apply for an apprenticeship</h2>
      <p className="body">
        We keep your email address and your answers. Only the employer you apply to sees them. Our
        reports only count them. You can see, take back or delete what you sent at any time from{" "}
        <Link to="/applications">your applications</Link>.
      </p>
      <p className="body">
        If you add a CV, only that employer can download it. We delete your application, your CV and
        your links {applicationMonths} months after the apprenticeship closes. You can delete them
        sooner yourself.
      </p>
      <h2 className="heading-m">If you ask us to email you new apprenticeships</h2>
      <p className="body">
        We keep your email address and the search you saved. We use them only to send you new
        apprenticeships that match. Each email has a link to stop them, and stopping deletes your
        search and your address. If you do not use the link in our first email within{" "}
        {confirmLifetime}, we delete them.
      </p>
      <h2 className="heading-m">Your rights</h2>
      <p className="body">
        You can <Link to="/account">download your data or delete your account</Link> at any time
        from your account page. You can also ask us to put right anything that is wrong. Email{" "}
        <a href="mailto:privacy@skillsbridge.test">privacy@skillsbridge.test</a>.
      </p>
      <p className="body">
        If you are not happy with how we use your data, you can complain to the Information
        Commissioner&apos;s Office (ICO).
      </p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
