import type { SessionUser } from "~/auth/session.server";
import { waitingFor } from "~/home/waiting.server";
import { staffHomeSteps } from "~/insights/overview.server";
import { topMatchesFor } from "~/mentoring/matches.server";
import { readinessSummary } from "~/readiness/checks.server";
import { readinessPaths } from "~/readiness/paths";
import { readinessPrompt } from "~/readiness/reminders";
import type { HomeStep, RoleHome } from "./route";

// What each kind of user should do next. Later features add their own steps.
const stepsByRole: Record<SessionUser["role"], HomeStep[]> = {
  sme: [
    {
      title: "Digital readiness check",
      text: "See how digital your business is, and what to do next.",
      href: "/readiness",
    },
    {
      title: "Find a mentor",
      text: "Get help from people at the region's tech firms, matched to your gaps.",
      href: "/mentors",
    },
    {
      title: "Find training and workshops",
      text: "Book free places on workshops, clinics and courses.",
      href: "/offers",
    },
    {
      title: "Post an apprenticeship or placement",
      text: "Offer apprenticeships and work experience, and see where each posting is up to.",
      href: "/postings",
    },
    {
      title: "Requests from schools",
      text: "Answer schools that have asked for places on your placements.",
      href: "/requests",
    },
    { title: "Your account", text: "Check your details and invite colleagues.", href: "/account" },
  ],
  school: [
    {
      title: "Find work experience",
      text: "Search placements at local businesses and ask for places for your students.",
      href: "/placements",
    },
    {
      title: "Your requests",
      text: "See what employers said about the places you asked for.",
      href: "/requests",
    },
    {
      title: "Apprenticeships",
      text: "Share local apprenticeships with students who are leaving.",
      href: "/apprenticeships",
    },
    {
      title: "Your account",
      text: "Check your school's details and invite colleagues.",
      href: "/account",
    },
  ],
  board: [
    {
      title: "Your mentor profile",
      text: "Tell businesses how you can help, and how many you can mentor.",
      href: "/board/profile",
    },
    {
      title: "Your board page",
      text: "Answer mentoring requests, add offers and see where the gaps are.",
      href: "/board",
    },
    {
      title: "Your account",
      text: "Check your details and invite colleagues from your firm.",
      href: "/account",
    },
  ],
  staff: [{ title: "Your account", text: "Check your details.", href: "/account" }],
};

/** The SME's latest readiness result, and a nudge when a check is unfinished or out of date. */
async function readinessHome(
  organisationId: string,
  now: Date,
): Promise<NonNullable<RoleHome["readiness"]>> {
  const summary = await readinessSummary(organisationId);
  return {
    latest: summary.latest
      ? {
          href: readinessPaths.result(summary.latest.id),
          overall: summary.latest.overall,
          band: summary.latest.band,
          submittedAt: summary.latest.submittedAt,
        }
      : null,
    prompt: readinessPrompt(summary, now),
  };
}

export async function homeFor(user: SessionUser, now = new Date()): Promise<RoleHome> {
  return {
    waiting: await waitingFor(user, now),
    readiness: user.role === "sme" ? await readinessHome(user.organisationId, now) : undefined,
    matches:
      user.role === "sme"
        ? await topMatchesFor(user.organisationId, { mentors: 3, offers: 3 }, now)
        : undefined,
    role: user.role,
    firstName: user.name.split(" ")[0] ?? user.name,
    organisationName: user.organisation.name,
    emailConfirmed: Boolean(user.emailConfirmedAt),
    verificationStatus: user.organisation.verificationStatus,
    nextSteps:
      user.role === "staff"
        ? [...(await staffHomeSteps()), ...stepsByRole.staff]
        : stepsByRole[user.role],
  };
}
