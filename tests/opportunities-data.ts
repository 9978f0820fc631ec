// Rows for the opportunity tests: an employer, a school, and postings with
// every required field filled, dated relative to `now`.
import crypto from "node:crypto";
import { prisma } from "~/db.server";
import { addDays, dayToDate, ukDay } from "~/time/uk-time";

const DAY = 86_400_000;

export function dayFrom(now: Date, days: number): Date {
  return dayToDate(addDays(ukDay(now), days));
}

export async function makeOrg(kind: "sme" | "school", verified = true) {
  const tag = crypto.randomBytes(4).toString("hex");
  const org = await prisma.organisation.create({
    data: {
      name: `${kind} ${tag}`,
      kind,
      localAuthority: "birmingham",
      sizeBand: kind === "sme" ? "small" : null,
      verificationStatus: verified ? "verified" : "unverified",
      users: {
        create: {
          email: `${kind}-${tag}@test.skillsbridge.test`,
          name: `User ${tag}`,
          role: kind,
          emailConfirmedAt: new Date(),
        },
      },
    },
    select: { id: true, name: true, users: { select: { id: true, email: true } } },
  });
  return { id: org.id, name: org.name, userId: org.users[0]!.id, email: org.users[0]!.email };
}

export async function makeApprenticeship(
  organisationId: string,
  now: Date,
  overrides: Partial<{
    title: string;
    state: string;
    closingInDays: number;
    route: string;
    level: number;
    localAuthority: string;
    wageType: string;
    createdAt: Date;
    firstPublishedAt: Date | null;
  }> = {},
) {
  const closing = overrides.closingInDays ?? 14;
  return prisma.apprenticeship.create({
    data: {
      organisationId,
      state: overrides.state ?? "live",
      title: overrides.title ?? "Digital marketing apprentice",
      shortDescription: "Help a small firm tell the world what it does.",
      fullDescription: "You will run our social media and learn analytics.",
      standard: "Multi-channel marketer",
      level: overrides.level ?? 3,
      route: overrides.route ?? "digital",
      positions: 1,
      weeklyHours: 30,
      durationMonths: 12,
      wageType: overrides.wageType ?? "apprentice-minimum",
      startDate: dayFrom(now, closing + 30),
      closingDate: dayFrom(now, closing),
      postcode: "B1 1AA",
      localAuthority: overrides.localAuthority ?? "birmingham",
      trainingProvider: "Midlands Training Ltd",
      skillsWanted: "Curiosity",
      applyMethod: "portal",
      createdAt: overrides.createdAt ?? new Date(now.getTime() - DAY),
      firstPublishedAt:
        overrides.firstPublishedAt === undefined
          ? new Date(now.getTime() - DAY)
          : overrides.firstPublishedAt,
    },
    select: { id: true },
  });
}

/** The placement contact and first-day answers the made placements hold. */
const sampleContact = {
  contactName: "Chris Contact",
  contactRole: "Office manager",
  contactEmail: "chris@printworks.example",
  contactPhone: "0121 496 0001",
  workplaceAddress: "1 Print Street, Birmingham B1 1AA",
  firstDayDetails: "Come to the front desk at 9am and ask for Chris.",
};

