// The main pages the reading-age check reads (app/reading-age.test.ts). Add a
// page here and it is checked. `:mentor`, `:offer`, `:apprenticeship`,
// `:placement`, `:placementdraft`, `:vacancydraft` and `:result` stand for the
// ids of the rows the test makes.
export type Reader = "anyone" | "sme" | "school" | "board" | "staff";

export interface ReadPage {
  path: string;
  as: Reader;
}

export const readingAgePages: readonly ReadPage[] = [
  // Anyone
  { path: "/", as: "anyone" },
  { path: "/apprenticeships", as: "anyone" },
  { path: "/apprenticeships/:apprenticeship", as: "anyone" },
  { path: "/sign-in", as: "anyone" },
  { path: "/create-account", as: "anyone" },
  { path: "/forgot-password", as: "anyone" },
  { path: "/accessibility", as: "anyone" },
  { path: "/privacy", as: "anyone" },
  { path: "/cookies", as: "anyone" },
  // A business
  { path: "/", as: "sme" },
  { path: "/readiness", as: "sme" },
  { path: "/readiness/results/:result", as: "sme" },
  { path: "/readiness/plan", as: "sme" },
  { path: "/readiness/history", as: "sme" },
  { path: "/mentors", as: "sme" },
  { path: "/mentors/:mentor", as: "sme" },
  { path: "/offers", as: "sme" },
  { path: "/offers/:offer", as: "sme" },
  { path: "/mentoring", as: "sme" },
  { path: "/postings", as: "sme" },
  { path: "/postings/apprenticeships/new", as: "sme" },
  { path: "/postings/apprenticeships/drafts/:vacancydraft", as: "sme" },
  ...["job", "training", "pay", "dates", "skills", "apply", "check", "preview"].map((page) => ({
    path: `/postings/apprenticeships/drafts/:vacancydraft/${page}`,
    as: "sme" as const,
  })),
  { path: "/postings/placements/new", as: "sme" },
  { path: "/postings/placements/drafts/:placementdraft", as: "sme" },
  { path: "/postings/placements/drafts/:placementdraft/dates", as: "sme" },
  { path: "/postings/placements/drafts/:placementdraft/contact", as: "sme" },
  { path: "/postings/placements/drafts/:placementdraft/check", as: "sme" },
  { path: "/postings/placements/drafts/:placementdraft/preview", as: "sme" },
  { path: "/requests", as: "sme" },
  { path: "/account", as: "sme" },
  { path: "/saved-searches", as: "sme" },
  { path: "/notifications", as: "sme" },
  // A school
  { path: "/", as: "school" },
  { path: "/placements", as: "school" },
  { path: "/placements/:placement", as: "school" },
  { path: "/requests", as: "school" },
  // A board member
  { path: "/", as: "board" },
  { path: "/board", as: "board" },
  { path: "/board/offers/new", as: "board" },
  { path: "/mentoring", as: "board" },
  // Staff
  { path: "/staff", as: "staff" },
  { path: "/staff/verification", as: "staff" },
  { path: "/staff/review", as: "staff" },
  { path: "/staff/insights", as: "staff" },
  { path: "/staff/audit", as: "staff" },
  { path: "/staff/concerns", as: "staff" },
  { path: "/staff/users", as: "staff" },
];

/**
 * Pages known to read above the limit, written as "as path". Rewrite one, take
 * it off this list; the check fails when a page on it passes, so the list
 * only shrinks.
 */
export const knownTooHard: ReadonlySet<string> = new Set<string>([]);

export const pageName = (page: ReadPage) => `${page.as} ${page.path}`;
