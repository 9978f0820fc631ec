// The life of an application once it is sent: the employer moves it along
// New → Reviewing → Interviewing → Offered → Hired, or ends it as
// Unsuccessful at any open step; the applicant can withdraw it while it is
// open. A draft is the applicant's alone until they send it.
import type { TagColour } from "~/components/ui";

export const applicationStates = [
  "draft",
  "new",
  "reviewing",
  "interviewing",
  "offered",
  "hired",
  "unsuccessful",
  "withdrawn",
] as const;
export type ApplicationState = (typeof applicationStates)[number];

/** The states an employer sees (a draft never reaches them), in the order of the journey. */
export const sentStates = [
  "new",
  "reviewing",
  "interviewing",
  "offered",
  "hired",
  "unsuccessful",
  "withdrawn",
] as const satisfies readonly ApplicationState[];
export type SentState = (typeof sentStates)[number];

export function isSentState(value: string): value is SentState {
  return (sentStates as readonly string[]).includes(value);
}

const employerMoves: Record<ApplicationState, readonly ApplicationState[]> = {
  draft: [],
  new: ["reviewing", "unsuccessful"],
  reviewing: ["interviewing", "unsuccessful"],
  interviewing: ["offered", "unsuccessful"],
  offered: ["hired", "unsuccessful"],
  hired: [],
  unsuccessful: [],
  withdrawn: [],
};

/** Where the employer can move an application from `from`. */
export function employerMovesFrom(from: ApplicationState): readonly ApplicationState[] {
  return employerMoves[from];
}

export function canEmployerMove(from: ApplicationState, to: ApplicationState): boolean {
  return employerMoves[from].includes(to);
}

/** Open: sent and not yet ended. Only an open application can be withdrawn. */
export function isOpen(state: ApplicationState): boolean {
  return (
    state === "new" || state === "reviewing" || state === "interviewing" || state === "offered"
  );
}

export const stateLabels: Record<ApplicationState, string> = {
  draft: "Not sent yet",
  new: "New",
  reviewing: "Reviewing",
  interviewing: "Interviewing",
  offered: "Offered",
  hired: "Hired",
  unsuccessful: "Unsuccessful",
  withdrawn: "Withdrawn",
};

export const stateColours: Record<ApplicationState, TagColour> = {
  draft: "grey",
  new: "blue",
  reviewing: "purple",
  interviewing: "yellow",
  offered: "green",
  hired: "green",
  unsuccessful: "red",
  withdrawn: "grey",
};

/** The button an employer presses to make each move. */
export const moveLabels: Partial<Record<ApplicationState, string>> = {
  reviewing: "Start reviewing",
  interviewing: "Invite to interview",
  offered: "Make an offer",
  hired: "Mark as hired",
  unsuccessful: "Mark as unsuccessful",
};

/** What the applicant is told, in plain words, when their application moves to each state. */
export function applicantMessageFor(
  state: ApplicationState,
  vacancy: { title: string; employer: string },
): string | null {
  const { title, employer } = vacancy;
  switch (state) {
    case "reviewing":
      return `${employer} has started to look at your application for ${title}.`;
    case "interviewing":
      return `Good news. ${employer} would like to interview you for ${title}. They will contact you to agree a time.`;
    case "offered":
      return `Good news. ${employer} would like to offer you the apprenticeship: ${title}. They will contact you about what happens next.`;
    case "hired":
      return `${employer} has marked you as hired for ${title}. Congratulations and good luck.`;
    case "unsuccessful":
      return `${employer} has decided not to take your application for ${title} further. Thank you for applying.`;
    case "draft":
    case "new":
    case "withdrawn":
      return null;
  }
}

/**
 * What the applicant's own page says about an application in each state: where
 * it stands now (the emails above say what just changed). Short words, for a
 * reading age of about 9.
 */
export function applicantStatusFor(state: ApplicationState, vacancy: { employer: string }): string {
  const { employer } = vacancy;
  switch (state) {
    case "draft":
      return "You have not sent it yet.";
    case "new":
      return `${employer} has it. They have not looked at it yet.`;
    case "reviewing":
      return `${employer} is looking at it now.`;
    case "interviewing":
      return `${employer} would like to meet you for an interview. They will get in touch to agree a time.`;
    case "offered":
      return `Good news: ${employer} would like to offer you the job. They will get in touch about what happens next.`;
    case "hired":
      return "You got the job. Well done, and good luck.";
    case "unsuccessful":
      return `${employer} will not take it further this time. Thank you for applying.`;
    case "withdrawn":
      return `You withdrew it. ${employer} has been told.`;
  }
}
