// `npm run staff:create -- person@example.org [--name "Jo Bennett"] [--organisation "West Midlands Skills"] [--password-stdin]`
// Makes a staff account on a real site, where nobody can sign up as staff.
// Prints a single-use set-up link (the staff invitation), or with
// --password-stdin reads the password from standard input. Audited.
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string" },
    organisation: { type: "string" },
    "password-stdin": { type: "boolean", default: false },
  },
});

const email = positionals[0];
if (!email || positionals.length > 1) {
  console.error(
    'Say one email address: npm run staff:create -- person@example.org [--name "Jo Bennett"] [--password-stdin]',
  );
  process.exit(2);
}

async function readStdin() {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One line: the password, without its line ending.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

const password = values["password-stdin"] ? await readStdin() : undefined;
const { createStaffAccount } = await import("../app/accounts/first-run.server");
const { disconnectDb } = await import("../app/db.server");
const result = await createStaffAccount({
  email,
  name: values.name,
  organisation: values.organisation,
  password,
});
await disconnectDb();
if (result.status !== "done") {
  console.error(result.status === "refused" ? result.reason : "Nothing was made.");
  process.exit(1);
}
if (result.value.setUpLink) {
  console.info(
    `Made a staff invitation for ${email}. Open this link once to choose a name and password`,
  );
  console.info("(it works once, for 7 days; do not share it):");
  console.info(result.value.setUpLink);
} else {
  console.info(`Made the staff account ${email}. They can sign in now.`);
}
// The app modules it loads (metrics, mail) may keep handles open; the work is done.
process.exit(0);
