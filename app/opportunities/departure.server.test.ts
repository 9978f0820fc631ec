import { describe, expect, test } from "vitest";
import { deleteAccount } from "~/accounts/accounts.server";
import { exportUserData } from "~/accounts/export.server";
import { prisma } from "~/db.server";
import { refused } from "~/command-result";
import { contactsFor, contactsOf, requestContactSelect } from "./contact.server";
import { EMPLOYER_LEFT_REASON } from "./departure.server";
import { FORMER_EMPLOYER } from "./former";
import { sendPlacementMessage, threadClosedMessage } from "./messages.server";
import { makeOrg, makePlacement } from "../../tests/opportunities-data";

describe("deleting a school keeps the employer's placement requests", () => {
  test("the request stays with the employer, unlinked, open ones withdrawn, the school's phone gone", async () => {
    const employer = await makeOrg("sme");
    const school = await makeOrg("school");
    const placement = await makePlacement(employer.id, new Date());
    const request = await prisma.placementRequest.create({
      data: {
        placementId: placement.id,
        schoolOrgId: school.id,
        requestedById: school.userId,
        places: 2,
        yearGroup: "10",
        note: "We can come by bus",
        contactPhone: "0121 496 0000",
      },
      select: { id: true },
    });
    await deleteAccount(school.userId);
    expect(await prisma.organisation.count({ where: { id: school.id } })).toBe(0);
    const kept = await prisma.placementRequest.findUniqueOrThrow({
      where: { id: request.id },
      select: { schoolOrgId: true, state: true, contactPhone: true, places: true },
    });
    expect(kept).toEqual({ schoolOrgId: null, state: "withdrawn", contactPhone: "", places: 2 });
    expect(JSON.stringify(await exportUserData(employer.userId))).toContain("We can come by bus");
  });

  test("accepted places still to come are given back and the employer is told; past ones stay", async () => {
    const now = new Date();
    const employer = await makeOrg("sme");
    const school = await makeOrg("school");
    const coming = await makePlacement(employer.id, now, { title: "Next month's week" });
    const past = await makePlacement(employer.id, now, {
      title: "Last month's week",
      startInDays: -30,
    });
    const accepted = (placementId: string) =>
      prisma.placementRequest.create({
        data: {
          placementId,
          schoolOrgId: school.id,
          places: 2,
          yearGroup: "10",
          state: "accepted",
          placesAccepted: 2,
        },
        select: { id: true },
      });
    const toCome = await accepted(coming.id);
    const happened = await accepted(past.id);
    await deleteAccount(school.userId);
    const stateOf = async (id: string) =>
      (await prisma.placementRequest.findUniqueOrThrow({ where: { id }, select: { state: true } }))
        .state;
    expect(await stateOf(toCome.id)).toBe("withdrawn");
    expect(await stateOf(happened.id)).toBe("accepted");
    const notices = await prisma.notification.findMany({
      where: { organisationId: employer.id },
      select: { message: true, link: true },
    });
    expect(notices).toEqual([
      {
        message: `The school that had places on "Next month's week" has left SkillsBridge. Its students will not come, so its request is withdrawn and the places are free again.`,
        link: `/requests/${toCome.id}`,
      },
    ]);
  });
});

