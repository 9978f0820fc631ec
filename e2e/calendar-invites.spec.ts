import type { Page } from "@playwright/test";
import { prisma } from "../app/db.server";
import { expectNoA11yViolations } from "./a11y";
import { createUser, expect, signedIn, startSession, test, type TestUser } from "./fixtures";
import { waitForEmail } from "./mail";
import { fillOfferTimes, seedCheck, unique } from "./mentoring-helpers";

/** One unfolded property of an .ics text ("UID", "SEQUENCE", ...). */
function icsProperty(ics: string, name: string) {
  return new RegExp(`^${name}[:;](.*)$`, "m").exec(ics.replace(/\r?\n[ \t]/g, ""))?.[1]?.trim();
}

/** An online workshop on 14 March 2031, 10am to midday UK time, with a joining link. */
async function onlineWorkshop(board: TestUser) {
  const title = unique("Cyber basics");
  const offer = await prisma.offer.create({
    data: {
      organisationId: board.organisationId,
      createdById: board.id,
      title,
      description: "Passwords, backups and scams, in plain words.",
      kind: "workshop",
      dimensions: "cyber",
      schedule: "dated",
      startsAt: new Date("2031-03-14T10:00:00Z"),
      endsAt: new Date("2031-03-14T12:00:00Z"),
      format: "online",
      joinUrl: "https://meet.example.com/cyber-basics",
      seats: 10,
    },
    select: { id: true },
  });
  return { id: offer.id, title };
}

async function book(page: Page, offerId: string) {
  await page.goto(`/offers/${offerId}`);
  await expect(page.getByText("meet.example.com")).toHaveCount(0);
  await page.getByLabel("How many seats do you need?").fill("2");
  await page.getByRole("button", { name: "Book seats" }).click();
  await expect(page.getByText("Your booking is confirmed.")).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`calendar invites for bookings, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("book, get the invite, the firm moves the time, cancel, get the cancellation", async ({
      page,
      browser,
    }) => {
      test.slow(); // Two people in two browsers on a busy machine.
      const board = await createUser("board");
      const offer = await onlineWorkshop(board);
      const sme = await createUser("sme");
      await seedCheck(sme.organisationId, { cyber: 30 });
      await startSession(page, sme.email);

      await book(page, offer.id);
      const booking = page.getByRole("region", { name: "Your booking" });
      await expect(
        booking.getByRole("link", { name: "https://meet.example.com/cyber-basics" }),
      ).toBeVisible();
      await expectNoA11yViolations(page, "offer page, booked");

      const confirmation = await waitForEmail(sme.email, `Booking confirmed: ${offer.title}`);
      expect(confirmation.text).toContain("You booked 2 seats");
      expect(confirmation.text).toContain("When: 14 March 2031, 10am to midday");
      expect(confirmation.text).toContain("Join online: https://meet.example.com/cyber-basics");
      expect(confirmation.html).toContain("<p>");
      const invite = confirmation.calendar;
      expect(icsProperty(invite, "METHOD")).toBe("REQUEST");
      expect(icsProperty(invite, "DTSTART")).toBe("20310314T100000Z");
      expect(icsProperty(invite, "SEQUENCE")).toBe("0");
      expect(icsProperty(invite, "URL")).toBe("https://meet.example.com/cyber-basics");
      const uid = icsProperty(invite, "UID");
      expect(uid).toMatch(/^offer-booking-.+@skillsbridge\.invalid$/);

      // The same invite from the page.
      const download = await page.request.get(`/offers/${offer.id}/invite.ics`);
      expect(download.headers()["content-type"]).toContain("text/calendar");
      expect(icsProperty(await download.text(), "UID")).toBe(uid);

      // The firm moves it to the afternoon, after the clocks go forward (BST).
      const boardPage = await signedIn(browser, board, javaScriptEnabled);
      await boardPage.goto(`/board/offers/${offer.id}/edit`);
      await fillOfferTimes(boardPage, { day: "2031-04-14", startTime: "2pm", endTime: "16:00" });
      await boardPage.getByRole("button", { name: "Save changes" }).click();
      await expect(
        boardPage.getByText(`Your offer "${offer.title}" has been saved.`),
      ).toBeVisible();
      const update = await waitForEmail(sme.email, `Changed: ${offer.title}`);
      expect(update.text).toContain("When: 14 April 2031, 2pm to 4pm");
      expect(icsProperty(update.calendar, "UID")).toBe(uid);
      expect(icsProperty(update.calendar, "SEQUENCE")).toBe("1");
      expect(icsProperty(update.calendar, "DTSTART")).toBe("20310414T130000Z");

      await page.reload();
      await page.getByRole("button", { name: "Cancel booking" }).click();
      await expect(page.getByText("Your booking has been cancelled.")).toBeVisible();
      const cancellation = await waitForEmail(sme.email, `Booking cancelled: ${offer.title}`);
      expect(icsProperty(cancellation.calendar, "METHOD")).toBe("CANCEL");
      expect(icsProperty(cancellation.calendar, "STATUS")).toBe("CANCELLED");
      expect(icsProperty(cancellation.calendar, "UID")).toBe(uid);
      expect(icsProperty(cancellation.calendar, "SEQUENCE")).toBe("2");
      const told = await waitForEmail(board.email, "A booking on your offer was cancelled");
      expect(told.text).toContain(`${sme.organisationName} cancelled their booking of 2 seats`);
      expect((await page.request.get(`/offers/${offer.id}/invite.ics`)).status()).toBe(404);
      await boardPage.context().close();
    });

    test("the firm cancels the offer and everyone booked gets the cancellation", async ({
      page,
      browser,
    }) => {
      test.slow(); // Two people in two browsers on a busy machine.
      const board = await createUser("board");
      const offer = await onlineWorkshop(board);
      const sme = await createUser("sme");
      await seedCheck(sme.organisationId, { cyber: 30 });
      await startSession(page, sme.email);
      await book(page, offer.id);
      const uid = icsProperty(
        (await waitForEmail(sme.email, `Booking confirmed: ${offer.title}`)).calendar,
        "UID",
      );

      const boardPage = await signedIn(browser, board, javaScriptEnabled);
      await boardPage.goto(`/board/offers/${offer.id}/edit`);
      await expectNoA11yViolations(boardPage, "edit offer with cancel");
      await boardPage.getByRole("button", { name: "Cancel offer" }).click();
      await expect(
        boardPage.getByText("The offer has been cancelled. We have told the business that booked."),
      ).toBeVisible();
      const cancellation = await waitForEmail(sme.email, `Cancelled: ${offer.title}`);
      expect(cancellation.text).toContain(`${board.organisationName} has cancelled`);
      expect(icsProperty(cancellation.calendar, "METHOD")).toBe("CANCEL");
      expect(icsProperty(cancellation.calendar, "UID")).toBe(uid);
      await boardPage.goto(`/board/offers/${offer.id}/edit`);
      await expect(boardPage.getByText("This offer has been cancelled.")).toBeVisible();
      await expectNoA11yViolations(boardPage, "edit offer, cancelled");
      await boardPage.context().close();
    });
  });
}
