import { hashPassword } from "../../app/auth/password.server";
import type { Role } from "../../app/auth/roles";
import { prisma } from "../../app/db.server";
import { seedMentoring } from "./mentoring";
import { seedOpportunities } from "./opportunities";
import { seedReadiness } from "./readiness";

// Demo data that looks like the region. These accounts exist only when this
// seed runs (npm start on an empty database), never in tests or production.
export const DEMO_PASSWORD = "skillsbridge-demo";
export const demoEmails = {
  sme: "sme@demo.skillsbridge.test",
  school: "school@demo.skillsbridge.test",
  mentor: "mentor@demo.skillsbridge.test",
  staff: "staff@demo.skillsbridge.test",
} as const;

export type DemoContext = {
  now: Date;
  passwordHash: string;
  /** Organisation ids by a short key, for later seed steps. */
  orgs: Record<string, string>;
  users: Record<string, string>;
};

/** The id an earlier seed step stored under `key`; throws naming the key when there is none. */
export function idOf(ids: Record<string, string>, key: string): string {
  const id = ids[key];
  if (id === undefined) throw new Error(`The demo data has no id for "${key}".`);
  return id;
}

const smes = [
  {
    key: "sme",
    name: "Brindley Print Works",
    la: "birmingham",
    sector: "C",
    size: "small",
    postcode: "B18 6NF",
    user: ["Amira Khan", demoEmails.sme],
  },
  {
    key: "sme2",
    name: "Spon End Bakery",
    la: "coventry",
    sector: "I",
    size: "micro",
    postcode: "CV1 3HB",
    user: ["Tom Walsh", "tom@sponend.demo.skillsbridge.test"],
  },
  {
    key: "sme3",
    name: "Black Country Fabrications",
    la: "dudley",
    sector: "C",
    size: "medium",
    postcode: "DY1 1HR",
    user: ["Sue Parkes", "sue@bcfab.demo.skillsbridge.test"],
  },
  {
    key: "sme4",
    name: "Smethwick Freight",
    la: "sandwell",
    sector: "H",
    size: "small",
    postcode: "B66 1AA",
    user: ["Raj Patel", "raj@smethwickfreight.demo.skillsbridge.test"],
  },
  {
    key: "sme5",
    name: "Solihull Dental Care",
    la: "solihull",
    sector: "Q",
    size: "micro",
    postcode: "B91 3QJ",
    user: ["Helen Ford", "helen@solihulldental.demo.skillsbridge.test"],
  },
  {
    key: "sme6",
    name: "Walsall Leather Goods",
    la: "walsall",
    sector: "C",
    size: "micro",
    postcode: "WS1 1TP",
    user: ["Gary Blake", "gary@walsallleather.demo.skillsbridge.test"],
  },
  {
    key: "sme7",
    name: "Molineux Accountants",
    la: "wolverhampton",
    sector: "M",
    size: "small",
    postcode: "WV1 4QR",
    user: ["Priya Shah", "priya@molineux.demo.skillsbridge.test"],
  },
  {
    key: "sme8",
    name: "Digbeth Coffee Roasters",
    la: "birmingham",
    sector: "I",
    size: "micro",
    postcode: "B5 6DY",
    user: ["Leon Reid", "leon@digbethcoffee.demo.skillsbridge.test"],
  },
  {
    key: "sme9",
    name: "Canal Side Builders",
    la: "birmingham",
    sector: "F",
    size: "small",
    postcode: "B1 2JB",
    user: ["Kate Morris", "kate@canalside.demo.skillsbridge.test"],
  },
  {
    key: "sme10",
    name: "Earlsdon Bike Repairs",
    la: "coventry",
    sector: "G",
    size: "micro",
    postcode: "CV5 6EJ",
    user: ["Dan Hughes", "dan@earlsdonbikes.demo.skillsbridge.test"],
  },
  {
    key: "sme11",
    name: "Tipton Care Services",
    la: "sandwell",
    sector: "Q",
    size: "medium",
    postcode: "DY4 8QP",
    user: ["Grace Okafor", "grace@tiptoncare.demo.skillsbridge.test"],
  },
  {
    key: "sme12",
    name: "Stourbridge Glass Studio",
    la: "dudley",
    sector: "R",
    size: "micro",
    postcode: "DY8 1AA",
    user: ["Owen Price", "owen@stourbridgeglass.demo.skillsbridge.test"],
  },
] as const;

