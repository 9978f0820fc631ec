// Limits on mentoring requests and bookings (PRODUCT.md §3). Pure checks that
// return a plain-English reason; the database write must still guard the same
// limit (a conditional update) so two clicks at once cannot break it.

export type LimitCheck = { ok: true } | { ok: false; reason: string };

const allowed: LimitCheck = { ok: true };
const refuse = (reason: string): LimitCheck => ({ ok: false, reason });

/** An SME may have at most this many requests waiting for an answer. */
export const MAX_PENDING_REQUESTS_PER_SME = 3;

/** Places a mentor has free; never negative, even if capacity was lowered below the active count. */
export function spareCapacity(capacity: number, activeCount: number): number {
  return Math.max(0, capacity - activeCount);
}

/** Seats still free on an offer; never negative. */
export function seatsLeft(seats: number, seatsBooked: number): number {
  return Math.max(0, seats - seatsBooked);
}

export interface SendRequestInput {
  /** Requests this SME has waiting for an answer now (not counting the new one). */
  pendingCount: number;
  /** The mentor belongs to the SME's own organisation. */
  mentorIsSelfOrg: boolean;
  mentorTakingRequests: boolean;
  mentorVerified: boolean;
  alreadyPendingWithThisMentor: boolean;
  /** The mentor's spare capacity: capacity minus active relationships. */
  mentorSpare: number;
}

/**
 * Can this SME send a new request to this mentor? The most specific reason
 * comes first, so the message tells the user what to do about it.
 */
export function canSendRequest(input: SendRequestInput): LimitCheck {
  if (input.mentorIsSelfOrg) {
    return refuse("You cannot send a request to someone in your own organisation.");
  }
  if (!input.mentorVerified) {
    return refuse("This mentor is not available.");
  }
  if (input.alreadyPendingWithThisMentor) {
    return refuse("You have already sent this mentor a request. Wait for their answer.");
  }
  if (input.pendingCount >= MAX_PENDING_REQUESTS_PER_SME) {
    return refuse(
      `You already have ${MAX_PENDING_REQUESTS_PER_SME} requests waiting for an answer. Wait for an answer or cancel one first.`,
    );
  }
  if (!input.mentorTakingRequests) {
    return refuse("This mentor is not taking new requests at the moment.");
  }
  if (input.mentorSpare <= 0) {
    return refuse("This mentor is full at the moment.");
  }
  return allowed;
}

const firms = (count: number) => (count === 1 ? "1 firm" : `${count} firms`);

/** Can a mentor accept one more firm? A mentor never goes over capacity. */
export function canAcceptRequest(capacity: number, activeCount: number): LimitCheck {
  if (activeCount < capacity) return allowed;
  // The count can be above the limit if the mentor lowered it while mentoring.
  const limit =
    activeCount === capacity ? ", which is your limit" : ` and your limit is ${capacity}`;
  return refuse(
    `You are already mentoring ${firms(activeCount)}${limit}. Raise your limit or end a relationship first.`,
  );
}

/** Can this many seats be booked on an offer? An offer is never overbooked. */
export function canBookSeats(seats: number, seatsBooked: number, requested: number): LimitCheck {
  const left = seatsLeft(seats, seatsBooked);
  if (left === 0) return refuse("This offer is full.");
  if (!Number.isInteger(requested) || requested < 1) return refuse("Choose at least 1 seat.");
  if (requested > left) {
    return refuse(left === 1 ? "Only 1 seat is left." : `Only ${left} seats are left.`);
  }
  return allowed;
}
