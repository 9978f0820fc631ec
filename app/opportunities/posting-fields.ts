// The fields of each kind of posting, as Prisma selects: one list serves the
// summary pages, the edit pages and the server code that copies postings.
export const apprenticeshipFields = {
  title: true,
  shortDescription: true,
  fullDescription: true,
  standard: true,
  level: true,
  route: true,
  positions: true,
  weeklyHours: true,
  durationMonths: true,
  wageType: true,
  wageWeeklyPence: true,
  startDate: true,
  closingDate: true,
  postcode: true,
  localAuthority: true,
  trainingProvider: true,
  skillsWanted: true,
  qualificationsWanted: true,
  applyMethod: true,
  applyUrl: true,
  applyEmail: true,
  disabilityConfident: true,
  question1: true,
  question2: true,
  question3: true,
} as const;

/** What a placement shows to anyone who may see it (the public page selects only these). */
export const placementDetailFields = {
  title: true,
  description: true,
  sector: true,
  dateMode: true,
  startDate: true,
  endDate: true,
  daysAndHours: true,
  yearGroups: true,
  minAge: true,
  maxAge: true,
  places: true,
  format: true,
  postcode: true,
  localAuthority: true,
  supervisorName: true,
  accessibility: true,
  dressCode: true,
  travelNotes: true,
} as const;

/**
 * The placement contact and first-day details: on the placement form, but
 * shown only to the two parties of an accepted request (after-acceptance.ts).
 */
export const placementContactFields = {
  contactIsSupervisor: true,
  contactName: true,
  contactRole: true,
  contactEmail: true,
  contactPhone: true,
  workplaceAddress: true,
  firstDayDetails: true,
} as const;

/** Every field of the placement form: the edit page, copying and the send-for-checking check read these. */
export const placementFields = { ...placementDetailFields, ...placementContactFields } as const;