const schools = [
  {
    key: "school",
    name: "Aston Park Academy",
    la: "birmingham",
    urn: "145210",
    phase: "secondary",
    postcode: "B6 5RQ",
    user: ["Mr David Jones", demoEmails.school],
    verified: true,
  },
  {
    key: "school2",
    name: "Coventry Central College",
    la: "coventry",
    urn: "130476",
    phase: "college",
    postcode: "CV1 5DG",
    user: ["Ms Fiona Reed", "fiona@ccc.demo.skillsbridge.test"],
    verified: true,
  },
  {
    key: "school3",
    name: "Wednesbury Sixth Form",
    la: "sandwell",
    urn: "139902",
    phase: "sixth-form",
    postcode: "WS10 8DE",
    user: ["Mr Sam Carter", "sam@wednesbury.demo.skillsbridge.test"],
    verified: true,
  },
  {
    key: "school4",
    name: "Bilston High School",
    la: "wolverhampton",
    urn: "104391",
    phase: "secondary",
    postcode: "WV14 0AA",
    user: ["Mrs Anna Lee", "anna@bilston.demo.skillsbridge.test"],
    verified: false,
  },
] as const;

const boardFirms = [
  {
    key: "board",
    name: "Midlands Cloud Services",
    la: "birmingham",
    postcode: "B3 2BJ",
    users: [
      ["Nadia Hussain", demoEmails.mentor],
      ["Chris Evans", "chris@midlandscloud.demo.skillsbridge.test"],
    ],
  },
  {
    key: "board2",
    name: "Coventry Network Systems",
    la: "coventry",
    postcode: "CV4 7AL",
    users: [
      ["Ben Adeyemi", "ben@covnet.demo.skillsbridge.test"],
      ["Lucy Turner", "lucy@covnet.demo.skillsbridge.test"],
    ],
  },
] as const;

export async function seedFoundation(now: Date): Promise<DemoContext> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ctx: DemoContext = { now, passwordHash, orgs: {}, users: {} };
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

  async function org(
    key: string,
    data: {
      name: string;
      kind: Role;
      la: string;
      postcode: string;
      sector?: string;
      size?: string;
      urn?: string;
      phase?: string;
      verified: boolean;
    },
    members: readonly (readonly [string, string])[],
    createdDaysAgo: number,
  ) {
    const created = await prisma.organisation.create({
      data: {
        name: data.name,
        kind: data.kind,
        localAuthority: data.la,
        postcode: data.postcode,
        sector: data.sector ?? null,
        sizeBand: data.size ?? null,
        schoolUrn: data.urn ?? null,
        schoolPhase: data.phase ?? null,
        verificationStatus: data.verified ? "verified" : "unverified",
        verifiedAt: data.verified ? daysAgo(createdDaysAgo - 1) : null,
        createdAt: daysAgo(createdDaysAgo),
      },
      select: { id: true },
    });
    ctx.orgs[key] = created.id;
    for (const [index, [name, email]] of members.entries()) {
      const user = await prisma.user.create({
        data: {
          name,
          email,
          role: data.kind,
          organisationId: created.id,
          emailConfirmedAt: daysAgo(createdDaysAgo),
          createdAt: daysAgo(createdDaysAgo),
          // The first member signed the organisation up, so is its admin.
          isOrgAdmin: index === 0,
          password: { create: { hash: passwordHash } },
        },
        select: { id: true },
      });
      ctx.users[index === 0 ? key : `${key}-${index + 1}`] = user.id;
    }
  }

  for (const [i, sme] of smes.entries()) {
    await org(
      sme.key,
      {
        name: sme.name,
        kind: "sme",
        la: sme.la,
        postcode: sme.postcode,
        sector: sme.sector,
        size: sme.size,
        verified: i % 4 !== 3,
      },
      [sme.user],
      200 - i * 5,
    );
  }
  for (const school of schools) {
    await org(
      school.key,
      {
        name: school.name,
        kind: "school",
        la: school.la,
        postcode: school.postcode,
        sector: "P",
        urn: school.urn,
        phase: school.phase,
        verified: school.verified,
      },
      [school.user],
      150,
    );
  }
  for (const firm of boardFirms) {
    await org(
      firm.key,
      {
        name: firm.name,
        kind: "board",
        la: firm.la,
        postcode: firm.postcode,
        sector: "J",
        verified: true,
      },
      firm.users,
      300,
    );
  }
  await org(
    "staff",
    {
      name: "West Midlands Digital Skills Partnership",
      kind: "staff",
      la: "birmingham",
      postcode: "B4 6AT",
      verified: true,
    },
    [["Jo Bennett", demoEmails.staff]],
    400,
  );
  return ctx;
}

/** Each feature adds a step here that builds on the foundation's organisations and users. */
export const seedSteps: ((ctx: DemoContext) => Promise<void>)[] = [
  seedReadiness,
  seedOpportunities,
  seedMentoring,
];

export async function seedDemo(now = new Date()) {
  const ctx = await seedFoundation(now);
  for (const step of seedSteps) await step(ctx);
  return ctx;
}
