// Who sees what once a school's request for places is answered (PRODUCT.md §2,
// issue 11): the two parties' contact details, the message thread, and each
// other's feedback. One pure rule each, so the pages, the emails and the
// commands cannot disagree.
import { addDays, daysBetween, toCalendarDay, type DateLike } from "~/time/uk-time";
import type { RequestState } from "./request-state";

/** Contact details and the thread stay open this many days after the placement's last day. */
export const daysOpenAfterPlacementEnds = 30;

/** Each side sees the other's feedback once both have given it, or this many days after the end. */
export const feedbackRevealAfterDays = 14;

/** Someone signed in, by their organisation; null for a signed-out visitor. */
export type Viewer = { organisationId: string } | null;

export type RequestParties = {
  state: RequestState;
  /** Null once that side has left SkillsBridge: the other keeps the record, read only. */
  schoolOrgId: string | null;
  employerOrgId: string | null;
  placementEndDate: DateLike;
};

/** Both sides are still on SkillsBridge: a side that left has no contact and reads no messages. */
const bothSidesHere = (request: RequestParties) =>
  request.schoolOrgId !== null && request.employerOrgId !== null;

/** "school" or "employer" for the two parties of the request; null for anybody else. */
export function sideOf(viewer: Viewer, request: RequestParties): "school" | "employer" | null {
  if (!viewer) return null;
  if (request.schoolOrgId !== null && viewer.organisationId === request.schoolOrgId)
    return "school";
  if (request.employerOrgId !== null && viewer.organisationId === request.employerOrgId)
    return "employer";
  return null;
}

/** Up to and including the 30th day after the placement's last day, in London. */
function withinWindow(endDate: DateLike, now: Date): boolean {
  const end = toCalendarDay(endDate);
  const today = toCalendarDay(now);
  if (!end || !today) return false;
  return daysBetween(today, addDays(end, daysOpenAfterPlacementEnds)) >= 0;
}

/**
 * Each side's contact details (names, email addresses, phones, the workplace
 * address and first-day details) are shown only to the two parties of an
 * accepted request, from acceptance until 30 days after the placement ends.
 */
export function mayShowContact(viewer: Viewer, request: RequestParties, now: Date): boolean {
  return (
    sideOf(viewer, request) !== null &&
    bothSidesHere(request) &&
    request.state === "accepted" &&
    withinWindow(request.placementEndDate, now)
  );
}

/**
 * Either party may write on a request's thread from the moment it is sent
 * until 30 days after the placement ends, whatever was answered (a declined
 * school may still ask why). After that the thread can be read, not added to.
 */
export function mayWriteMessage(viewer: Viewer, request: RequestParties, now: Date): boolean {
  // Nobody would read a message to a side that has left.
  return (
    sideOf(viewer, request) !== null &&
    bothSidesHere(request) &&
    withinWindow(request.placementEndDate, now)
  );
}

/**
 * After the placement each side sees the other's feedback once both have
 * given it, or 14 days after the end, whichever comes first, so neither is
 * swayed by the other.
 */
export function feedbackRevealed(
  given: { school: boolean; employer: boolean },
  placementEndDate: DateLike,
  now: Date,
): boolean {
  if (given.school && given.employer) return true;
  const end = toCalendarDay(placementEndDate);
  const today = toCalendarDay(now);
  return Boolean(end && today && daysBetween(end, today) >= feedbackRevealAfterDays);
}

export type PlacementContact = {
  format: string;
  supervisorName: string;
  contactIsSupervisor: boolean;
  contactName: string;
  contactRole: string;
  contactEmail: string;
  contactPhone: string;
  workplaceAddress: string;
  firstDayDetails: string;
};

export const contactMessages = {
  contactName: "Enter the name of the placement contact, or tick that it is the supervisor",
  contactRole: "Enter the placement contact's job",
  contactEmail: "Enter the placement contact's work email address",
  contactPhone: "Enter the placement contact's phone number",
  workplaceAddress: "Enter the workplace address",
  firstDayDetails: "Enter what students need to know on the first day",
} as const;

/**
 * What the placement contact section still needs before the placement can be
 * sent for checking, by field. An online placement has no workplace address.
 */
export function contactMissing(
  p: PlacementContact,
): Partial<Record<keyof typeof contactMessages, string>> {
  const missing: Partial<Record<keyof typeof contactMessages, string>> = {};
  if (!p.contactIsSupervisor && !p.contactName.trim())
    missing.contactName = contactMessages.contactName;
  if (!p.contactRole.trim()) missing.contactRole = contactMessages.contactRole;
  if (!p.contactEmail.trim()) missing.contactEmail = contactMessages.contactEmail;
  if (!p.contactPhone.trim()) missing.contactPhone = contactMessages.contactPhone;
  if (p.format !== "virtual" && !p.workplaceAddress.trim())
    missing.workplaceAddress = contactMessages.workplaceAddress;
  if (!p.firstDayDetails.trim()) missing.firstDayDetails = contactMessages.firstDayDetails;
  return missing;
}

/** The placement contact's name: the supervisor's when the employer said so. */
export function contactNameOf(
  p: Pick<PlacementContact, "contactIsSupervisor" | "contactName" | "supervisorName">,
): string {
  return p.contactIsSupervisor ? p.supervisorName : p.contactName;
}

/** The employer's side: the named placement contact, where and what to know on the first day. */
export type EmployerContact = {
  organisation: string;
  name: string;
  role: string;
  email: string;
  phone: string;
  workplaceAddress: string;
  firstDayDetails: string;
  online: boolean;
};

/** The school's side: the careers lead who made the request. */
export type SchoolContact = { organisation: string; name: string; email: string; phone: string };

export type RequestContacts = { employer: EmployerContact; school: SchoolContact };

/** The longest message on a request's thread, in characters. */
export const messageMaxLength = 2000;

/** The other side is emailed about new messages on a thread at most once in this time. */
export const messageEmailGapMs = 60 * 60 * 1000;

/** The same warning as the request form: no student names at this stage. */
export const noStudentNamesWarning =
  "Do not write students' names or any personal details about them.";
