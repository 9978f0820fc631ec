import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { addAction, planFor, setActionStatus } from "./action-plan.server";

const input = {
  title: "Back up the accounts folder every week",
  owner: "Priya",
  dueOn: "2027-01-31",
  dimension: "data" as const,
  checkId: null,
};

describe("the action plan commands", () => {
  test("an action is added to the member's own firm, and listed", async () => {
    const member = await makeUser("sme");
    const added = await addAction(member, input);
    expect(added.status).toBe("done");
    expect(await planFor(member.organisationId)).toEqual([
      expect.objectContaining({
        title: input.title,
        owner: "Priya",
        dueOn: "2027-01-31",
        status: "todo",
        dimension: "data",
        completedAt: null,
      }),
    ]);
  });

  test("a check id from another firm is not linked", async () => {
    const member = await makeUser("sme");
    const other = await makeUser("sme");
    const check = await prisma.readinessCheck.create({
      data: { organisationId: other.organisationId, bankVersion: "2026.1" },
      select: { id: true },
    });
    const added = await addAction(member, { ...input, checkId: check.id });
    const id = added.status === "done" ? added.value.id : "";
    expect(
      (await prisma.actionItem.findUniqueOrThrow({ where: { id }, select: { checkId: true } }))
        .checkId,
    ).toBeNull();
  });

  test("status moves record when it was finished; another firm's action is not found", async () => {
    const member = await makeUser("sme");
    const stranger = await makeUser("sme");
    const added = await addAction(member, input);
    const id = added.status === "done" ? added.value.id : "";
    const now = new Date("2027-01-02T10:00:00Z");
    expect(await setActionStatus(stranger, id, "done", now)).toEqual({ status: "not-found" });
    expect(await setActionStatus(member, id, "doing", now)).toMatchObject({ status: "done" });
    expect(await setActionStatus(member, id, "done", now)).toMatchObject({ status: "done" });
    const [row] = await planFor(member.organisationId);
    expect(row).toMatchObject({ status: "done", completedAt: now });
    expect(await setActionStatus(member, id, "todo", now)).toMatchObject({ status: "done" });
    expect((await planFor(member.organisationId))[0]).toMatchObject({
      status: "todo",
      completedAt: null,
    });
  });

  test("open actions come first, by due day; done ones last", async () => {
    const member = await makeUser("sme");
    const late = await addAction(member, { ...input, title: "Late", dueOn: "2027-03-01" });
    await addAction(member, { ...input, title: "Soon", dueOn: "2027-01-01" });
    const first = await addAction(member, { ...input, title: "Finished", dueOn: "2026-12-01" });
    await setActionStatus(member, first.status === "done" ? first.value.id : "", "done");
    expect(late.status).toBe("done");
    expect((await planFor(member.organisationId)).map((r) => r.title)).toEqual([
      "Soon",
      "Late",
      "Finished",
    ]);
  });
});
