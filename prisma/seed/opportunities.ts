import { prisma } from "../../app/db.server";
import type { RequestState } from "../../app/opportunities/request-state";
import { addDays, dayToDate, ukDay } from "../../app/time/uk-time";
import type { DemoContext } from "./demo";

// Apprenticeships and placements in every state across the demo employers,
// and placement requests from the demo schools in every state. Dates are
// relative to ctx.now so the demo always looks current.

const DAY = 86_400_000;

/** The calendar day `days` from today in London, stored as the app stores days. */
function dayFrom(now: Date, days: number) {
  return dayToDate(addDays(ukDay(now), days));
}

const safeguarded = (now: Date) => ({
  insuranceConfirmed: true,
  insurer: "Midlands Mutual Insurance",
  insuranceExpiry: dayFrom(now, 300),
  insuranceCoverPounds: 10_000_000,
  riskAssessmentReviewed: true,
  riskAssessmentWritten: "yes",
  dbsNeeded: "no",
  safeguardingContactName: "Amira Khan",
  safeguardingContact: "0121 496 0101",
});

type Vacancy = {
  org: string;
  state: string;
  title: string;
  short: string;
  standard: string;
  level: number;
  route: string;
  closeIn: number;
  wage?: number;
  changesReason?: string;
  /** An email address to apply to; otherwise every third vacancy links to the employer's website. */
  applyEmail?: string;
};

const vacancies: Vacancy[] = [
  {
    org: "sme",
    state: "live",
    title: "Digital print apprentice",
    short: "Run our digital presses and learn colour management.",
    standard: "Print technician",
    level: 3,
    route: "engineering-and-manufacturing",
    closeIn: 21,
    wage: 32000,
  },
  {
    org: "sme",
    state: "live",
    title: "Marketing apprentice",
    short: "Help a family print firm tell the world what it does, online and in print.",
    standard: "Multi-channel marketer",
    level: 3,
    route: "sales-marketing-and-procurement",
    closeIn: 12,
  },
  {
    org: "sme",
    state: "draft",
    title: "Software developer apprentice",
    short: "Build our online ordering system.",
    standard: "Software developer",
    level: 4,
    route: "digital",
    closeIn: 40,
  },
  {
    org: "sme",
    state: "submitted",
    title: "Business admin apprentice",
    short: "Keep the office running and learn the business.",
    standard: "Business administrator",
    level: 3,
    route: "business-and-administration",
    closeIn: 30,
  },
  {
    org: "sme",
    state: "changes-requested",
    title: "IT support apprentice",
    short: "Look after our computers and network.",
    standard: "Information communications technician",
    level: 3,
    route: "digital",
    closeIn: 25,
    changesReason:
      "Please say which training provider you will use and how many days a week are spent training.",
  },
  {
    org: "sme",
    state: "closed",
    title: "Graphic design apprentice",
    short: "Design print jobs for local businesses.",
    standard: "Junior content producer",
    level: 3,
    route: "creative-and-design",
    closeIn: -10,
  },
  {
    org: "sme2",
    state: "live",
    title: "Baker apprentice",
    short: "Learn to bake bread and cakes in a busy Coventry bakery.",
    standard: "Baker",
    level: 2,
    route: "other",
    closeIn: 18,
    applyEmail: "jobs@bakery.example.co.uk",
  },
  {
    org: "sme3",
    state: "live",
    title: "Welding apprentice",
    short: "Learn to weld and fabricate steel.",
    standard: "Metal fabricator",
    level: 3,
    route: "engineering-and-manufacturing",
    closeIn: 28,
    wage: 34000,
  },
  {
    org: "sme7",
    state: "live",
    title: "Accounts assistant apprentice",
    short: "Help local firms with their books and learn accountancy software.",
    standard: "Assistant accountant",
    level: 3,
    route: "business-and-administration",
    closeIn: 15,
  },
  {
    // sme8 is not checked yet: only checked employers go live, so staff see it
    // in the review queue with "Check the employer and approve".
    org: "sme8",
    state: "submitted",
    title: "Digital marketing apprentice",
    short: "Run our social media and online shop.",
    standard: "Digital marketer",
    level: 3,
    route: "digital",
    closeIn: 9,
  },
  {
    org: "sme9",
    state: "submitted",
    title: "Site technician apprentice",
    short: "Support our building projects with drawings and surveys.",
    standard: "Construction support technician",
    level: 3,
    route: "other",
    closeIn: 35,
  },
  {
    org: "sme11",
    state: "closed",
    title: "Care apprentice",
    short: "Support people in their own homes.",
    standard: "Adult care worker",
    level: 2,
    route: "other",
    closeIn: -20,
  },
];

type PlacementSeed = {
  key: string;
  org: string;
  state: string;
  title: string;
  description: string;
  sector: string;
  startIn: number;
  days: number;
  places: number;
  format: string;
  years: string;
  la: string | null;
  safe: boolean;
  changesReason?: string;
};

