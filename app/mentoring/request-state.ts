// The life of a mentoring request (PRODUCT.md §3):
//
//   pending ──accept──▶ accepted ──end──▶ completed
//      ├──decline──▶ declined   (mentor, with a reason)
//      ├──cancel───▶ cancelled  (the SME)
//      └──expire───▶ expired    (the system, after 14 days with no answer)
//
// "accepted" is the active mentoring relationship. Every route that changes a
// request goes through `transition`, so the rules live in one place.

export const requestStates = [
  "pending",
  "accepted",
  "declined",
  "cancelled",
  "expired",
  "completed",
] as const;
export type RequestState = (typeof requestStates)[number];

export const requestEvents = ["accept", "decline", "cancel", "expire", "end"] as const;
export type RequestEvent = (typeof requestEvents)[number];

/** "system" is the scheduled clean-up, not a person. */
export type RequestActor = "sme" | "mentor" | "system";

export const requestStateNames: Record<RequestState, string> = {
  pending: "Waiting for an answer",
  accepted: "Active",
  declined: "Declined",
  cancelled: "Cancelled",
  expired: "Expired",
  completed: "Completed",
};

export const REQUEST_EXPIRY_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Final states never change again. */
export function isFinal(state: RequestState): boolean {
  return state !== "pending" && state !== "accepted";
}

/** When a request made at `createdAt` lapses if nobody answers it. */
export function expiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + REQUEST_EXPIRY_DAYS * DAY_MS);
}

/** A request has expired once a full 14 days have passed since it was sent. */
export function isExpired(createdAt: Date, now: Date): boolean {
  return now.getTime() >= expiresAt(createdAt).getTime();
}

const moves: Record<RequestEvent, { from: RequestState; to: RequestState }> = {
  accept: { from: "pending", to: "accepted" },
  decline: { from: "pending", to: "declined" },
  cancel: { from: "pending", to: "cancelled" },
  expire: { from: "pending", to: "expired" },
  end: { from: "accepted", to: "completed" },
};

const actors: Record<RequestEvent, readonly RequestActor[]> = {
  accept: ["mentor"],
  decline: ["mentor"],
  cancel: ["sme"],
  expire: ["system"],
  end: ["sme", "mentor"],
};

const wrongActor: Record<RequestEvent, string> = {
  accept: "Only the mentor can accept a request.",
  decline: "Only the mentor can decline a request.",
  cancel: "Only the firm that sent the request can cancel it.",
  expire: "Requests expire on their own after 14 days.",
  end: "Only the firm or the mentor can end mentoring.",
};

const reasonMissing: Partial<Record<RequestEvent, string>> = {
  decline: "Enter a reason for declining",
  end: "Enter a reason for ending mentoring",
};

/** Who may cause this event. */
export function whoCan(event: RequestEvent): readonly RequestActor[] {
  return actors[event];
}

/** The events this actor could use on a request in this state: the buttons to show. */
export function availableEvents(state: RequestState, actor: RequestActor): RequestEvent[] {
  return requestEvents.filter(
    (event) => moves[event].from === state && actors[event].includes(actor),
  );
}

export interface TransitionContext {
  actor: RequestActor;
  /** When the request was sent; a pending request past 14 days can no longer be answered. */
  createdAt: Date;
  now: Date;
  /** Required to decline and to end. */
  reason?: string | null;
}

export type TransitionResult = { ok: true; state: RequestState } | { ok: false; reason: string };

const refuse = (reason: string): TransitionResult => ({ ok: false, reason });

function wrongState(state: RequestState, event: RequestEvent): string {
  switch (state) {
    case "pending":
      return "Mentoring has not started yet.";
    case "accepted":
      return event === "accept" || event === "expire"
        ? "This request has already been accepted."
        : "Mentoring has already started. You can end it instead.";
    case "declined":
      return "This request was declined.";
    case "cancelled":
      return "This request was cancelled.";
    case "expired":
      return "This request has expired.";
    case "completed":
      return "This mentoring has already ended.";
  }
}

/** Apply an event to a request, or say in plain words why it cannot happen. */
export function transition(
  state: RequestState,
  event: RequestEvent,
  ctx: TransitionContext,
): TransitionResult {
  if (!actors[event].includes(ctx.actor)) return refuse(wrongActor[event]);

  const move = moves[event];
  if (state !== move.from) return refuse(wrongState(state, event));

  if (state === "pending") {
    // Expiry may be recorded late (the clean-up runs now and then), so the
    // clock, not the stored state, decides whether a request can still be answered.
    const lapsed = isExpired(ctx.createdAt, ctx.now);
    if (event === "expire" && !lapsed) {
      return refuse(`This request has not been waiting ${REQUEST_EXPIRY_DAYS} days yet.`);
    }
    if (event !== "expire" && lapsed) {
      return refuse(
        `This request has expired, as nobody answered it within ${REQUEST_EXPIRY_DAYS} days.`,
      );
    }
  }

  const missing = reasonMissing[event];
  if (missing && !ctx.reason?.trim()) return refuse(missing);

  return { ok: true, state: move.to };
}
