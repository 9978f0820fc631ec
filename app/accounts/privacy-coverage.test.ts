import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { makeUser } from "../../tests/factories";
import { mentor, request, sme } from "../../tests/mentoring-data";
import { makeOrg, makePlacement } from "../../tests/opportunities-data";
import { createToken } from "~/auth/tokens.server";
import { prisma } from "~/db.server";
import { deleteAccount } from "./accounts.server";
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

describe("download my data: text typed on shared records", () => {
  test("a school's access needs and notes, the employer's decline reason, the posting's names", async () => {
    const employer = await makeOrg("sme");
    const school = await makeOrg("school");
    const placement = await makePlacement(employer.id, new Date());
    await prisma.placementRequest.create({
      data: {
        placementId: placement.id,
        schoolOrgId: school.id,
        requestedById: school.userId,
        places: 2,
        yearGroup: "10",
        accessNeeds: "One student uses a wheelchair",
        note: "We can come by bus",
        state: "declined",
        declineReason: "Our lift is broken that week",
      },
    });
    const asSchool = JSON.stringify(await exportUserData(school.userId));
    const asEmployer = JSON.stringify(await exportUserData(employer.userId));
    for (const text of [
      "One student uses a wheelchair",
      "We can come by bus",
      "Our lift is broken that week",
    ]) {
      expect(asSchool, `school: ${text}`).toContain(text);
      expect(asEmployer, `employer: ${text}`).toContain(text);
    }
    // The names the employer typed on its posting, and its texts.
    for (const text of [
      "Sam Supervisor",
      "Pat Guard",
      "pat@example.co.uk",
      "Monday to Friday, 9am to 3pm",
    ]) {
      expect(asEmployer, text).toContain(text);
    }
  });

  test("the messages and sessions of your own mentoring relationships, on both sides", async () => {
    const firm = await sme();
    const board = await mentor();
    const relationshipId = await request(firm, board.profileId);
    await prisma.mentoringRequest.update({
      where: { id: relationshipId },
      data: { state: "accepted" },
    });
    await prisma.mentoringMessage.create({
      data: { relationshipId, authorId: firm.id, body: "Can we talk about backups?" },
    });
    await prisma.mentoringMessage.create({
      data: { relationshipId, authorId: board.id, body: "Yes, bring your list of systems." },
    });
    await prisma.mentoringSession.create({
      data: {
        relationshipId,
        loggedById: board.id,
        date: new Date("2026-11-02T00:00:00Z"),
        minutes: 45,
        topics: "Backups and passwords",
        actions: { create: { text: "Turn on two-step sign-in" } },
      },
    });
    for (const userId of [firm.id, board.id]) {
      const data = await exportUserData(userId);
      const text = JSON.stringify(data);
      for (const typed of [
        "Can we talk about backups?",
        "Yes, bring your list of systems.",
        "Backups and passwords",
        "Turn on two-step sign-in",
      ]) {
        expect(text, typed).toContain(typed);
      }
      // Each message says whether you wrote it, without the other person's account id.
      const [relationship] = data.mentoring;
      expect(relationship?.messages.map((m) => m.byYou)).toEqual(
        userId === firm.id ? [true, false] : [false, true],
      );
    }
  });
});

describe("deleting an account", () => {
  test("invitations sent to the address, used or not, go with it", async () => {
    const inviter = await makeUser("sme");
    const joined = await makeUser("sme", { organisationId: inviter.organisationId });
    await createToken({
      purpose: "invite",
      email: joined.email,
      organisationId: inviter.organisationId,
    });
    await prisma.token.updateMany({ where: { email: joined.email }, data: { usedAt: new Date() } });
    await deleteAccount(joined.id);
    expect(await prisma.token.count({ where: { email: joined.email } })).toBe(0);
    const data = JSON.stringify(await exportUserData(inviter.id));
    expect(data).not.toContain(joined.email);
  });
});

describe("deleting one side of a mentoring relationship", () => {
  async function relationship() {
    const firm = await sme();
    const board = await mentor();
    const id = await request(firm, board.profileId);
    await prisma.mentoringRequest.update({ where: { id }, data: { state: "accepted" } });
    await prisma.mentoringMessage.create({
      data: { relationshipId: id, authorId: firm.id, body: "Our goals for the year" },
    });
    await prisma.mentoringSession.create({
      data: {
        relationshipId: id,
        loggedById: board.id,
        date: new Date(),
        minutes: 30,
        topics: "Cyber",
      },
    });
    return { firm, board, id };
  }
  const history = (id: string) =>
    prisma.mentoringRequest.findUnique({
      where: { id },
      select: {
        state: true,
        mentorId: true,
        smeOrgId: true,
        endReason: true,
        goals: true,
        messages: { select: { body: true, authorId: true } },
        sessions: { select: { topics: true } },
      },
    });

  test("a mentor leaving keeps the firm's history, ended, with the mentor unlinked", async () => {
    const { firm, board, id } = await relationship();
    await deleteAccount(board.id);
    expect(await history(id)).toEqual({
      state: "completed",
      mentorId: null,
      smeOrgId: firm.organisationId,
      endReason: "The mentor left SkillsBridge.",
      goals: expect.any(String),
      messages: [{ body: "Our goals for the year", authorId: firm.id }],
      sessions: [{ topics: "Cyber" }],
    });
    expect(JSON.stringify(await exportUserData(firm.id))).toContain("Our goals for the year");
  });

  test("a firm leaving keeps the mentor's history, with the firm unlinked", async () => {
    const { firm, board, id } = await relationship();
    await deleteAccount(firm.id);
    expect(await history(id)).toMatchObject({
      state: "completed",
      mentorId: board.profileId,
      smeOrgId: null,
      endReason: "The business left SkillsBridge.",
      // The firm's own message stays for the mentor, no longer linked to its author.
      messages: [{ body: "Our goals for the year", authorId: null }],
      sessions: [{ topics: "Cyber" }],
    });
  });
});
