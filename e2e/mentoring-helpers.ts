import type { Page } from "@playwright/test";
import { currentBank } from "../app/readiness/question-bank";
import { fillDate } from "./date-input";
import { createUser, type TestUser } from "./fixtures";
import { prisma } from "../app/db.server";
import type { RequestState } from "../app/mentoring/request-state";

// Seeding for the mentoring journeys, straight into the e2e database.

type Scores = Partial<
  Record<"strategy" | "readiness" | "workforce" | "data" | "automation" | "cyber", number>
>;

/** A submitted readiness check that becomes the SME's latest. */
export async function seedCheck(organisationId: string, scores: Scores, submittedAt = new Date()) {
  await prisma.readinessCheck.updateMany({
    where: { organisationId, isLatest: true },
    data: { isLatest: false },
  });
  const s = {
    strategy: 80,
    readiness: 80,
    workforce: 80,
    data: 80,
    automation: 80,
    cyber: 80,
    ...scores,
  };
  return prisma.readinessCheck.create({
    data: {
      organisationId,
      bankVersion: currentBank.version,
      status: "submitted",
      isLatest: true,
      submittedAt,
      overall: Math.round(Object.values(s).reduce((a, b) => a + b, 0) / 6),
      scoreStrategy: s.strategy,
      scoreReadiness: s.readiness,
      scoreWorkforce: s.workforce,
      scoreData: s.data,
      scoreAutomation: s.automation,
      scoreCyber: s.cyber,
    },
    select: { id: true },
  });
}

export async function seedMentor(
  options: {
    name?: string;
    expertise?: string;
    capacity?: number;
    format?: string;
    takingRequests?: boolean;
    verified?: boolean;
  } = {},
): Promise<TestUser & { profileId: string }> {
  const user = await createUser("board", { name: options.name, verified: options.verified });
  const profile = await prisma.mentorProfile.create({
    data: {
      userId: user.id,
      role: "Head of data",
      bio: "I help small firms get their data in order.",
      expertise: options.expertise ?? "data",
      capacity: options.capacity ?? 3,
      format: options.format ?? "either",
      takingRequests: options.takingRequests ?? true,
    },
    select: { id: true },
  });
  return { ...user, profileId: profile.id };
}

export async function seedRequest(
  mentorId: string,
  sme: TestUser,
  state: RequestState = "pending",
  createdAt = new Date(),
) {
  return prisma.mentoringRequest.create({
    data: {
      mentorId,
      smeOrgId: sme.organisationId,
      requestedById: sme.id,
      goals: "We would like help with our customer records.",
      preferredFormat: "online",
      state,
      createdAt,
      answeredAt: state === "accepted" ? new Date() : null,
    },
    select: { id: true },
  });
}

export function unique(prefix: string) {
  return `${prefix} ${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Types an offer's start and end as a person would: the date boxes ("YYYY-MM-DD"
 * split into day, month and year), then the time as written ("10am", "14:00").
 * The end is on the start's day unless `endDay` says otherwise.
 */
export async function fillOfferTimes(
  page: Page,
  when: { day: string; startTime: string; endTime: string; endDay?: string },
) {
  await fillDate(page, "Start date", when.day);
  await page.getByLabel("Start time").fill(when.startTime);
  await fillDate(page, "End date", when.endDay ?? when.day);
  await page.getByLabel("End time").fill(when.endTime);
}
