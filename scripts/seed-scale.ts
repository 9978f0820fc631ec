// `npm run seed:scale`: a separate database with a whole region's data, for the
// benchmark (docs/performance.md). Deterministic (fixed seed). Written with
// better-sqlite3 prepared statements in transactions: Prisma one row at a time
// would take far longer than the two minutes we allow.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { hashPassword } from "../app/auth/password.server";
import { sqlitePragmas } from "../app/db-settings";
import { localAuthorityIds, sectorIds } from "../app/organisations/reference-data";
import { currentBank } from "../app/readiness/question-bank";
import { scoreCheck, type Answers } from "../app/readiness/scoring";
import { dimensionIds } from "../app/readiness/dimensions";
import { SCALE_APPLICATIONS, seedScaleApplications } from "./seed-scale-applications";
import { prng } from "./prng";

/**
 * The scale database's file: data/scale.db for the region as it is, or
 * data/scale-x10.db for `--factor 10` (BENCH_FACTOR=10 for the bench).
 */
export function scaleDbFile(factor = 1) {
  return path.resolve(
    process.env.SCALE_DATABASE_FILE ??
      path.join("data", factor === 1 ? "scale.db" : `scale-x${factor}.db`),
  );
}
export const SCALE_DB = scaleDbFile();
export const BENCH_PASSWORD = "skillsbridge-bench";
export const benchEmails = {
  sme: "bench-sme@scale.skillsbridge.test",
  school: "bench-school@scale.skillsbridge.test",
  mentor: "bench-mentor@scale.skillsbridge.test",
  staff: "bench-staff@scale.skillsbridge.test",
};

/** The region as it is: about 25,000 SMEs and 600 schools. */
const REGION = {
  smes: 25_000,
  schools: 600,
  boardFirms: 10,
  boardMembersPerFirm: 8,
  apprenticeships: 6_000,
  placements: 10_000,
  placementRequests: 20_000,
  relationships: 3_000,
  offers: 200,
};

