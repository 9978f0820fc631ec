import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { makeUser } from "../../tests/factories";
import { exportUserData } from "./export.server";

// Reads prisma/schema.prisma: every model that refers to a user or an
// organisation must be in "download my data" and must go (or be unlinked)
// when the account or organisation is deleted.
type Field = { name: string; type: string; attributes: string };
function readModels() {
  const schema = fs.readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
  const models = new Map<string, Field[]>();
  for (const match of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const fields = match[2]!
      .split("\n")
      .map((line) => line.trim())
      .filter(
        (line) =>
          line && !line.startsWith("//") && !line.startsWith("@@") && !line.startsWith("///"),
      )
      .map((line) => {
        const [name, type, ...rest] = line.split(/\s+/);
        return { name: name!, type: type!, attributes: rest.join(" ") };
      });
    models.set(match[1]!, fields);
  }
  return models;
}

const models = readModels();
const owners = ["User", "Organisation"] as const;
const referring = [...models.entries()].flatMap(([model, fields]) =>
  fields
    .filter(
      (f) =>
        owners.includes(f.type.replace("?", "") as (typeof owners)[number]) &&
        f.attributes.includes("@relation"),
    )
    .map((f) => ({
      model,
      field: f.name,
      owner: f.type.replace("?", "") as (typeof owners)[number],
      attributes: f.attributes,
    })),
);

describe("privacy coverage of the schema", () => {
  test("the schema has the models we expect to check", () => {
    expect(referring.length).toBeGreaterThan(15);
  });

  test.each(referring)(
    "$model.$field: deleting the $owner removes or unlinks it",
    ({ attributes }) => {
      expect(attributes).toMatch(/onDelete: (Cascade|SetNull)/);
    },
  );

  test("every model that refers to a user or an organisation is in the data download", async () => {
    const user = await makeUser("sme");
    const data = (await exportUserData(user.id)) as unknown as {
      user: Record<string, unknown>;
      organisation: Record<string, unknown>;
    };
    const missing: string[] = [];
    for (const model of new Set(referring.map((r) => r.model))) {
      const backFields = owners.flatMap((owner) =>
        (models.get(owner) ?? [])
          .filter((f) => f.type.replace(/\[\]|\?/g, "") === model)
          .map((f) => ({ owner, name: f.name })),
      );
      const exported = backFields.some(({ owner, name }) => {
        const section = owner === "User" ? data.user : data.organisation;
        // The password hash is described (hasPassword), never exported.
        return name in section || (model === "Password" && "hasPassword" in section);
      });
      if (!exported) missing.push(model);
    }
    expect(missing).toEqual([]);
  });
});
