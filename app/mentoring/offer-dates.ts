// When an offer can be published. A dated offer that has already started is no
// use to a business that finds it now, so it cannot be published (issue 17).

/** Filed under the start date, whose day box the error summary links to. */
export const STARTED_MESSAGE = "Start date and time must be in the future";

/** True when a dated offer starts at or before `now`; on-demand offers never have. */
export function hasStarted(offer: { schedule: string; startsAt: Date | null }, now: Date): boolean {
  return (
    offer.schedule === "dated" &&
    offer.startsAt !== null &&
    offer.startsAt.getTime() <= now.getTime()
  );
}

/** The flash after publishing: the truth about who can see it yet. */
export function publishedMessage(title: string, firmVerified: boolean): string {
  return firmVerified
    ? `Your offer "${title}" has been published.`
    : `Your offer "${title}" is saved. Businesses will see it once the partnership team has checked your firm.`;
}
