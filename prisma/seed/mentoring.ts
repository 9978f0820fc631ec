import { prisma } from "../../app/db.server";
import type { RequestState } from "../../app/mentoring/request-state";
import { dayToDate, ukDay } from "../../app/time/uk-time";
import { idOf, type DemoContext } from "./demo";

// Mentoring and upskilling for the demo: profiles for the four board members,
// offers with bookings (one full), and a mentoring request in every state. The
// demo SME has an active relationship with the demo mentor (mentor@demo...), a
// completed one with before-and-after scores, and a request waiting.

const DAY = 86_400_000;

const profiles = [
  {
    key: "board",
    role: "Head of data services",
    bio: "I have spent 15 years helping firms make sense of their data, from spreadsheets to simple dashboards. I like practical, small steps.",
    expertise: "data,automation,strategy",
    edsAreas: "handling-information,problem-solving",
    capacity: 3,
    format: "either",
    la: "birmingham",
  },
  {
    key: "board-2",
    role: "Security engineer",
    bio: "I help small firms stay safe online: passwords, backups, phishing and what to do when something goes wrong.",
    expertise: "cyber,readiness",
    edsAreas: "safe-and-legal",
    capacity: 2,
    format: "online",
    la: "birmingham",
  },
  {
    key: "board2",
    role: "Learning and skills lead",
    bio: "I design training for staff who are not confident with computers. Everyday skills first, then the tools that save time.",
    expertise: "workforce,strategy",
    edsAreas: "communicating,transacting,handling-information",
    capacity: 2,
    format: "in-person",
    la: "coventry",
  },
  {
    key: "board2-2",
    role: "Automation consultant",
    bio: "I help firms automate the boring bits: invoices, stock and bookings, with tools they already pay for.",
    expertise: "automation,readiness",
    edsAreas: "",
    capacity: 1,
    format: "either",
    la: "coventry",
  },
] as const;

