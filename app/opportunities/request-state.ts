// The life of a school's request for placement places (PRODUCT.md §2):
//
//   new ──view──▶ viewed
//    └──────┬───────┘
//           ├──accept──▶ accepted (all or some places) ──withdraw──▶ withdrawn
//           ├──decline─▶ declined (with a reason)
//           ├──withdraw▶ withdrawn (by the school, before the placement starts)
//           └──expire──▶ expired  (the placement closed or started unanswered)
//
// Every route that changes a request goes through `transitionRequest`.
// Capacity is checked separately by `canAccept`, because it depends on other
// requests: the route must call it inside the same database transaction that
// re-reads the places already accepted, so that two employers' clicks (or two
// tabs) can never fill more places than the placement has.
import { daysBetween, toCalendarDay, type DateLike } from "~/time/uk-time";

export const requestStates = [
  "new",
  "viewed",
  "accepted",
  "declined",
  "withdrawn",
  "expired",
] as const;
export type RequestState = (typeof requestStates)[number];

export const requestStateNames: Record<RequestState, string> = {
  new: "New",
  viewed: "Viewed",
  accepted: "Accepted",
  declined: "Declined",
  withdrawn: "Withdrawn by the school",
  expired: "Expired",
};

export function isRequestState(value: unknown): value is RequestState {
  return typeof value === "string" && (requestStates as readonly string[]).includes(value);
}

/** A state read from the database. Anything else there is a bug: fail loudly, never guess "new". */
export function requestStateOf(value: string): RequestState {
  if (isRequestState(value)) return value;
  throw new Error(`Unknown placement request state "${value}"`);
}

/** A request in one of these states will never change again. */
export function isFinal(state: RequestState): boolean {
  return state === "declined" || state === "withdrawn" || state === "expired";
}

export type RequestEvent =
  | { type: "view" }
  | { type: "accept"; placesAccepted: number; placesRequested: number }
  | { type: "decline"; reason: string | null | undefined }
  | { type: "withdraw"; placementStartDate: DateLike; today: Date }
  | { type: "expire" };

export type RequestTransitionResult =
  { ok: true; state: RequestState } | { ok: false; reason: string };

const refuse = (reason: string): RequestTransitionResult => ({ ok: false, reason });

const stateFacts: Record<RequestState, string> = {
  new: "This request has not been answered yet.",
  viewed: "This request has not been answered yet.",
  accepted: "This request has already been accepted.",
  declined: "This request has already been declined.",
  withdrawn: "The school has withdrawn this request.",
  expired: "This request has expired.",
};

const unanswered = (state: RequestState) => state === "new" || state === "viewed";

/** Apply an event to a request, or say in plain words why it cannot happen. */
export function transitionRequest(
  state: RequestState,
  event: RequestEvent,
): RequestTransitionResult {
  switch (event.type) {
    case "view":
      if (state === "new") return { ok: true, state: "viewed" };
      return refuse(
        state === "viewed" ? "This request has already been viewed." : stateFacts[state],
      );

    case "accept": {
      if (!unanswered(state)) return refuse(stateFacts[state]);
      const { placesAccepted, placesRequested } = event;
      if (!Number.isInteger(placesAccepted) || placesAccepted < 1)
        return refuse("Accept at least 1 place.");
      if (placesAccepted > placesRequested) {
        return refuse(
          `The school asked for ${placesText(placesRequested)}, so you can accept up to ${placesRequested}.`,
        );
      }
      return { ok: true, state: "accepted" };
    }

    case "decline":
      if (!unanswered(state)) return refuse(stateFacts[state]);
      if (!event.reason?.trim()) return refuse("Enter a reason for declining.");
      return { ok: true, state: "declined" };

    case "withdraw": {
      // A school may change its mind, even after acceptance, until the placement starts.
      if (!unanswered(state) && state !== "accepted") return refuse(stateFacts[state]);
      if (hasStarted(event.placementStartDate, event.today)) {
        return refuse("The placement has already started, so the request cannot be withdrawn.");
      }
      return { ok: true, state: "withdrawn" };
    }

    case "expire":
      if (!unanswered(state)) return refuse(stateFacts[state]);
      return { ok: true, state: "expired" };
  }
}

function placesText(places: number): string {
  return `${places} ${places === 1 ? "place" : "places"}`;
}

/** A placement has started on its first day. */
function hasStarted(startDate: DateLike, today: Date): boolean {
  const start = toCalendarDay(startDate);
  const day = toCalendarDay(today);
  return Boolean(start && day && daysBetween(start, day) >= 0);
}

/**
 * For the scheduled job: an unanswered request expires once its placement is
 * closed or has started, since the employer can no longer take the students.
 */
export function shouldExpireRequest(
  state: RequestState,
  placement: { closed: boolean; startDate: DateLike },
  today: Date,
): boolean {
  return unanswered(state) && (placement.closed || hasStarted(placement.startDate, today));
}

/** Said when accepts race for the last places: why, and what the employer can do instead. */
export const noPlacesLeftMessage =
  "There are no places left: other requests have taken them. Decline this request so the school knows.";

export type CapacityCheck = { ok: true; placesLeft: number } | { ok: false; reason: string };

/**
 * Whether `placesToAccept` more places fit in a placement of `capacity` places
 * with `alreadyAccepted` taken. On success, `placesLeft` is what remains after.
 */
export function canAccept(
  capacity: number,
  alreadyAccepted: number,
  placesToAccept: number,
): CapacityCheck {
  if (!Number.isInteger(placesToAccept) || placesToAccept < 1) {
    return { ok: false, reason: "Accept at least 1 place" };
  }
  const left = Math.max(0, capacity - alreadyAccepted);
  if (left === 0) return { ok: false, reason: noPlacesLeftMessage };
  if (placesToAccept > left) {
    return {
      ok: false,
      reason: left === 1 ? "Only 1 place is left" : `Only ${left} places are left`,
    };
  }
  return { ok: true, placesLeft: left - placesToAccept };
}

/** Attendance and feedback are recorded for accepted places once the placement is over. */
export function canRecordOutcome(
  state: RequestState,
  placementEndDate: DateLike,
  today: Date,
): boolean {
  const end = toCalendarDay(placementEndDate);
  const day = toCalendarDay(today);
  // "Over" means the last day has finished, so the day after the end date.
  return state === "accepted" && Boolean(end && day && daysBetween(end, day) > 0);
}
