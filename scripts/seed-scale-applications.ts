// Applications for the scale database (issue 12): about 60,000 across the
// vacancies, states spread as a real year's would be, some hires, and one
// vacancy of the bench SME's with the most applications of any employer, for
// `npm run bench` ("An employer's applications"). Deterministic (fixed seed).
// Run by seed-scale.ts on a new database, and by the bench on an older one
// that has none yet (the step is skipped once any application is there).
import type Database from "better-sqlite3";
import { localAuthorityIds } from "../app/organisations/reference-data";
import { prng } from "./prng";

/** The bench SME's vacancy with the most applications. */
export const BENCH_VACANCY = "app-bench-applications";
export const SCALE_APPLICATIONS = 60_000;
/** The bench vacancy's share: far more than any other employer's. */
const BENCH_VACANCY_APPLICATIONS = 2_400;

// Where a year of applications ends up: most are turned down or still early on.
const stateShares: [string, number][] = [
  ["draft", 0.02],
  ["new", 0.22],
  ["reviewing", 0.16],
  ["interviewing", 0.08],
  ["offered", 0.04],
  ["hired", 0.05],
  ["unsuccessful", 0.37],
  ["withdrawn", 0.06],
];
const activities = ["school", "college", "working", "looking", "caring", "other"];
const outcodes = ["B1", "B15", "CV1", "DY1", "WS1", "WV1", "B70", "B91"];

export function seedScaleApplications(
  db: Database.Database,
  now: Date,
  total = SCALE_APPLICATIONS,
): number {
  const already = db.prepare(`SELECT COUNT(*) AS n FROM Application`).get() as { n: number };
  if (already.n > 0) return 0;
  const random = prng(20261201);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
  const stateFor = () => {
    let r = random();
    for (const [state, share] of stateShares) if ((r -= share) < 0) return state;
    return "new";
  };

  const benchOrg = db
    .prepare(
      `SELECT organisationId AS id FROM User WHERE email = 'bench-sme@scale.skillsbridge.test'`,
    )
    .get() as { id: string } | undefined;
  const vacancies = (
    db.prepare(`SELECT id FROM Apprenticeship WHERE state <> 'draft' ORDER BY id`).all() as {
      id: string;
    }[]
  ).map((v) => v.id);
  if (!benchOrg || vacancies.length === 0) return 0;

  const insertVacancy = db.prepare(
    `INSERT INTO Apprenticeship (id, organisationId, state, title, shortDescription, fullDescription, standard, level, route, positions, weeklyHours, durationMonths, wageType, wageWeeklyPence, startDate, closingDate, postcode, localAuthority, trainingProvider, skillsWanted, qualificationsWanted, applyMethod, applyUrl, disabilityConfident, firstPublishedAt, submittedAt, createdAt, updatedAt)
     VALUES (?, ?, 'live', 'Software developer apprentice', 'Learn to build websites with a local employer.', 'You will build and test websites and study with a training provider.', 'Software developer', 4, 'Digital', 4, 37.5, 24, 'apprentice-minimum', NULL, ?, ?, 'B1 1AA', 'birmingham', 'Digital College', 'Curiosity', '', 'portal', NULL, 1, ?, ?, ?, ?)`,
  );
  const insert = db.prepare(
    `INSERT INTO Application (id, apprenticeshipId, email, state, name, localAuthority, outcode, currentActivity, qualifications, noQualifications, whyThis, guaranteedInterview, feedback, emailConfirmedAt, submittedAt, stateChangedAt, createdAt, updatedAt)
     VALUES (@id, @vacancy, @email, @state, @name, @la, @outcode, @activity, @quals, @none, @why, @gi, @feedback, @confirmed, @submitted, @changed, @created, @created)`,
  );
  let made = 0;
  db.transaction(() => {
    const published = iso(daysAgo(120));
    insertVacancy.run(
      BENCH_VACANCY,
      benchOrg.id,
      iso(new Date(now.getTime() + 90 * 86_400_000)),
      iso(new Date(now.getTime() + 30 * 86_400_000)),
      published,
      published,
      published,
      published,
    );
    for (let i = 1; i <= total; i++) {
      const vacancy = i <= BENCH_VACANCY_APPLICATIONS ? BENCH_VACANCY : pick(vacancies);
      const state = stateFor();
      const created = daysAgo(int(1, 120) + random());
      const sent = state === "draft" ? null : new Date(created.getTime() + int(5, 90) * 60_000);
      const moved =
        sent && state !== "new" ? new Date(sent.getTime() + int(1, 20) * 86_400_000) : null;
      const local = random() < 0.8;
      const none = random() < 0.2;
      insert.run({
        id: `scaleapp${String(i).padStart(6, "0")}`,
        vacancy,
        email: `applicant${i}@scale.skillsbridge.test`,
        state,
        name: `Applicant ${i}`,
        la: local ? pick(localAuthorityIds) : null,
        outcode: local ? null : pick(outcodes),
        activity: pick(activities),
        quals: none
          ? "[]"
          : JSON.stringify([{ subject: "English", grade: String(int(4, 9)), level: "2" }]),
        none: none ? 1 : 0,
        why: "I want to learn on the job and build a career here.",
        gi: random() < 0.05 ? 1 : 0,
        feedback: state === "unsuccessful" && random() < 0.5 ? "Thank you for applying." : null,
        confirmed: iso(created),
        submitted: sent ? iso(sent) : null,
        changed: moved && moved < now ? iso(moved) : sent ? iso(sent) : null,
        created: iso(created),
      });
      made++;
    }
  })();
  return made;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `tsx scripts/seed-scale-applications.ts <file>`: add them to an existing scale database.
  const { default: Sqlite } = await import("better-sqlite3");
  const file = process.argv[2];
  if (!file) throw new Error("usage: tsx scripts/seed-scale-applications.ts <scale.db>");
  const db = new Sqlite(file);
  const started = Date.now();
  const made = seedScaleApplications(db, new Date(process.env.SCALE_NOW ?? "2026-11-22T09:00:00Z"));
  db.exec("ANALYZE");
  db.close();
  console.info(
    `${made} applications added to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}
