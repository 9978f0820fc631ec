// What waits for someone, as the home page says it: a line per kind of thing
// with a count and a link to the list, or, when nothing waits, one next step.
// The counts come from waiting.server.ts; the words and the order live here.
import type { Role } from "~/auth/roles";
import { readinessPaths } from "~/readiness/paths";

/**
 * A count, or a count with a closer list than the kind's own: when everything
 * counted is on one record (one vacancy, one relationship), the line goes there.
 */
export type Count = number | { count: number; href: string };

export type WaitingCounts = {
  sme: {
    schoolRequests: number;
    newApplications: Count;
    attendanceToRecord: number;
    mentoringToLog: number;
    actionsDue: number;
  };
  school: { answersReceived: number; placementsComingUp: number; feedbackToGive: number };
  board: { mentoringRequests: number; sessionsComingUp: Count; offersFillingUp: number };
  staff: { postingsToReview: number; organisationsToVerify: number; concernsOpen: number };
};

export type WaitingLine = { text: string; href: string; count: number };
export type NextStep = { text: string; href: string; label: string };

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type Lines<R extends Role> = {
  [K in keyof WaitingCounts[R]]: { href: string; say: (n: number) => string };
};

const lines: { [R in Role]: Lines<R> } = {
  sme: {
    schoolRequests: {
      href: "/requests",
      say: (n) => `${count(n, "request", "requests")} from schools to answer`,
    },
    newApplications: {
      href: "/postings",
      say: (n) => `${count(n, "new application", "new applications")} to look at`,
    },
    attendanceToRecord: {
      href: "/requests",
      say: (n) => `${count(n, "placement", "placements")} to record attendance for`,
    },
    mentoringToLog: {
      href: "/mentoring",
      say: (n) =>
        `${count(n, "mentoring relationship", "mentoring relationships")} with no session logged for 4 weeks`,
    },
    actionsDue: {
      href: readinessPaths.plan,
      say: (n) => `${count(n, "action", "actions")} in your plan due or overdue`,
    },
  },
  school: {
    answersReceived: {
      href: "/requests",
      say: (n) => `${count(n, "answer", "answers")} from employers in the last 2 weeks`,
    },
    placementsComingUp: {
      href: "/requests",
      say: (n) => `${count(n, "placement", "placements")} coming up`,
    },
    feedbackToGive: {
      href: "/requests",
      say: (n) => `${count(n, "placement", "placements")} to give feedback on`,
    },
  },
  board: {
    mentoringRequests: {
      href: "/board",
      say: (n) => `${count(n, "mentoring request", "mentoring requests")} to answer`,
    },
    sessionsComingUp: {
      href: "/mentoring",
      say: (n) => `${count(n, "mentoring session", "mentoring sessions")} in the next 7 days`,
    },
    offersFillingUp: {
      href: "/board",
      say: (n) => `${count(n, "offer is", "offers are")} nearly full`,
    },
  },
  staff: {
    postingsToReview: {
      href: "/staff/review",
      say: (n) => `${count(n, "posting", "postings")} to review`,
    },
    organisationsToVerify: {
      href: "/staff/verification",
      say: (n) => `${count(n, "organisation", "organisations")} to check`,
    },
    concernsOpen: {
      href: "/staff/concerns",
      say: (n) => `${count(n, "placement concern", "placement concerns")} to look at`,
    },
  },
};

/** When nothing waits, the next useful thing to do. */
export const nextStepWhenClear: Record<Role, NextStep> = {
  sme: {
    text: "Nothing is waiting for you. You could book a free workshop for your team.",
    href: "/offers",
    label: "Find training",
  },
  school: {
    text: "Nothing is waiting for you. You could find work experience for your students.",
    href: "/placements",
    label: "Find work experience",
  },
  board: {
    text: "Nothing is waiting for you. You could add a workshop or clinic for local businesses.",
    href: "/board/offers/new",
    label: "Add an offer",
  },
  staff: {
    text: "Nothing is waiting for you. You could look at the regional insight.",
    href: "/staff/insights",
    label: "See regional insight",
  },
};

/** The lines for what waits (only those with a count), in the order above. */
export function waitingLines<R extends Role>(role: R, counts: WaitingCounts[R]): WaitingLine[] {
  const table = lines[role] as Record<string, { href: string; say: (n: number) => string }>;
  return Object.entries(table).flatMap(([key, line]) => {
    const found = (counts as Record<string, Count | undefined>)[key] ?? 0;
    const [n, href] = typeof found === "number" ? [found, line.href] : [found.count, found.href];
    return n > 0 ? [{ text: line.say(n), href, count: n }] : [];
  });
}

/** A nearly full offer: at least four fifths of its seats booked. */
export function isFillingUp(seats: number, booked: number): boolean {
  return seats > 0 && booked * 5 >= seats * 4;
}