const placements: PlacementSeed[] = [
  {
    key: "printWeek",
    org: "sme",
    state: "live",
    title: "A week in our print works",
    description:
      "See every step of a print job, from the customer's file to the finished box. Help set up a press and check colours.",
    sector: "C",
    startIn: 35,
    days: 4,
    places: 6,
    format: "in-person",
    years: "10,11",
    la: "birmingham",
    safe: true,
  },
  {
    key: "designDay",
    org: "sme",
    state: "live",
    title: "Design for print taster (online)",
    description:
      "Two afternoons online with our designer: learn how a design becomes a printed product.",
    sector: "C",
    startIn: 20,
    days: 1,
    places: 10,
    format: "virtual",
    years: "9,10,11",
    la: null,
    safe: true,
  },
  {
    key: "draft",
    org: "sme",
    state: "draft",
    title: "Summer placement in the studio",
    description: "Work with our studio team for a week in the summer.",
    sector: "C",
    startIn: 90,
    days: 4,
    places: 2,
    format: "in-person",
    years: "12",
    la: "birmingham",
    safe: false,
  },
  {
    key: "submitted",
    org: "sme",
    state: "submitted",
    title: "Warehouse and dispatch week",
    description: "Learn how orders are packed and sent across the country.",
    sector: "C",
    startIn: 50,
    days: 4,
    places: 3,
    format: "in-person",
    years: "10,11",
    la: "birmingham",
    safe: true,
  },
  {
    key: "pastWeek",
    org: "sme",
    state: "closed",
    title: "Spring week in the print works",
    description: "A week with our press team in the spring.",
    sector: "C",
    startIn: -30,
    days: 4,
    places: 4,
    format: "in-person",
    years: "10",
    la: "birmingham",
    safe: true,
  },
  {
    key: "bakery",
    org: "sme2",
    state: "live",
    title: "Early mornings at the bakery",
    description: "Start at 6am and help bake the day's bread. Learn about food safety.",
    sector: "I",
    startIn: 25,
    days: 2,
    places: 2,
    format: "in-person",
    years: "11,12",
    la: "coventry",
    safe: true,
  },
  {
    key: "fabrication",
    org: "sme3",
    state: "live",
    title: "Fabrication workshop week",
    description:
      "Watch welders at work, learn about safety and help on real jobs with supervision.",
    sector: "C",
    startIn: 40,
    days: 4,
    places: 4,
    format: "in-person",
    years: "11,12,13",
    la: "dudley",
    safe: true,
  },
  {
    key: "freight",
    org: "sme4",
    state: "changes-requested",
    title: "Freight office placement",
    description: "Plan deliveries with our transport team.",
    sector: "H",
    startIn: 45,
    days: 4,
    places: 2,
    format: "hybrid",
    years: "12,13",
    la: "sandwell",
    safe: true,
    changesReason: "Please add the days and hours, and travel notes for the office.",
  },
  {
    key: "accounts",
    org: "sme7",
    state: "live",
    title: "Accountancy office taster",
    description: "See how an accountancy practice works and try bookkeeping software.",
    sector: "M",
    startIn: 30,
    days: 2,
    places: 3,
    format: "hybrid",
    years: "12,13",
    la: "wolverhampton",
    safe: true,
  },
];

