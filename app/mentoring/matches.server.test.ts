import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { savedFormat, smeMatchContext } from "./matches.server";

describe("how an SME wants to meet, for the ranking", () => {
  test("the page's filter wins, then the SME's saved choice, then either way", async () => {
    const sme = await makeUser("sme");
    expect((await smeMatchContext(sme.organisationId)).context.preferredFormat).toBe("either");

    await prisma.organisation.update({
      where: { id: sme.organisationId },
      data: { meetingFormat: "in-person" },
    });
    expect((await smeMatchContext(sme.organisationId)).context.preferredFormat).toBe("in-person");
    expect((await smeMatchContext(sme.organisationId, null)).context.preferredFormat).toBe(
      "in-person",
    );
    expect((await smeMatchContext(sme.organisationId, "online")).context.preferredFormat).toBe(
      "online",
    );
  });

  test("an unknown stored value counts as either way", () => {
    expect(savedFormat("online")).toBe("online");
    expect(savedFormat("by carrier pigeon")).toBe("either");
    expect(savedFormat(null)).toBe("either");
    expect(savedFormat(undefined)).toBe("either");
  });
});