export async function makePlacement(
  organisationId: string,
  now: Date,
  overrides: Partial<{
    title: string;
    description: string;
    state: string;
    startInDays: number;
    places: number;
    sector: string;
    format: string;
    yearGroups: string;
    safeguarded: boolean;
    /** The placement contact and first-day section, filled in unless false. */
    withContact: boolean;
  }> = {},
) {
  const start = overrides.startInDays ?? 20;
  const safeguarded = overrides.safeguarded ?? true;
  return prisma.placement.create({
    data: {
      organisationId,
      state: overrides.state ?? "live",
      title: overrides.title ?? "A week in our print works",
      description: overrides.description ?? "See how printing works and help with real jobs.",
      sector: overrides.sector ?? "C",
      dateMode: "fixed",
      startDate: dayFrom(now, start),
      endDate: dayFrom(now, start + 4),
      daysAndHours: "Monday to Friday, 9am to 3pm",
      yearGroups: overrides.yearGroups ?? "10,11",
      places: overrides.places ?? 4,
      format: overrides.format ?? "in-person",
      postcode: "B1 1AA",
      localAuthority: "birmingham",
      supervisorName: "Sam Supervisor",
      ...(overrides.withContact === false ? {} : sampleContact),
      ...(safeguarded
        ? {
            insuranceConfirmed: true,
            insurer: "Midlands Mutual",
            insuranceExpiry: dayFrom(now, 400),
            insuranceCoverPounds: 5_000_000,
            riskAssessmentReviewed: true,
            riskAssessmentWritten: "yes",
            dbsNeeded: "no",
            safeguardingContactName: "Pat Guard",
            safeguardingContact: "pat@example.co.uk",
          }
        : {}),
    },
    select: { id: true },
  });
}

/** A school's request for places on a placement (waiting for the employer's answer). */
export function makePlacementRequest(
  placementId: string,
  school: { id: string; userId: string },
  fields: Partial<{ places: number; yearGroup: string }> = {},
) {
  return prisma.placementRequest.create({
    data: {
      placementId,
      schoolOrgId: school.id,
      requestedById: school.userId,
      places: fields.places ?? 2,
      yearGroup: fields.yearGroup ?? "10",
    },
    select: { id: true },
  });
}

/** A day `days` after `now` as a date input's three boxes, as a draft keeps them. */
function dateBoxes(now: Date, days: number) {
  const [year = "", month = "", date = ""] = dayFrom(now, days)
    .toISOString()
    .slice(0, 10)
    .split("-");
  return { day: String(Number(date)), month: String(Number(month)), year };
}

/** Every section of a placement's task list (decision 052) answered as `makePlacement` would store it. */
export function placementDraftAnswers(now: Date) {
  const day = (days: number) => dateBoxes(now, days);
  return {
    about: {
      title: "A week in our print works",
      description: "See how printing works and help with real jobs.",
      sector: "C",
      supervisorName: "Sam Supervisor",
    },
    dates: {
      dateMode: "fixed",
      startDate: day(20),
      endDate: day(24),
      daysAndHours: "Monday to Friday, 9am to 3pm",
    },
    students: { yearGroups: ["10", "11"], places: "4" },
    where: { format: "in-person", postcode: "B1 1AA", localAuthority: "birmingham" },
    contact: sampleContact,
  };
}

export async function makePlacementDraft(organisationId: string, now: Date) {
  return prisma.placementDraft.create({
    data: { organisationId, answers: JSON.stringify(placementDraftAnswers(now)) },
    select: { id: true },
  });
}

/** Every section of a vacancy's task list answered as `makeApprenticeship` would store it. */
export function vacancyDraftAnswers(now: Date) {
  const day = (days: number) => dateBoxes(now, days);
  return {
    job: {
      title: "Digital marketing apprentice",
      shortDescription: "Help a small firm tell the world what it does.",
      fullDescription: "You will run our social media and learn analytics.",
      positions: "1",
    },
    training: {
      standard: "Multi-channel marketer",
      level: "3",
      route: "digital",
      trainingProvider: "Midlands Training Ltd",
    },
    pay: { weeklyHours: "30", durationMonths: "12", wageType: "apprentice-minimum" },
    dates: {
      closingDate: day(14),
      startDate: day(44),
      postcode: "B1 1AA",
      localAuthority: "birmingham",
    },
    skills: { skillsWanted: "Curiosity" },
    apply: { applyMethod: "portal" },
  };
}

export async function makeVacancyDraft(organisationId: string, now: Date) {
  return prisma.vacancyDraft.create({
    data: { organisationId, answers: JSON.stringify(vacancyDraftAnswers(now)) },
    select: { id: true },
  });
}
