// Rows for the mentoring tests: a business, a mentor (a board member with a
// profile), a request between them and an upskilling offer, in the test file's
// own database.
import { prisma } from "~/db.server";
import { makeUser } from "./factories";

export const goals = {
  goals: "We want help with our customer data and our records.",
  preferredFormat: "online",
};

export async function sme() {
  const user = await makeUser("sme", { verified: true });
  return { ...user, role: "sme" };
}

export async function mentor(
  capacity = 2,
  options: { verified?: boolean; organisationId?: string } = {},
) {
  const user = await makeUser("board", {
    verified: options.verified ?? true,
    organisationId: options.organisationId,
  });
  const profile = await prisma.mentorProfile.create({
    data: {
      userId: user.id,
      role: "Data lead",
      bio: "I help firms with data.",
      expertise: "data,cyber",
      capacity,
      format: "either",
    },
    select: { id: true },
  });
  return { ...user, role: "board", profileId: profile.id };
}

export async function request(
  smeUser: Awaited<ReturnType<typeof sme>>,
  mentorId: string,
  createdAt = new Date(),
) {
  const row = await prisma.mentoringRequest.create({
    data: {
      mentorId,
      smeOrgId: smeUser.organisationId,
      requestedById: smeUser.id,
      goals: goals.goals,
      preferredFormat: "online",
      createdAt,
    },
    select: { id: true },
  });
  return row.id;
}

const DAY = 86_400_000;

/**
 * An online data clinic with `seats` seats, run by `board` (by default a new
 * verified board firm). It ends 10 days and an hour from now and starts an hour
 * before, unless `startsAt` says otherwise (a past start makes an offer under
 * way); `startsAt: null` makes it an on-demand offer, with no dates.
 */
export async function offer(
  seats: number,
  options: { startsAt?: Date | null; board?: { id: string; organisationId: string } } = {},
) {
  const board = options.board ?? (await makeUser("board", { verified: true }));
  const endsAt = new Date(Date.now() + 10 * DAY + 3_600_000);
  const startsAt =
    options.startsAt === undefined ? new Date(endsAt.getTime() - 3_600_000) : options.startsAt;
  return prisma.offer.create({
    data: {
      organisationId: board.organisationId,
      createdById: board.id,
      title: "Data clinic",
      description: "Bring your spreadsheets.",
      kind: "clinic",
      dimensions: "data",
      schedule: startsAt === null ? "on-demand" : "dated",
      startsAt,
      endsAt: startsAt === null ? null : endsAt,
      format: "online",
      seats,
    },
    select: { id: true },
  });
}

export async function orgName(organisationId: string) {
  const org = await prisma.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { name: true },
  });
  return org.name;
}

export async function userName(id: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id }, select: { name: true } });
  return user.name;
}