describe("deleting an employer keeps the schools' placement requests", () => {
  async function requestOn(placementId: string, school: { id: string; userId: string }) {
    return prisma.placementRequest.create({
      data: {
        placementId,
        schoolOrgId: school.id,
        requestedById: school.userId,
        places: 2,
        yearGroup: "10",
        note: "Two students who love maths",
      },
      select: { id: true },
    });
  }

  test("each school keeps its request and the placement, unlinked, closed and without the employer's contacts", async () => {
    const now = new Date();
    const employer = await makeOrg("sme");
    const waiting = await makeOrg("school");
    const accepted = await makeOrg("school");
    const placement = await makePlacement(employer.id, now, { title: "A week with robots" });
    const open = await requestOn(placement.id, waiting);
    const taken = await requestOn(placement.id, accepted);
    await prisma.placementRequest.update({
      where: { id: taken.id },
      data: { state: "accepted", placesAccepted: 2, answeredAt: now },
    });
    await prisma.placementMessage.create({
      data: {
        requestId: taken.id,
        authorId: employer.userId,
        side: "employer",
        body: "See you soon",
      },
    });
    const unasked = await makePlacement(employer.id, now, { title: "Nobody asked" });

    await deleteAccount(employer.userId);

    expect(await prisma.organisation.count({ where: { id: employer.id } })).toBe(0);
    // A placement no school asked about is nobody's record.
    expect(await prisma.placement.count({ where: { id: unasked.id } })).toBe(0);
    const kept = await prisma.placement.findUniqueOrThrow({
      where: { id: placement.id },
      select: {
        organisationId: true,
        title: true,
        state: true,
        closedReason: true,
        contactName: true,
        contactEmail: true,
        contactPhone: true,
        workplaceAddress: true,
        supervisorName: true,
        safeguardingContactName: true,
        safeguardingContact: true,
        postcode: true,
      },
    });
    expect(kept).toEqual({
      organisationId: null,
      title: "A week with robots",
      state: "closed",
      closedReason: EMPLOYER_LEFT_REASON,
      contactName: "",
      contactEmail: "",
      contactPhone: "",
      workplaceAddress: "",
      supervisorName: "",
      safeguardingContactName: null,
      safeguardingContact: null,
      postcode: null,
    });
    // The open request is declined with the reason; the accepted one stays as it was.
    const requests = await prisma.placementRequest.findMany({
      where: { placementId: placement.id },
      select: { id: true, state: true, declineReason: true, schoolOrgId: true },
    });
    expect(requests).toEqual(
      expect.arrayContaining([
        {
          id: open.id,
          state: "declined",
          declineReason: EMPLOYER_LEFT_REASON,
          schoolOrgId: waiting.id,
        },
        { id: taken.id, state: "accepted", declineReason: null, schoolOrgId: accepted.id },
      ]),
    );
    // The thread stays, its author gone.
    expect(
      await prisma.placementMessage.findMany({
        where: { requestId: taken.id },
        select: { body: true, authorId: true },
      }),
    ).toEqual([{ body: "See you soon", authorId: null }]);
    // Both schools are told, and each keeps the request in its own download.
    for (const school of [waiting, accepted]) {
      const notices = await prisma.notification.findMany({
        where: { organisationId: school.id },
        select: { message: true },
      });
      expect(notices.map((n) => n.message).join(" ")).toContain(
        'The employer of the placement "A week with robots" has left SkillsBridge.',
      );
      expect(JSON.stringify(await exportUserData(school.userId))).toContain(
        "Two students who love maths",
      );
    }
  });

  test("neither side may message or see contacts once the employer has left", async () => {
    const now = new Date();
    const employer = await makeOrg("sme");
    const school = await makeOrg("school");
    const placement = await makePlacement(employer.id, now);
    const request = await requestOn(placement.id, school);
    await prisma.placementRequest.update({
      where: { id: request.id },
      data: { state: "accepted", placesAccepted: 2, answeredAt: now },
    });
    await deleteAccount(employer.userId);
    const sent = await sendPlacementMessage(
      { userId: school.userId, organisationId: school.id },
      request.id,
      "Are we still on?",
      now,
    );
    expect(sent).toEqual(refused(threadClosedMessage, "body"));
    const row = await prisma.placementRequest.findUniqueOrThrow({
      where: { id: request.id },
      select: requestContactSelect,
    });
    expect(contactsFor({ organisationId: school.id }, row, now)).toBeNull();
    expect(contactsOf(row).employer.organisation).toBe(FORMER_EMPLOYER);
  });

  test("the last member of an employer leaving deletes it; a colleague leaving does not", async () => {
    const now = new Date();
    const employer = await makeOrg("sme");
    const colleague = await prisma.user.create({
      data: {
        email: `colleague-${employer.id}@test.skillsbridge.test`,
        name: "Colleague",
        role: "sme",
        organisationId: employer.id,
      },
      select: { id: true },
    });
    const school = await makeOrg("school");
    const placement = await makePlacement(employer.id, now);
    await requestOn(placement.id, school);
    await deleteAccount(colleague.id);
    expect(
      await prisma.placement.findUniqueOrThrow({
        where: { id: placement.id },
        select: { organisationId: true, state: true },
      }),
    ).toEqual({ organisationId: employer.id, state: "live" });
  });
});
