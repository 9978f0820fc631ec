// What pages call the side of a mentoring relationship whose account was
// deleted: the other side keeps its history (departure.server.ts).
export const FORMER_MENTOR = "a former mentor";
export const FORMER_BUSINESS = "a former business";
export const FORMER_BOARD_FIRM = "a former board firm";

/** The name of the firm running an offer, or "a former board firm" once it has left. */
export const firmNameOf = (firm: { name: string } | null) => firm?.name ?? FORMER_BOARD_FIRM;
/** The name of a business that booked, or "a former business" once it has left. */
export const businessNameOf = (sme: { name: string } | null) => sme?.name ?? FORMER_BUSINESS;
