// Child process for scripts/durability.test.ts: writes through the app's own
// database client (app/db.server.ts, set up by configureDb() as the server is)
// and prints a number only after its transaction has committed.
// Usage: node --import tsx scripts/crash-writer.ts [commits]   (forever without a count)
import { configureDb, disconnectDb, prisma } from "../app/db.server";

const USERS_PER_ORGANISATION = 3;
const limit = process.argv[2] ? Number(process.argv[2]) : Infinity;

await configureDb();
// Numbered on from what earlier (killed) writers committed: a transaction is all
// or nothing, so the count is the highest number stored.
let next = (await prisma.organisation.count({ where: { name: { startsWith: "crash " } } })) + 1;
for (let written = 0; written < limit; written++, next++) {
  const n = next;
  // One organisation and its users in one transaction, as the app's commands
  // write a row with its children: a kill mid-way must leave all or none.
  await prisma.$transaction(async (tx) => {
    const { id } = await tx.organisation.create({
      data: {
        name: `crash ${n}`,
        kind: "sme",
        verificationReason: "x".repeat(200 + Math.floor(Math.random() * 2000)),
      },
      select: { id: true },
    });
    for (let u = 0; u < USERS_PER_ORGANISATION; u++) {
      await tx.user.create({
        data: {
          email: `crash-${n}-${u}@crash.test`,
          name: `Crash ${n}`,
          role: "sme",
          organisationId: id,
        },
      });
    }
  });
  process.stdout.write(`${n}\n`);
}
await disconnectDb();
