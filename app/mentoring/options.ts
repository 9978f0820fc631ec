// Choice lists shared by the mentoring forms, the ranking and the pages. The ids
// are stored in the database: add, never rename.

export const meetingFormats = ["online", "in-person", "either"] as const;
export type MeetingFormat = (typeof meetingFormats)[number];

export const meetingFormatNames: Record<MeetingFormat, string> = {
  online: "Online",
  "in-person": "In person",
  either: "Online or in person",
};

export const offerKinds = ["workshop", "clinic", "short-course", "resource"] as const;
export type OfferKind = (typeof offerKinds)[number];

export const offerKindNames: Record<OfferKind, string> = {
  workshop: "Workshop",
  clinic: "Clinic",
  "short-course": "Short course",
  resource: "Resource",
};

export const offerSchedules = ["dated", "on-demand"] as const;
export type OfferSchedule = (typeof offerSchedules)[number];

export const offerScheduleNames: Record<OfferSchedule, string> = {
  dated: "On set dates",
  "on-demand": "Any time",
};
