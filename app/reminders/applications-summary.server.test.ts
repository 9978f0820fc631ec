import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { makeApprenticeship } from "../../tests/opportunities-data";
import { outboxFor } from "../../tests/outbox";
import { sendReminders } from "./reminders.server";

// Tuesday 8 December 2026, 9am UK time (GMT): "yesterday" is Monday the 7th.
const now = new Date("2026-12-08T09:00:00Z");

async function sentAt(vacancyId: string, at: string, state: "new" | "draft" = "new") {
  await prisma.application.create({
    data: {
      apprenticeshipId: vacancyId,
      email: `a-${Math.random().toString(36).slice(2)}@unit.test`,
      state,
      name: "Sam",
      submittedAt: state === "draft" ? null : new Date(at),
    },
  });
}

describe("the employer's daily summary of new applications", () => {
  test("one email a day with yesterday's count per vacancy, sent once, only to members who keep reminder emails", async () => {
    const keeper = await makeUser("sme", { verified: true });
    const quiet = await makeUser("sme", { organisationId: keeper.organisationId });
    await prisma.user.update({ where: { id: quiet.id }, data: { reminderEmails: false } });
    const chef = await makeApprenticeship(keeper.organisationId, now, { title: "Chef apprentice" });
    const data = await makeApprenticeship(keeper.organisationId, now, { title: "Data apprentice" });
    await sentAt(chef.id, "2026-12-07T08:00:00Z");
    await sentAt(chef.id, "2026-12-07T23:59:00Z");
    await sentAt(data.id, "2026-12-07T12:00:00Z");
    // Not yesterday's: today's, the day before's, and a draft.
    await sentAt(data.id, "2026-12-08T08:30:00Z");
    await sentAt(data.id, "2026-12-06T23:00:00Z");
    await sentAt(data.id, "", "draft");

    await sendReminders(now);
    await sendReminders(new Date(now.getTime() + 3_600_000));
    const mails = outboxFor(keeper.email).filter((m) => m.subject.includes("new applications"));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("3 new applications yesterday");
    expect(mails[0]!.text).toContain("Chef apprentice: 2 new applications");
    expect(mails[0]!.text).toContain("Data apprentice: 1 new application");
    expect(outboxFor(quiet.email)).toEqual([]);
    // Each application was a notice in the app already; the summary is email only.
    expect(
      await prisma.notification.count({
        where: { organisationId: keeper.organisationId, message: { contains: "yesterday" } },
      }),
    ).toBe(0);
  });

  test("no applications yesterday, no email", async () => {
    const firm = await makeUser("sme", { verified: true });
    const vacancy = await makeApprenticeship(firm.organisationId, now);
    await sentAt(vacancy.id, "2026-12-05T10:00:00Z");
    await sendReminders(now);
    expect(outboxFor(firm.email).filter((m) => m.subject.includes("yesterday"))).toEqual([]);
  });
});