export async function seedOpportunities(ctx: DemoContext) {
  const { now, orgs, users } = ctx;

  for (const [i, v] of vacancies.entries()) {
    const published = v.state === "live" || v.state === "closed";
    const created = new Date(now.getTime() - (30 - i) * DAY);
    await prisma.apprenticeship.create({
      data: {
        organisationId: orgs[v.org]!,
        state: v.state,
        title: v.title,
        shortDescription: v.short,
        fullDescription: `${v.short} You will work alongside our team and spend one day a week with the training provider. We are a small, friendly firm and will help you learn.`,
        standard: v.standard,
        level: v.level,
        route: v.route,
        positions: 1,
        weeklyHours: 37.5,
        durationMonths: v.level >= 4 ? 24 : 15,
        wageType: v.wage ? "fixed" : "apprentice-minimum",
        wageWeeklyPence: v.wage ?? null,
        startDate: dayFrom(now, v.closeIn + 30),
        closingDate: dayFrom(now, v.closeIn),
        postcode: "B18 6NF",
        localAuthority:
          v.org === "sme2"
            ? "coventry"
            : v.org === "sme3"
              ? "dudley"
              : v.org === "sme7"
                ? "wolverhampton"
                : v.org === "sme11"
                  ? "sandwell"
                  : "birmingham",
        trainingProvider: "Birmingham Metropolitan College",
        skillsWanted: "Curiosity, care with detail and a willingness to learn.",
        qualificationsWanted:
          v.level >= 4
            ? "A levels or a level 3 qualification"
            : "GCSE English and maths at grade 4, or working towards them",
        applyMethod: v.applyEmail ? "email" : i % 3 === 0 ? "external" : "portal",
        applyUrl: !v.applyEmail && i % 3 === 0 ? "https://www.example.co.uk/jobs" : null,
        applyEmail: v.applyEmail ?? null,
        disabilityConfident: i % 2 === 0,
        changesReason: v.changesReason ?? null,
        firstPublishedAt: published ? created : null,
        submittedAt: v.state === "draft" ? null : created,
        closedAt: v.state === "closed" ? dayFrom(now, v.closeIn + 1) : null,
        closedReason: v.state === "closed" ? "Closed automatically after the closing date" : null,
        createdAt: created,
      },
    });
  }

  const ids: Record<string, string> = {};
  for (const [i, p] of placements.entries()) {
    const created = new Date(now.getTime() - (20 - i) * DAY);
    const row = await prisma.placement.create({
      data: {
        organisationId: orgs[p.org]!,
        state: p.state,
        title: p.title,
        description: p.description,
        sector: p.sector,
        dateMode: "fixed",
        startDate: dayFrom(now, p.startIn),
        endDate: dayFrom(now, p.startIn + p.days),
        daysAndHours: "Monday to Friday, 9am to 3pm",
        yearGroups: p.years,
        places: p.places,
        format: p.format,
        postcode: p.la ? "B18 6NF" : null,
        localAuthority: p.la,
        supervisorName: "Amira Khan",
        accessibility: "Step-free access to the ground floor. A quiet room is available.",
        dressCode: "Comfortable clothes and closed-toe shoes.",
        travelNotes: "Ten minutes' walk from the nearest tram stop.",
        ...(p.safe ? safeguarded(now) : {}),
        changesReason: p.changesReason ?? null,
        firstPublishedAt: p.state === "live" || p.state === "closed" ? created : null,
        submittedAt: p.state === "draft" ? null : created,
        closedAt: p.state === "closed" ? dayFrom(now, p.startIn) : null,
        closedReason:
          p.state === "closed" ? "Closed automatically when the placement started" : null,
        createdAt: created,
      },
      select: { id: true },
    });
    ids[p.key] = row.id;
  }

  const request = (data: {
    placement: string;
    school: string;
    places: number;
    year: string;
    state: RequestState;
    daysAgo: number;
    accepted?: number;
    declineReason?: string;
    outcome?: boolean;
  }) =>
    prisma.placementRequest.create({
      data: {
        placementId: ids[data.placement]!,
        schoolOrgId: orgs[data.school]!,
        requestedById: users[data.school] ?? null,
        places: data.places,
        yearGroup: data.year,
        accessNeeds: data.year === "10" ? "One student uses a wheelchair." : "",
        note: "Any week in the term suits us.",
        state: data.state,
        placesAccepted: data.accepted ?? 0,
        declineReason: data.declineReason ?? null,
        viewedAt: data.state === "new" ? null : new Date(now.getTime() - (data.daysAgo - 1) * DAY),
        answeredAt: ["accepted", "declined"].includes(data.state)
          ? new Date(now.getTime() - (data.daysAgo - 1) * DAY)
          : null,
        withdrawnAt:
          data.state === "withdrawn" ? new Date(now.getTime() - (data.daysAgo - 2) * DAY) : null,
        ...(data.outcome
          ? {
              schoolAttended: data.accepted,
              schoolFeedback: "Our students loved it and want to do it again.",
              employerAttended: data.accepted,
              employerFeedback: "A keen group who asked good questions.",
              wouldHostAgain: true,
            }
          : {}),
        createdAt: new Date(now.getTime() - data.daysAgo * DAY),
      },
    });

  await request({
    placement: "printWeek",
    school: "school",
    places: 2,
    year: "10",
    state: "new",
    daysAgo: 1,
  });
  await request({
    placement: "printWeek",
    school: "school2",
    places: 2,
    year: "11",
    state: "viewed",
    daysAgo: 3,
  });
  await request({
    placement: "printWeek",
    school: "school3",
    places: 3,
    year: "11",
    state: "accepted",
    accepted: 2,
    daysAgo: 6,
  });
  await request({
    placement: "designDay",
    school: "school",
    places: 4,
    year: "9",
    state: "accepted",
    accepted: 4,
    daysAgo: 5,
  });
  await request({
    placement: "designDay",
    school: "school2",
    places: 8,
    year: "10",
    state: "declined",
    declineReason: "We can only take 10 students in all, and most places are taken.",
    daysAgo: 4,
  });
  await request({
    placement: "bakery",
    school: "school",
    places: 1,
    year: "11",
    state: "withdrawn",
    daysAgo: 7,
  });
  await request({
    placement: "fabrication",
    school: "school",
    places: 2,
    year: "12",
    state: "new",
    daysAgo: 2,
  });
  await request({
    placement: "pastWeek",
    school: "school",
    places: 2,
    year: "10",
    state: "accepted",
    accepted: 2,
    daysAgo: 45,
    outcome: true,
  });
  await request({
    placement: "pastWeek",
    school: "school3",
    places: 2,
    year: "10",
    state: "expired",
    daysAgo: 40,
  });
}
