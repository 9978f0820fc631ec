// `npm run seed`: load the demo data into an empty database.
import { disconnectDb, prisma } from "../app/db.server";
import { seedDemo } from "./seed/demo";

if ((await prisma.user.count()) > 0) {
  console.info("The database already has data, so the demo data was not loaded.");
} else {
  await seedDemo();
  console.info("Loaded the demo data.");
}
await disconnectDb();
