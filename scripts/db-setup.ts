// `npm start` and `npm run dev` run this first: apply the migrations to the
// database (made if missing), then load the demo data when it is empty.
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
if (users === 0 && process.env.SEED_DEMO !== "false") {
  const { seedDemo } = await import("../prisma/seed/demo");
  await seedDemo();
  console.info("Loaded the demo data. Demo accounts use the password skillsbridge-demo.");
}
await disconnectDb();
