import { describe, expect, test } from "vitest";
import { onlyAdminsMessage } from "~/accounts/org-admins";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { changeOrganisationDetails, describeDetailChanges } from "./details.server";

const business = {
  localAuthority: "coventry",
  postcode: "CV1 2AB",
  sector: "F",
  sizeBand: "small",
  staffCount: 12,
};

const detailsOf = (id: string) =>
  prisma.organisation.findUniqueOrThrow({
    where: { id },
    select: {
      localAuthority: true,
      postcode: true,
      sector: true,
      sizeBand: true,
      staffCount: true,
    },
  });

describe("changing an organisation's details", () => {
  test("an admin of a business changes them all, and the change is audited with what changed", async () => {
    const admin = { ...(await makeUser("sme")), role: "sme" };
    await prisma.organisation.update({
      where: { id: admin.organisationId },
      data: { sector: "C", sizeBand: "micro", postcode: "B1 1AA" },
    });
    expect(await changeOrganisationDetails(admin, business)).toEqual({
      status: "done",
      value: { changed: true },
    });
    expect(await detailsOf(admin.organisationId)).toEqual(business);
    const audit = await prisma.auditEvent.findMany({
      where: { targetId: admin.organisationId, action: "organisation.details-change" },
      select: { actorId: true, reason: true },
    });
    expect(audit).toEqual([
      {
        actorId: admin.id,
        reason:
          "What it does: Manufacturing to Construction; Size: Micro (0 to 9 staff) to Small (10 to 49 staff); " +
          "Staff: not given to 12; Area: Birmingham to Coventry; Postcode: B1 1AA to CV1 2AB",
      },
    ]);
  });

  test("the same details again change nothing and write no audit row", async () => {
    const admin = { ...(await makeUser("sme")), role: "sme" };
    await changeOrganisationDetails(admin, business);
    expect(await changeOrganisationDetails(admin, business)).toEqual({
      status: "done",
      value: { changed: false },
    });
    expect(
      await prisma.auditEvent.count({
        where: { targetId: admin.organisationId, action: "organisation.details-change" },
      }),
    ).toBe(1);
  });

  test("a colleague who is not an admin is refused, and nothing changes", async () => {
    const admin = await makeUser("sme");
    const colleague = {
      ...(await makeUser("sme", { organisationId: admin.organisationId })),
      role: "sme",
    };
    const before = await detailsOf(admin.organisationId);
    expect(await changeOrganisationDetails(colleague, business)).toEqual({
      status: "refused",
      reason: onlyAdminsMessage,
    });
    expect(await detailsOf(admin.organisationId)).toEqual(before);
  });

  test("a school changes where it is, but has no sector or size to change", async () => {
    const admin = { ...(await makeUser("school")), role: "school" };
    expect(
      await changeOrganisationDetails(admin, { localAuthority: "dudley", postcode: "DY1 1AA" }),
    ).toMatchObject({ status: "done" });
    expect(await detailsOf(admin.organisationId)).toMatchObject({
      localAuthority: "dudley",
      postcode: "DY1 1AA",
      sector: null,
    });
    expect(await changeOrganisationDetails(admin, business)).toMatchObject({ status: "refused" });
  });

  test("someone whose organisation id is not theirs is not found", async () => {
    const admin = { ...(await makeUser("sme")), role: "sme" };
    const other = await makeUser("sme");
    expect(
      await changeOrganisationDetails({ ...admin, organisationId: other.organisationId }, business),
    ).toEqual({ status: "not-found" });
  });

  test("the audit words name only what changed", () => {
    const same = {
      localAuthority: "walsall",
      postcode: "WS1 1AA",
      sector: "C",
      sizeBand: "small",
      staffCount: 20,
    };
    expect(describeDetailChanges(same, same)).toBe("");
    expect(describeDetailChanges(same, { ...same, staffCount: null })).toBe(
      "Staff: 20 to not given",
    );
  });
});
