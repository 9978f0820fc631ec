import type { Role } from "~/auth/roles";

export type NavLink = { to: string; label: string };

// Navigation by role. Keep each list short: people who are not confident
// online need a few clear places to go. Each label is the start of the title
// of the page it opens (e2e/phone-menu.spec.ts holds them to it), so people know
// they arrived where they meant to go (words of its title or heading).
const signedOut: NavLink[] = [
  { to: "/", label: "Home" },
  { to: "/apprenticeships", label: "Find an apprenticeship" },
];

const signedOutAccount: NavLink[] = [
  { to: "/sign-in", label: "Sign in" },
  { to: "/create-account", label: "Create an account" },
];

const byRole: Record<Role, NavLink[]> = {
  sme: [
    { to: "/", label: "Home" },
    { to: "/readiness", label: "Readiness check" },
    { to: "/mentors", label: "Find a mentor" },
    { to: "/offers", label: "Find training" },
    { to: "/mentoring", label: "Mentoring" },
    { to: "/postings", label: "Your postings" },
    { to: "/requests", label: "Requests" },
  ],
  school: [
    { to: "/", label: "Home" },
    { to: "/placements", label: "Find work experience" },
    { to: "/apprenticeships", label: "Find an apprenticeship" },
    { to: "/requests", label: "Your requests" },
  ],
  board: [
    { to: "/", label: "Home" },
    { to: "/board", label: "Your board page" },
    { to: "/mentoring", label: "Mentoring" },
  ],
  staff: [
    { to: "/", label: "Home" },
    { to: "/staff", label: "Staff" },
    { to: "/staff/verification", label: "Check organisations" },
    { to: "/staff/review", label: "Review postings" },
    { to: "/staff/insights", label: "Regional insight" },
    { to: "/staff/audit", label: "Audit trail" },
  ],
};

const signedInAccount: NavLink[] = [
  { to: "/notifications", label: "Notifications" },
  { to: "/account", label: "Your account" },
];

/** The service's places for this person (the menu's first list). */
export function navigationFor(role: Role | null): NavLink[] {
  return role ? byRole[role] : signedOut;
}

/** The person's own links (on a desktop at the header's right; Sign out follows when signed in). */
export function accountNavigationFor(role: Role | null): NavLink[] {
  return role ? signedInAccount : signedOutAccount;
}
