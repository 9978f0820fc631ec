// Choice lists shared by the mentoring forms, the ranking and the pages. The ids
// are stored in the database: add, never rename.

export const meetingFormats = ["online", "in-person", "either"] as const;
export type MeetingFormat = (typeof meetingFormats)[number];

export const meetingFormatNames: Record<MeetingFormat, string> = {
  online: "Online",
  "in-person": "In person",
  either: "Online or in person",
};

// These ids have hyphens, so their columns are String, not Prisma enums
// (docs/decisions/013-prisma-enums.md): a stored value is checked, not cast.
export function isMeetingFormat(value: unknown): value is MeetingFormat {
  return typeof value === "string" && (meetingFormats as readonly string[]).includes(value);
}

/** A stored format's name; an unknown one reads as stored. */
export const meetingFormatName = (value: string) =>
  isMeetingFormat(value) ? meetingFormatNames[value] : value;

export const offerKinds = ["workshop", "clinic", "short-course", "resource"] as const;
export type OfferKind = (typeof offerKinds)[number];

export const offerKindNames: Record<OfferKind, string> = {
  workshop: "Workshop",
  clinic: "Clinic",
  "short-course": "Short course",
  resource: "Resource",
};

export function isOfferKind(value: unknown): value is OfferKind {
  return typeof value === "string" && (offerKinds as readonly string[]).includes(value);
}

/** A stored kind's name; an unknown one reads as stored. */
export const offerKindName = (value: string) =>
  isOfferKind(value) ? offerKindNames[value] : value;

export const offerSchedules = ["dated", "on-demand"] as const;
export type OfferSchedule = (typeof offerSchedules)[number];

export const offerScheduleNames: Record<OfferSchedule, string> = {
  dated: "On set dates",
  "on-demand": "Any time",
};
