import { describe, expect, test } from "vitest";
import { prisma } from "~/db.server";
import { makeUser } from "../../tests/factories";
import { mentorProfileFormValues, saveMentorProfile } from "./profiles.server";
import type { MentorProfile } from "./schemas";

const profile: MentorProfile = {
  role: "Head of data",
  bio: "I help small firms with their data.",
  expertise: ["data", "cyber"],
  edsAreas: [],
  capacity: 3,
  format: "online",
  localAuthority: "coventry",
  takingRequests: true,
} as MentorProfile;

describe("a mentor profile", () => {
  test("a first profile starts from the defaults, is created, then changed", async () => {
    const user = await makeUser("board");
    expect(await mentorProfileFormValues(user.id)).toEqual({
      exists: false,
      values: { capacity: "2", format: "either", takingRequests: "on" },
    });
    expect(await saveMentorProfile(user.id, profile)).toEqual({ status: "done", value: undefined });
    expect(
      await prisma.mentorProfile.findUnique({
        where: { userId: user.id },
        select: { expertise: true, capacity: true, localAuthority: true },
      }),
    ).toEqual({
      expertise: "data,cyber",
      capacity: 3,
      localAuthority: "coventry",
    });
    expect(await mentorProfileFormValues(user.id)).toEqual({
      exists: true,
      values: {
        role: "Head of data",
        bio: "I help small firms with their data.",
        expertise: ["data", "cyber"],
        edsAreas: [],
        capacity: "3",
        format: "online",
        localAuthority: "coventry",
        takingRequests: "on",
      },
    });

    await saveMentorProfile(user.id, {
      ...profile,
      localAuthority: undefined,
      takingRequests: false,
    } as unknown as MentorProfile);
    const row = await prisma.mentorProfile.findUniqueOrThrow({
      where: { userId: user.id },
      select: { localAuthority: true, takingRequests: true },
    });
    // An empty place clears the stored one.
    expect(row).toEqual({ localAuthority: null, takingRequests: false });
    expect(await prisma.mentorProfile.count({ where: { userId: user.id } })).toBe(1);
  });
});