export async function seedMentoring(ctx: DemoContext) {
  const at = (days: number) => new Date(ctx.now.getTime() + days * DAY);
  const mentor: Record<string, string> = {};
  for (const p of profiles) {
    const created = await prisma.mentorProfile.create({
      data: {
        userId: idOf(ctx.users, p.key),
        role: p.role,
        bio: p.bio,
        expertise: p.expertise,
        edsAreas: p.edsAreas,
        capacity: p.capacity,
        format: p.format,
        localAuthority: p.la,
        createdAt: at(-120),
      },
      select: { id: true },
    });
    mentor[p.key] = created.id;
  }

  /** The SME's latest submitted check at a moment, for the "before" of a relationship. */
  async function checkAt(smeKey: string, when: Date) {
    const check = await prisma.readinessCheck.findFirst({
      where: {
        organisationId: idOf(ctx.orgs, smeKey),
        status: "submitted",
        submittedAt: { lte: when },
      },
      select: { id: true },
      orderBy: { submittedAt: "desc" },
    });
    return check?.id ?? null;
  }

  async function request(
    smeKey: string,
    mentorKey: string,
    state: RequestState,
    createdDaysAgo: number,
    extra: {
      answeredDaysAgo?: number;
      endedDaysAgo?: number;
      declineReason?: string;
      endReason?: string;
      goals?: string;
    } = {},
  ) {
    const answeredAt = extra.answeredDaysAgo !== undefined ? at(-extra.answeredDaysAgo) : null;
    const endedAt = extra.endedDaysAgo !== undefined ? at(-extra.endedDaysAgo) : null;
    const row = await prisma.mentoringRequest.create({
      data: {
        mentorId: idOf(mentor, mentorKey),
        smeOrgId: idOf(ctx.orgs, smeKey),
        requestedById: idOf(ctx.users, smeKey),
        goals:
          extra.goals ??
          "Our readiness check shows we most need help with how we keep and use our data.\n\nWhat we would like to change:\nStop typing the same orders into three places.",
        preferredFormat: "either",
        state,
        createdAt: at(-createdDaysAgo),
        answeredAt,
        endedAt,
        declineReason: extra.declineReason ?? null,
        endReason: extra.endReason ?? null,
        endedById: endedAt ? idOf(ctx.users, smeKey) : null,
        baselineCheckId:
          answeredAt && (state === "accepted" || state === "completed")
            ? await checkAt(smeKey, answeredAt)
            : null,
      },
      select: { id: true },
    });
    return row.id;
  }

  async function session(
    relationshipId: string,
    byKey: string,
    daysAgo: number,
    topics: string,
    actions: [string, boolean][],
  ) {
    await prisma.mentoringSession.create({
      data: {
        relationshipId,
        loggedById: idOf(ctx.users, byKey),
        date: dayToDate(ukDay(at(-daysAgo))),
        minutes: 60,
        topics,
        createdAt: at(-daysAgo),
        actions: { create: actions.map(([text, done]) => ({ text, done })) },
      },
    });
  }

  async function message(relationshipId: string, byKey: string, daysAgo: number, body: string) {
    await prisma.mentoringMessage.create({
      data: { relationshipId, authorId: idOf(ctx.users, byKey), body, createdAt: at(-daysAgo) },
    });
  }

  // The demo SME: active with the demo mentor, completed with Ben, one waiting.
  const active = await request("sme", "board", "accepted", 40, { answeredDaysAgo: 38 });
  await session(active, "board", 30, "Looked at how orders come in and where they are typed up.", [
    ["List every place an order is written down", true],
    ["Try the online order form for one week", false],
  ]);
  await session(active, "sme", 10, "Went through the first week of the online order form.", [
    ["Ask two customers what they think of the form", false],
  ]);
  await message(active, "sme", 29, "Thanks for today. The list is attached to our shared folder.");
  await message(
    active,
    "board",
    28,
    "Great start. Next time bring one week of orders and we will look at them together.",
  );

  const completed = await request("sme", "board2", "completed", 200, {
    answeredDaysAgo: 195,
    endedDaysAgo: 120,
    endReason: "We reached the goals we set at the start.",
    goals:
      "Our staff are not confident with email and shared files. We want everyone to be able to use them.",
  });
  await session(
    completed,
    "board2",
    180,
    "Planned two short lunchtime sessions for staff on email and shared folders.",
    [["Book the meeting room for both sessions", true]],
  );
  await session(
    completed,
    "sme",
    150,
    "Ran the second staff session. Everyone can now find the shared folder.",
    [["Write a one-page guide", true]],
  );
  await prisma.mentoringFeedback.createMany({
    data: [
      {
        relationshipId: completed,
        authorId: idOf(ctx.users, "sme"),
        side: "sme",
        rating: 5,
        comment: "Patient and practical. Our team is much more confident.",
        createdAt: at(-119),
      },
      {
        relationshipId: completed,
        authorId: idOf(ctx.users, "board2"),
        side: "mentor",
        rating: 4,
        comment: "A keen team that did its homework.",
        createdAt: at(-118),
      },
    ],
  });
  await request("sme", "board2-2", "pending", 3, {
    goals: "We would like to automate our invoices, which we type up by hand each week.",
  });

  // Other firms, so every state appears.
  await request("sme5", "board", "pending", 2, {
    goals: "We want to move our patient reminders out of a paper diary.",
  });
  await request("sme2", "board-2", "declined", 30, {
    answeredDaysAgo: 27,
    declineReason: "I am full until the spring. Please try again then, or ask another mentor.",
  });
  await request("sme3", "board", "cancelled", 25, {});
  await request("sme4", "board2", "expired", 40, {});
  const sme6 = await request("sme6", "board-2", "accepted", 20, {
    answeredDaysAgo: 18,
    goals: "We were nearly caught by a fake invoice email. We want to be safer online.",
  });
  await session(sme6, "board-2", 12, "Set up two-step sign-in on the email accounts.", [
    ["Turn on backups for the shop laptop", false],
  ]);

  // Offers from both firms, with bookings. The data workshop is full.
  async function offer(
    orgKey: string,
    byKey: string,
    data: {
      title: string;
      description: string;
      kind: string;
      dimensions: string;
      startsInDays: number | null;
      hours?: number;
      format: string;
      location?: string;
      la?: string;
      seats: number;
    },
    bookings: [string, number][],
  ) {
    const startsAt = data.startsInDays === null ? null : at(data.startsInDays);
    const created = await prisma.offer.create({
      data: {
        organisationId: idOf(ctx.orgs, orgKey),
        createdById: idOf(ctx.users, byKey),
        title: data.title,
        description: data.description,
        kind: data.kind,
        dimensions: data.dimensions,
        schedule: startsAt ? "dated" : "on-demand",
        startsAt,
        endsAt: startsAt ? new Date(startsAt.getTime() + (data.hours ?? 2) * 3_600_000) : null,
        format: data.format,
        location: data.location ?? null,
        localAuthority: data.la ?? null,
        seats: data.seats,
        createdAt: at(-30),
      },
      select: { id: true },
    });
    for (const [smeKey, seats] of bookings) {
      await prisma.offerBooking.create({
        data: {
          offerId: created.id,
          smeOrgId: idOf(ctx.orgs, smeKey),
          bookedById: idOf(ctx.users, smeKey),
          seats,
          createdAt: at(-10),
        },
      });
    }
    return created.id;
  }

  await offer(
    "board",
    "board-2",
    {
      title: "Cyber security basics clinic",
      description:
        "Bring your questions about passwords, backups and suspicious emails. We will help you make a simple plan for your business.",
      kind: "clinic",
      dimensions: "cyber",
      startsInDays: 14,
      format: "online",
      seats: 12,
    },
    [
      ["sme", 2],
      ["sme7", 1],
    ],
  );
  await offer(
    "board",
    "board",
    {
      title: "Getting more from your customer data",
      description:
        "A hands-on morning: tidy a customer list, find your best customers and make a simple dashboard. Bring a laptop.",
      kind: "workshop",
      dimensions: "data,automation",
      startsInDays: 21,
      hours: 3,
      format: "in-person",
      location: "Midlands Cloud Services, 1 Colmore Square, Birmingham B3 2BJ",
      la: "birmingham",
      seats: 3,
    },
    [
      ["sme8", 2],
      ["sme9", 1],
    ],
  );
  const skills = await offer(
    "board2",
    "board2",
    {
      title: "Everyday digital skills for your team",
      description:
        "Short online lessons for staff: email, shared files, video calls and staying safe online. Work through them at your own pace.",
      kind: "short-course",
      dimensions: "workforce,strategy",
      startsInDays: null,
      format: "online",
      seats: 50,
    },
    [["sme2", 3]],
  );
  await prisma.offerBooking.create({
    data: {
      offerId: skills,
      smeOrgId: idOf(ctx.orgs, "sme10"),
      bookedById: idOf(ctx.users, "sme10"),
      seats: 2,
      state: "cancelled",
      createdAt: at(-12),
      cancelledAt: at(-5),
    },
  });
  await offer(
    "board2",
    "board2-2",
    {
      title: "AI tools for small firms",
      description:
        "What AI tools can and cannot do for a small business, with live demos of tools for writing, invoices and bookings.",
      kind: "workshop",
      dimensions: "automation,readiness",
      startsInDays: 30,
      format: "either",
      location: "Coventry Network Systems, Westwood Way, Coventry CV4 7AL",
      la: "coventry",
      seats: 20,
    },
    [],
  );
}
