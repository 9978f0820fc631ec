import { expectNoA11yViolations } from "./a11y";
import { prisma } from "../app/db.server";
import { fillDate } from "./date-input";
import { createUser, expect, signedIn, startSession, test } from "./fixtures";
import { waitForEmail } from "./mail";
import { seedMentor, seedRequest, unique } from "./mentoring-helpers";

/** One unfolded property of an .ics text ("UID", "SEQUENCE", ...). */
function icsProperty(ics: string, name: string) {
  return new RegExp(`^${name}[:;](.*)$`, "m").exec(ics.replace(/\r?\n[ \t]/g, ""))?.[1]?.trim();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`planned mentoring sessions, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("the business proposes a time, the mentor accepts, moves it, and it is cancelled; both calendars follow", async ({
      page,
      browser,
    }) => {
      test.slow(); // Two people in two browsers on a busy machine.
      const mentor = await seedMentor({ name: unique("Mentor") });
      const sme = await createUser("sme");
      const { id } = await seedRequest(mentor.profileId, sme, "accepted");
      await startSession(page, sme.email);

      await page.goto(`/mentoring/${id}`);
      const planned = page.getByRole("region", { name: "Planned sessions" });
      await expect(planned.getByText("No sessions planned.")).toBeVisible();
      await expectNoA11yViolations(page, "relationship, no planned sessions");

      await planned.getByRole("link", { name: "Plan a session" }).click();
      await expect(page.getByRole("heading", { name: "Plan a session" })).toBeVisible();
      await expectNoA11yViolations(page, "plan a session, empty");

      // Nothing filled in: every problem at once, and what was typed is kept.
      await page.getByLabel("How long, in minutes").fill("600");
      await page.getByRole("button", { name: "Propose this time" }).click();
      const summary = page.getByRole("alert");
      await expect(summary.getByText("Enter the date of the session")).toBeVisible();
      await expect(summary.getByText("Enter the time it starts")).toBeVisible();
      await expect(summary.getByText("A session must be between 15 and 480 minutes")).toBeVisible();
      await expect(summary.getByText("Enter where you will meet, or a joining link")).toBeVisible();
      await expect(page.getByLabel("How long, in minutes")).toHaveValue("600");
      await expectNoA11yViolations(page, "plan a session, errors");

      // A day that does not exist: the GOV.UK message, and the boxes keep what was typed.
      await fillDate(page, "Date", "2031-06-31");
      await page.getByLabel("Start time").fill("14:30");
      await page.getByRole("button", { name: "Propose this time" }).click();
      await expect(summary.getByText("Date must be a real date")).toBeVisible();
      const dateBoxes = page.getByRole("group", { name: "Date", exact: true });
      await expect(dateBoxes.getByLabel("Day")).toHaveValue("31");
      await expect(dateBoxes.getByLabel("Month")).toHaveValue("6");
      await expect(dateBoxes.getByLabel("Year")).toHaveValue("2031");
      await expect(page.getByLabel("Start time")).toHaveValue("14:30");
      await expectNoA11yViolations(page, "plan a session, not a real date");

      // 27 March 2031 is before the clocks go forward: 2:30pm UK time is 14:30 UTC.
      await fillDate(page, "Date", "2031-03-27");
      await page.getByLabel("Start time").fill("2:30pm");
      await page.getByLabel("How long, in minutes").fill("60");
      await page.getByLabel("Joining link (if online)").fill("https://meet.example.com/mentoring");
      await page.getByRole("button", { name: "Propose this time" }).click();
      await expect(page.getByText("Session proposed.")).toBeVisible();
      await expect(
        planned.getByRole("heading", { name: "27 March 2031, 2:30pm to 3:30pm" }),
      ).toBeVisible();
      await expect(planned.getByText("Waiting for an answer")).toBeVisible();
      await expectNoA11yViolations(page, "relationship, session proposed");

      const ask = await waitForEmail(mentor.email, "A mentoring session to agree");
      expect(ask.text).toContain("27 March 2031, 2:30pm to 3:30pm");

      // The mentor accepts: both get the invite.
      const mentorPage = await signedIn(browser, mentor, javaScriptEnabled);
      await mentorPage.goto(`/mentoring/${id}`);
      await mentorPage.getByRole("button", { name: /^Accept \(session on/ }).click();
      await expect(mentorPage.getByText("Session agreed.")).toBeVisible();
      await expectNoA11yViolations(mentorPage, "relationship, session agreed");
      let uid = "";
      for (const person of [sme, mentor]) {
        const agreed = await waitForEmail(person.email, "Mentoring session agreed");
        expect(agreed.text).toContain("Join online: https://meet.example.com/mentoring");
        expect(icsProperty(agreed.calendar, "METHOD")).toBe("REQUEST");
        expect(icsProperty(agreed.calendar, "DTSTART")).toBe("20310327T143000Z");
        expect(icsProperty(agreed.calendar, "SEQUENCE")).toBe("0");
        uid = icsProperty(agreed.calendar, "UID")!;
        expect(uid).toMatch(/^mentoring-meeting-.+@skillsbridge\.invalid$/);
      }

      // The mentor moves it past the change of clocks: 10am BST is 9am UTC.
      await mentorPage.getByRole("link", { name: /^Move \(session on/ }).click();
      await expectNoA11yViolations(mentorPage, "move a session");
      await expect(mentorPage.getByLabel("Start time")).toHaveValue("14:30");
      const moveDate = mentorPage.getByRole("group", { name: "Date", exact: true });
      await expect(moveDate.getByLabel("Day")).toHaveValue("27");
      await expect(moveDate.getByLabel("Month")).toHaveValue("3");
      await expect(moveDate.getByLabel("Year")).toHaveValue("2031");
      await fillDate(mentorPage, "Date", "2031-04-03");
      await mentorPage.getByLabel("Start time").fill("10:00");
      await mentorPage.getByRole("button", { name: "Move the session" }).click();
      await expect(mentorPage.getByText("The session has moved.")).toBeVisible();
      for (const person of [sme, mentor]) {
        const moved = await waitForEmail(person.email, "Mentoring session moved");
        expect(moved.text).toContain("3 April 2031, 10am to 11am");
        expect(icsProperty(moved.calendar, "UID")).toBe(uid);
        expect(icsProperty(moved.calendar, "SEQUENCE")).toBe("1");
        expect(icsProperty(moved.calendar, "DTSTART")).toBe("20310403T090000Z");
      }

      // Either side can download it.
      await page.reload();
      const download = await page.request.get(
        (await planned.getByRole("link", { name: /Add to your calendar/ }).getAttribute("href"))!,
      );
      expect(download.headers()["content-type"]).toContain("text/calendar");
      expect(icsProperty(await download.text(), "UID")).toBe(uid);

      // The business cancels it: both calendars lose it.
      await planned.getByRole("button", { name: /^Cancel \(session on/ }).click();
      await expect(page.getByText("The session is cancelled.")).toBeVisible();
      await expect(planned.getByText("No sessions planned.")).toBeVisible();
      for (const person of [sme, mentor]) {
        const cancelled = await waitForEmail(person.email, "Mentoring session cancelled");
        expect(icsProperty(cancelled.calendar, "METHOD")).toBe("CANCEL");
        expect(icsProperty(cancelled.calendar, "UID")).toBe(uid);
        expect(icsProperty(cancelled.calendar, "SEQUENCE")).toBe("2");
      }
      await mentorPage.context().close();
    });
  });
}

test("only the two sides can plan, see or download a session", async ({ page }) => {
  const mentor = await seedMentor({ name: unique("Mentor") });
  const sme = await createUser("sme");
  const { id } = await seedRequest(mentor.profileId, sme, "accepted");
  const meeting = await prisma.mentoringMeeting.create({
    data: {
      relationshipId: id,
      proposedBySide: "mentor",
      proposedById: mentor.id,
      smeUserId: sme.id,
      state: "accepted",
      startsAt: new Date("2031-05-01T09:00:00Z"),
      endsAt: new Date("2031-05-01T10:00:00Z"),
      location: "The office",
    },
    select: { id: true },
  });
  const paths = [
    `/mentoring/${id}/plan-session`,
    `/mentoring/${id}/planned/${meeting.id}`,
    `/mentoring/${id}/planned/${meeting.id}/invite.ics`,
  ];
  await startSession(page, sme.email);
  for (const path of paths) expect((await page.request.get(path)).status(), path).toBe(200);
  const stranger = await createUser("sme");
  await page.context().clearCookies();
  await startSession(page, stranger.email);
  for (const path of paths) expect((await page.request.get(path)).status(), path).toBe(404);
  // Nor can a stranger cancel it.
  const form = { intent: "meeting-cancel", meetingId: meeting.id };
  const headers = { Origin: new URL(test.info().project.use.baseURL!).origin };
  expect((await page.request.post(`/mentoring/${id}`, { form, headers })).status()).toBe(404);
});