const random = prng(20261122);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(6, "0")}`;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

const NOW = new Date(process.env.SCALE_NOW ?? "2026-11-22T09:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const daysAhead = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

const words = [
  "digital",
  "data",
  "cloud",
  "software",
  "support",
  "marketing",
  "design",
  "network",
  "cyber",
  "web",
  "customer",
  "office",
  "engineering",
  "finance",
  "retail",
  "logistics",
  "health",
  "creative",
  "media",
  "IT",
];
const postcodes: Record<string, string[]> = {
  birmingham: ["B1 1AA", "B5 6DY", "B18 6NF"],
  coventry: ["CV1 3HB", "CV5 6EJ"],
  dudley: ["DY1 1HR", "DY8 1AA"],
  sandwell: ["B66 1AA", "B70 9LD"],
  solihull: ["B91 3QJ", "B90 4AA"],
  walsall: ["WS1 1TP", "WS2 8EA"],
  wolverhampton: ["WV1 4QR", "WV14 0AA"],
  elsewhere: ["WR1 1AA", "ST1 1AA"],
};

function answersFor(strength: number): Answers {
  const answers: Answers = {};
  for (const q of currentBank.questions) {
    if (q.style === "multi") {
      const chosen = q.options.filter((o) => o.value !== "none" && random() < strength);
      answers[q.id] = chosen.length ? chosen.map((o) => o.value) : ["none"];
    } else {
      const index = Math.min(
        q.options.length - 1,
        Math.max(0, Math.round(strength * (q.options.length - 1) + (random() - 0.5) * 2)),
      );
      // scale options run low→high; yes/partly/no run high→low.
      const options = q.style === "scale" ? q.options : [...q.options].reverse();
      answers[q.id] = options[index]!.value;
    }
  }
  return answers;
}

/** Every table `factor` times larger; the partnership board keeps its ten firms. */
function countsFor(factor: number) {
  const counts = { ...REGION };
  for (const key of Object.keys(counts) as (keyof typeof REGION)[])
    if (key !== "boardFirms") counts[key] = REGION[key] * factor;
  return counts;
}

export async function seedScale(file = SCALE_DB, factor = 1) {
  const started = Date.now();
  const COUNTS = countsFor(factor);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: "ignore",
  });

  const db = new Database(file);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  const hash = await hashPassword(BENCH_PASSWORD);
  const created = iso(daysAgo(400));

  const insertOrg = db.prepare(
    `INSERT INTO Organisation (id, name, kind, sector, sizeBand, localAuthority, postcode, schoolUrn, schoolPhase, verificationStatus, verifiedAt, createdAt, updatedAt)
     VALUES (@id, @name, @kind, @sector, @sizeBand, @localAuthority, @postcode, @schoolUrn, @schoolPhase, @verificationStatus, @verifiedAt, @createdAt, @createdAt)`,
  );
  const insertUser = db.prepare(
    `INSERT INTO User (id, email, name, role, organisationId, emailConfirmedAt, createdAt, updatedAt)
     VALUES (@id, @email, @name, @role, @organisationId, @createdAt, @createdAt, @createdAt)`,
  );
  const insertPassword = db.prepare(`INSERT INTO Password (hash, userId) VALUES (?, ?)`);
  const insertCheck = db.prepare(
    `INSERT INTO ReadinessCheck (id, organisationId, startedById, bankVersion, status, answers, isLatest, overall, band, scoreStrategy, scoreReadiness, scoreWorkforce, scoreData, scoreAutomation, scoreCyber, startedAt, updatedAt, submittedAt)
     VALUES (@id, @organisationId, @startedById, @bankVersion, 'submitted', @answers, @isLatest, @overall, @band, @strategy, @readiness, @workforce, @data, @automation, @cyber, @startedAt, @submittedAt, @submittedAt)`,
  );

  const smeIds: string[] = [];
  const smeUserIds: string[] = [];
  const schoolIds: string[] = [];
  const schoolUserIds: string[] = [];
  const mentorIds: string[] = [];
  let checks = 0;

  db.transaction(() => {
    const sizes = ["micro", "micro", "micro", "small", "small", "medium"];
    for (let i = 1; i <= COUNTS.smes; i++) {
      const org = id("sme", i);
      const la = pick(localAuthorityIds);
      insertOrg.run({
        id: org,
        name: `${pick(words)} ${pick(words)} Ltd ${i}`,
        kind: "sme",
        sector: pick(sectorIds),
        sizeBand: pick(sizes),
        localAuthority: la,
        postcode: pick(postcodes[la]!),
        schoolUrn: null,
        schoolPhase: null,
        verificationStatus: random() < 0.9 ? "verified" : "unverified",
        verifiedAt: created,
        createdAt: iso(daysAgo(int(30, 700))),
      });
      const user = id("usme", i);
      insertUser.run({
        id: user,
        email: i === 1 ? benchEmails.sme : `sme${i}@scale.skillsbridge.test`,
        name: `SME owner ${i}`,
        role: "sme",
        organisationId: org,
        createdAt: created,
      });
      insertPassword.run(hash, user);
      smeIds.push(org);
      smeUserIds.push(user);
      // Most SMEs have one to three completed checks; the first always has three.
      const count = i === 1 ? 3 : random() < 0.15 ? 0 : int(1, 3);
      let strength = 0.15 + random() * 0.6;
      for (let c = 0; c < count; c++) {
        const answers = answersFor(Math.min(1, strength));
        const scores = scoreCheck(currentBank, answers);
        const submitted = daysAgo((count - c) * 120 - int(0, 60));
        insertCheck.run({
          id: id(`chk${c}-`, i),
          organisationId: org,
          startedById: user,
          bankVersion: currentBank.version,
          answers: JSON.stringify(answers),
          isLatest: c === count - 1 ? 1 : 0,
          overall: scores.overall,
          band: scores.band,
          strategy: scores.dimensions.strategy,
          readiness: scores.dimensions.readiness,
          workforce: scores.dimensions.workforce,
          data: scores.dimensions.data,
          automation: scores.dimensions.automation,
          cyber: scores.dimensions.cyber,
          startedAt: iso(new Date(submitted.getTime() - 3_600_000)),
          submittedAt: iso(submitted),
        });
        checks++;
        strength += 0.05 + random() * 0.1;
      }
    }
    for (let i = 1; i <= COUNTS.schools; i++) {
      const org = id("sch", i);
      const la = pick(localAuthorityIds);
      insertOrg.run({
        id: org,
        name: `${pick(["Park", "Hill", "Green", "Central", "Vale"])} Academy ${i}`,
        kind: "school",
        sector: "P",
        sizeBand: null,
        localAuthority: la,
        postcode: pick(postcodes[la]!),
        schoolUrn: String(100000 + i),
        schoolPhase: pick(["secondary", "college", "sixth-form"]),
        verificationStatus: random() < 0.95 ? "verified" : "unverified",
        verifiedAt: created,
        createdAt: created,
      });
      const user = id("usch", i);
      insertUser.run({
        id: user,
        email: i === 1 ? benchEmails.school : `school${i}@scale.skillsbridge.test`,
        name: `Careers lead ${i}`,
        role: "school",
        organisationId: org,
        createdAt: created,
      });
      insertPassword.run(hash, user);
      schoolIds.push(org);
      schoolUserIds.push(user);
    }
    const insertMentor = db.prepare(
      `INSERT INTO MentorProfile (id, userId, role, bio, expertise, edsAreas, capacity, format, localAuthority, takingRequests, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    );
    for (let f = 1; f <= COUNTS.boardFirms; f++) {
      const org = id("brd", f);
      insertOrg.run({
        id: org,
        name: `Partner Tech ${f}`,
        kind: "board",
        sector: "J",
        sizeBand: null,
        localAuthority: pick(localAuthorityIds),
        postcode: "B3 2BJ",
        schoolUrn: null,
        schoolPhase: null,
        verificationStatus: f <= 9 ? "verified" : "unverified",
        verifiedAt: created,
        createdAt: created,
      });
      for (let m = 1; m <= COUNTS.boardMembersPerFirm; m++) {
        const n = (f - 1) * COUNTS.boardMembersPerFirm + m;
        const user = id("ubrd", n);
        insertUser.run({
          id: user,
          email: n === 1 ? benchEmails.mentor : `mentor${n}@scale.skillsbridge.test`,
          name: `Mentor ${n}`,
          role: "board",
          organisationId: org,
          createdAt: created,
        });
        insertPassword.run(hash, user);
        const expertise = dimensionIds.filter(() => random() < 0.35);
        const profile = id("mp", n);
        insertMentor.run(
          profile,
          user,
          pick(["Engineer", "Consultant", "Manager", "Analyst"]),
          `I help small firms with ${pick(words)} and ${pick(words)}.`,
          (expertise.length ? expertise : [pick(dimensionIds)]).join(","),
          "",
          int(2, 6),
          pick(["online", "in-person", "either"]),
          pick(localAuthorityIds),
          created,
          created,
        );
        mentorIds.push(profile);
      }
    }
    const staffOrg = "staff000001";
    insertOrg.run({
      id: staffOrg,
      name: "West Midlands Digital Skills Partnership",
      kind: "staff",
      sector: null,
      sizeBand: null,
      localAuthority: "birmingham",
      postcode: "B4 6AT",
      schoolUrn: null,
      schoolPhase: null,
      verificationStatus: "verified",
      verifiedAt: created,
      createdAt: created,
    });
    insertUser.run({
      id: "ustaff000001",
      email: benchEmails.staff,
      name: "Staff member",
      role: "staff",
      organisationId: staffOrg,
      createdAt: created,
    });
    insertPassword.run(hash, "ustaff000001");
  })();

  const states = [
    "live",
    "live",
    "live",
    "live",
    "closed",
    "draft",
    "submitted",
    "archived",
    "changes-requested",
  ];
  const routes = [
    "Digital",
    "Business and administration",
    "Creative and design",
    "Engineering and manufacturing",
  ];
  const liveApprenticeshipsByOrg = new Map<string, string[]>();
  db.transaction(() => {
    const insert = db.prepare(
      `INSERT INTO Apprenticeship (id, organisationId, state, title, shortDescription, fullDescription, standard, level, route, positions, weeklyHours, durationMonths, wageType, wageWeeklyPence, startDate, closingDate, postcode, localAuthority, trainingProvider, skillsWanted, qualificationsWanted, applyMethod, applyUrl, disabilityConfident, firstPublishedAt, submittedAt, createdAt, updatedAt)
       VALUES (@id, @org, @state, @title, @short, @full, @standard, @level, @route, @positions, @hours, @months, @wageType, @wage, @start, @closing, @postcode, @la, @provider, @skills, '', 'portal', NULL, @dc, @published, @published, @createdAt, @createdAt)`,
    );
    for (let i = 1; i <= COUNTS.apprenticeships; i++) {
      const org = smeIds[int(0, smeIds.length - 1)]!;
      const state = pick(states);
      const closing =
        state === "closed" || state === "archived" ? daysAgo(int(1, 200)) : daysAhead(int(8, 90));
      const hours = pick([30, 35, 37.5, 40]);
      const la = pick(localAuthorityIds);
      const topic = `${pick(words)} ${pick(words)}`;
      insert.run({
        id: id("app", i),
        org,
        state,
        title: `${topic} apprentice`,
        short: `Learn ${topic} skills on the job with a local employer.`,
        full: `You will work with our team on ${topic} tasks and study with a training provider. ${pick(words)} ${pick(words)} ${pick(words)}.`,
        standard: `${topic} technician`,
        level: int(2, 6),
        route: pick(routes),
        positions: int(1, 3),
        hours,
        months: int(12, 24),
        wageType: pick(["fixed", "apprentice-minimum", "national-minimum", "competitive"]),
        wage: Math.round(hours * 900),
        start: iso(new Date(closing.getTime() + 30 * 86_400_000)),
        closing: iso(closing),
        postcode: pick(postcodes[la]!),
        la,
        provider: `${pick(words)} College`,
        skills: `${pick(words)}, ${pick(words)}`,
        dc: random() < 0.3 ? 1 : 0,
        published: state === "draft" ? null : iso(daysAgo(int(10, 300))),
        createdAt: iso(daysAgo(int(10, 400))),
      });
      if (state === "live")
        liveApprenticeshipsByOrg.set(org, [
          ...(liveApprenticeshipsByOrg.get(org) ?? []),
          id("app", i),
        ]);
    }
  })();

  const placementRows: {
    id: string;
    org: string;
    places: number;
    live: boolean;
    ended: boolean;
  }[] = [];
  db.transaction(() => {
    const insert = db.prepare(
      `INSERT INTO Placement (id, organisationId, state, title, description, sector, dateMode, startDate, endDate, daysAndHours, yearGroups, places, format, postcode, localAuthority, supervisorName, insuranceConfirmed, insurer, insuranceExpiry, insuranceCoverPounds, riskAssessmentReviewed, riskAssessmentWritten, dbsNeeded, safeguardingContactName, safeguardingContact, contactIsSupervisor, contactRole, contactEmail, contactPhone, workplaceAddress, firstDayDetails, firstPublishedAt, submittedAt, createdAt, updatedAt)
       VALUES (@id, @org, @state, @title, @description, @sector, 'fixed', @start, @end, 'Monday to Friday, 9am to 3pm', @years, @places, @format, @postcode, @la, 'Alex Smith', 1, 'Acme Insurance', @expiry, 5000000, 1, 'yes', 'no', 'Sam Lee', 'sam@example.test', 1, 'Office manager', 'alex@example.test', '0121 496 0000', @address, 'Come to reception at 9am and ask for Alex.', @published, @published, @createdAt, @createdAt)`,
    );
    for (let i = 1; i <= COUNTS.placements; i++) {
      const org = smeIds[int(0, smeIds.length - 1)]!;
      const state = pick(states);
      const past = state === "closed" || state === "archived";
      const start = past ? daysAgo(int(20, 300)) : daysAhead(int(10, 120));
      const end = new Date(start.getTime() + int(4, 10) * 86_400_000);
      const la = pick(localAuthorityIds);
      const places = int(1, 6);
      const topic = `${pick(words)} ${pick(words)}`;
      insert.run({
        id: id("plc", i),
        org,
        state,
        title: `${topic} work experience`,
        description: `Spend a week seeing how we use ${topic} tools every day.`,
        sector: pick(sectorIds),
        start: iso(start),
        end: iso(end),
        years: pick(["10", "10,11", "12", "12,13", "11"]),
        places,
        format: pick(["in-person", "in-person", "virtual", "hybrid"]),
        postcode: pick(postcodes[la]!),
        la,
        address: `${int(1, 200)} High Street`,
        expiry: iso(daysAhead(400)),
        published: state === "draft" ? null : iso(daysAgo(int(10, 300))),
        createdAt: iso(daysAgo(int(10, 400))),
      });
      placementRows.push({ id: id("plc", i), org, places, live: state === "live", ended: past });
    }
  })();

  db.transaction(() => {
    const insert = db.prepare(
      `INSERT INTO PlacementRequest (id, placementId, schoolOrgId, requestedById, places, yearGroup, accessNeeds, note, state, placesAccepted, declineReason, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, '', '', ?, ?, ?, ?, ?)`,
    );
    // A short thread on about one request in three (issue 11), both sides writing.
    const insertMessage = db.prepare(
      `INSERT INTO PlacementMessage (id, requestId, authorId, side, body, createdAt) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const accepted = new Map<string, number>();
    const candidates = placementRows.filter((p) => p.live || p.ended);
    for (let i = 1; i <= COUNTS.placementRequests; i++) {
      const placement = pick(candidates);
      const s = int(0, schoolIds.length - 1);
      const wanted = int(1, 3);
      let state = pick([
        "new",
        "viewed",
        "accepted",
        "accepted",
        "declined",
        "withdrawn",
        "expired",
      ]);
      let placesAccepted = 0;
      if (state === "accepted") {
        const left = placement.places - (accepted.get(placement.id) ?? 0);
        if (left <= 0) state = "declined";
        else {
          placesAccepted = Math.min(left, wanted);
          accepted.set(placement.id, (accepted.get(placement.id) ?? 0) + placesAccepted);
        }
      }
      const when = iso(daysAgo(int(1, 300)));
      insert.run(
        id("req", i),
        placement.id,
        schoolIds[s]!,
        schoolUserIds[s]!,
        wanted,
        pick(["10", "11", "12"]),
        state,
        placesAccepted,
        state === "declined" ? "We are full that week." : null,
        when,
        when,
      );
      if (i % 3 === 0) {
        insertMessage.run(
          id("pmsg", i * 2),
          id("req", i),
          schoolUserIds[s]!,
          "school",
          "Which entrance should the students use?",
          when,
        );
        insertMessage.run(
          id("pmsg", i * 2 + 1),
          id("req", i),
          null,
          "employer",
          "The front door on the High Street.",
          when,
        );
      }
    }
  })();

  db.transaction(() => {
    const insertRel = db.prepare(
      `INSERT INTO MentoringRequest (id, mentorId, smeOrgId, requestedById, goals, preferredFormat, state, declineReason, endReason, createdAt, answeredAt, endedAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, 'either', ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertSession = db.prepare(
      `INSERT INTO MentoringSession (id, relationshipId, loggedById, date, minutes, topics, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertMessage = db.prepare(
      `INSERT INTO MentoringMessage (id, relationshipId, authorId, body, createdAt) VALUES (?, ?, ?, ?, ?)`,
    );
    for (let i = 1; i <= COUNTS.relationships; i++) {
      const s = int(0, smeIds.length - 1);
      const state = pick([
        "pending",
        "accepted",
        "accepted",
        "completed",
        "completed",
        "declined",
        "cancelled",
        "expired",
      ]);
      const created = daysAgo(int(5, 300));
      const rel = id("rel", i);
      insertRel.run(
        rel,
        pick(mentorIds),
        smeIds[s]!,
        smeUserIds[s]!,
        "We would like help with our weakest areas.",
        state,
        state === "declined" ? "I am full at the moment." : null,
        state === "completed" ? "We met our goals." : null,
        iso(created),
        state === "pending" ? null : iso(new Date(created.getTime() + 2 * 86_400_000)),
        state === "completed" ? iso(new Date(created.getTime() + 60 * 86_400_000)) : null,
        iso(created),
      );
      if (state === "accepted" || state === "completed") {
        for (let k = 1; k <= int(1, 3); k++) {
          const date = iso(new Date(created.getTime() + k * 7 * 86_400_000));
          insertSession.run(
            `${rel}-s${k}`,
            rel,
            smeUserIds[s]!,
            date,
            pick([30, 45, 60]),
            `${pick(words)} and ${pick(words)}`,
            date,
          );
        }
        for (let k = 1; k <= int(2, 4); k++) {
          const date = iso(new Date(created.getTime() + k * 3 * 86_400_000));
          insertMessage.run(
            `${rel}-m${k}`,
            rel,
            smeUserIds[s]!,
            `Thanks for the session about ${pick(words)}.`,
            date,
          );
        }
      }
    }
    const insertOffer = db.prepare(
      `INSERT INTO Offer (id, organisationId, title, description, kind, dimensions, schedule, startsAt, endsAt, format, location, localAuthority, seats, state, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, 'dated', ?, ?, ?, ?, ?, ?, 'published', ?, ?)`,
    );
    const insertBooking = db.prepare(
      `INSERT INTO OfferBooking (id, offerId, smeOrgId, seats, state, createdAt) VALUES (?, ?, ?, ?, 'booked', ?)`,
    );
    for (let i = 1; i <= COUNTS.offers; i++) {
      const offer = id("off", i);
      const starts = daysAhead(int(-30, 90));
      const seats = int(10, 40);
      insertOffer.run(
        offer,
        id("brd", int(1, COUNTS.boardFirms)),
        `${pick(words)} ${pick(["workshop", "clinic", "course"])}`,
        "A practical session for small firms.",
        pick(["workshop", "clinic", "short-course"]),
        [pick(dimensionIds), pick(dimensionIds)].join(","),
        iso(starts),
        iso(new Date(starts.getTime() + 7_200_000)),
        pick(["online", "in-person"]),
        "Birmingham Library",
        pick(localAuthorityIds),
        seats,
        iso(daysAgo(60)),
        iso(daysAgo(60)),
      );
      for (let b = 1; b <= int(0, seats - 2); b++)
        insertBooking.run(
          `${offer}-b${b}`,
          offer,
          smeIds[int(0, smeIds.length - 1)]!,
          1,
          iso(daysAgo(int(1, 50))),
        );
    }
  })();

  seedScaleApplications(db, NOW, SCALE_APPLICATIONS * factor);

  for (const pragma of sqlitePragmas) db.pragma(pragma);
  db.pragma("optimize");
  db.exec("ANALYZE");
  db.close();
  return { file, checks, seconds: (Date.now() - started) / 1000 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flag = process.argv.indexOf("--factor");
  const factor = flag === -1 ? 1 : Number(process.argv[flag + 1]);
  if (!Number.isInteger(factor) || factor < 1)
    throw new Error("--factor takes a whole number, like 10");
  const result = await seedScale(scaleDbFile(factor), factor);
  console.info(
    `Scale database written to ${result.file} in ${result.seconds.toFixed(1)} s (${result.checks} readiness checks).`,
  );
  console.info(
    `Bench accounts (password ${BENCH_PASSWORD}): ${Object.values(benchEmails).join(", ")}`,
  );
}
