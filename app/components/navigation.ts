import type { Role } from "~/auth/roles";

export type NavLink = { to: string; label: string };

// Navigation by role. Keep each list short: people who are not confident
// online need a few clear places to go.
const signedOut: NavLink[] = [
  { to: "/", label: "Home" },
  { to: "/apprenticeships", label: "Apprenticeships" },
  { to: "/sign-in", label: "Sign in" },
  { to: "/create-account", label: "Create an account" },
];

const byRole: Record<Role, NavLink[]> = {
  sme: [
    { to: "/", label: "Home" },
    { to: "/readiness", label: "Readiness check" },
    { to: "/mentors", label: "Mentors" },
    { to: "/offers", label: "Offers" },
    { to: "/mentoring", label: "Mentoring" },
    { to: "/postings", label: "Postings" },
    { to: "/requests", label: "Requests" },
  ],
  school: [
    { to: "/", label: "Home" },
    { to: "/placements", label: "Placements" },
    { to: "/apprenticeships", label: "Apprenticeships" },
    { to: "/requests", label: "Requests" },
  ],
  board: [
    { to: "/", label: "Home" },
    { to: "/board", label: "Board" },
    { to: "/mentoring", label: "Mentoring" },
  ],
  staff: [
    { to: "/", label: "Home" },
    { to: "/staff", label: "Staff" },
    { to: "/staff/verification", label: "Verification" },
    { to: "/staff/review", label: "Review postings" },
    { to: "/staff/insights", label: "Insights" },
    { to: "/staff/audit", label: "Audit" },
  ],
};

const always: NavLink[] = [
  { to: "/notifications", label: "Notifications" },
  { to: "/account", label: "Your account" },
];

export function navigationFor(role: Role | null): NavLink[] {
  return role ? [...byRole[role], ...always] : signedOut;
}
