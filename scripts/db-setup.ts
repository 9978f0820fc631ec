// `npm start` and `npm run dev` run this first: apply the migrations to the
// database (made if missing), then load the demo data when it is empty and
// this is a demo: SEED_DEMO=true, or unset on a site that is not served over
// https at a real name (decision 024). A real site starts with no accounts:
// `npm run staff:create` makes the first one.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const url =
  process.env.DATABASE_URL ?? `file:${path.join(process.cwd(), "data", "skillsbridge.db")}`;
process.env.DATABASE_URL = url;
fs.mkdirSync(path.dirname(path.resolve(url.replace(/^file:/, ""))), { recursive: true });

execFileSync("npx", ["prisma", "migrate", "deploy"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: process.env,
});

const { prisma, configureDb, disconnectDb } = await import("../app/db.server");
await configureDb();
// Audit rows written before the chain existed get their hashes once, before any new row links to them.
const { chainHead } = await import("../app/audit/chain.server");
await prisma.$transaction((tx) => chainHead(tx));
const users = await prisma.user.count();
const { shouldSeedDemo } = await import("../app/accounts/first-run.server");
const { SEED_DEMO, APP_ORIGIN } = process.env;
if (users === 0 && shouldSeedDemo({ SEED_DEMO, APP_ORIGIN })) {
  const { seedDemo } = await import("../prisma/seed/demo");
  await seedDemo();
  console.info("Loaded the demo data. Demo accounts use the password skillsbridge-demo.");
} else if (users === 0) {
  console.info(
    "The database is empty and no demo data was loaded. Make the first staff account with: npm run staff:create -- you@example.org",
  );
}
await disconnectDb();
