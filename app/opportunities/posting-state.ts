// The life of a posting, apprenticeship or placement alike (PRODUCT.md §2):
//
//   draft ──submit──▶ submitted ──approve──▶ live ──close / auto-close / take-down──▶ closed ──archive──▶ archived
//                        │  ▲                                                │
//          request-changes  submit                                 clone (a new draft)
//                        ▼  │
//                  changes-requested
//
// Every route that changes a posting's state goes through `transition`, so the
// rules live in one place. Reasons for changes and closures are recorded by
// the routes; this module only says which moves are allowed.

export const postingStates = [
  "draft",
  "submitted",
  "live",
  "changes-requested",
  "closed",
  "archived",
] as const;
export type PostingState = (typeof postingStates)[number];

export const postingEvents = [
  "submit",
  "approve",
  "request-changes",
  "close",
  "auto-close",
  "take-down",
  "archive",
] as const;
export type PostingEvent = (typeof postingEvents)[number];

/** Short labels for tags and filters. */
export const postingStateNames: Record<PostingState, string> = {
  draft: "Draft",
  submitted: "Waiting to be checked",
  live: "Live",
  "changes-requested": "Changes needed",
  closed: "Closed",
  archived: "Archived",
};

export function isPostingState(value: unknown): value is PostingState {
  return typeof value === "string" && (postingStates as readonly string[]).includes(value);
}

/** A state read from the database. Anything else there is a bug: fail loudly, never guess "draft". */
export function postingStateOf(value: string): PostingState {
  if (isPostingState(value)) return value;
  throw new Error(`Unknown posting state "${value}"`);
}

const moves: Record<PostingEvent, { from: readonly PostingState[]; to: PostingState }> = {
  submit: { from: ["draft", "changes-requested"], to: "submitted" },
  approve: { from: ["submitted"], to: "live" },
  "request-changes": { from: ["submitted"], to: "changes-requested" },
  // Only a live posting is closed: a draft or one waiting to be checked was
  // never seen by anyone, so there is nothing to close.
  close: { from: ["live"], to: "closed" },
  "auto-close": { from: ["live"], to: "closed" },
  // Partnership staff take a live posting down, with a reason (issue 13).
  "take-down": { from: ["live"], to: "closed" },
  archive: { from: ["closed"], to: "archived" },
};

const stateFacts: Record<PostingState, string> = {
  draft: "This posting is still a draft.",
  submitted: "This posting is waiting to be checked.",
  live: "This posting is live.",
  "changes-requested": "Changes have been asked for on this posting.",
  closed: "This posting is closed.",
  archived: "This posting is archived.",
};

const whatEventNeeds: Record<PostingEvent, string> = {
  submit: "Only a draft, or a posting with changes asked for, can be sent for checking.",
  approve: "Only a posting waiting to be checked can be approved.",
  "request-changes": "Only a posting waiting to be checked can be sent back for changes.",
  close: "Only a live posting can be closed.",
  "auto-close": "Only a live posting can be closed.",
  "take-down": "Only a live posting can be taken down.",
  archive: "Only a closed posting can be archived.",
};

function refusalReason(state: PostingState, event: PostingEvent): string {
  // Doing the same thing twice (say, two staff approving at once) gets a short answer.
  if (state === moves[event].to) {
    switch (state) {
      case "submitted":
        return "This posting has already been sent for checking.";
      case "live":
        return "This posting is already live.";
      case "changes-requested":
        return "Changes have already been asked for on this posting.";
      case "closed":
        return "This posting is already closed.";
      case "archived":
        return "This posting is already archived.";
      case "draft":
        break; // no event leads back to a draft
    }
  }
  return `${stateFacts[state]} ${whatEventNeeds[event]}`;
}

export type TransitionResult = { ok: true; state: PostingState } | { ok: false; reason: string };

/** Apply an event to a posting, or say in plain words why it cannot happen. */
export function transition(state: PostingState, event: PostingEvent): TransitionResult {
  const move = moves[event];
  if (!move.from.includes(state)) return { ok: false, reason: refusalReason(state, event) };
  return { ok: true, state: move.to };
}

/** The events that could happen to a posting in this state: the buttons a page may offer. */
export function availableEvents(state: PostingState): PostingEvent[] {
  return postingEvents.filter((event) => moves[event].from.includes(state));
}

/** Only a posting nobody has seen yet can be edited; a live one is closed and cloned instead. */
export function canEdit(state: PostingState): boolean {
  return state === "draft" || state === "changes-requested";
}

/** A closed posting is republished by copying it into a new draft. */
export function canClone(state: PostingState): boolean {
  return state === "closed" || state === "archived";
}

/** What happens next, for the "My postings" page. */
export function nextStepText(state: PostingState): string {
  switch (state) {
    case "draft":
      return "Finish it and send it for checking";
    case "submitted":
      return "Waiting for partnership staff to check it";
    case "changes-requested":
      return "Make the changes asked for, then send it again";
    case "live":
      return "Live: people can see it now";
    case "closed":
      return "Closed. You can copy it to post it again";
    case "archived":
      return "Archived. You can copy it to post it again";
  }
}
