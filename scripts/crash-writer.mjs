// Child process for the crash test: writes rows as the app does (same SQLite
// settings) and prints each id only after its transaction has committed.
import Database from "better-sqlite3";

const [file, pragmasJson] = process.argv.slice(2);
const db = new Database(file);
for (const pragma of JSON.parse(pragmasJson)) db.pragma(pragma);
db.exec("CREATE TABLE IF NOT EXISTS crash_test (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
const insert = db.prepare("INSERT INTO crash_test (body) VALUES (?)");
const write = db.transaction(() => insert.run("x".repeat(200 + Math.floor(Math.random() * 2000))).lastInsertRowid);
for (;;) {
  const id = write();
  process.stdout.write(`${id}\n`);
}
