// What pages call the side of a mentoring relationship whose account was
// deleted: the other side keeps its history (departure.server.ts).
export const FORMER_MENTOR = "a former mentor";
export const FORMER_BUSINESS = "a former business";
