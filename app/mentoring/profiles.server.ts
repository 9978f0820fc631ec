// A board member's mentor profile: what businesses see when they look for a mentor.
import { done, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import type { FormValues } from "~/forms/parse";
import type { MentorProfile } from "./schemas";

/** What a mentor profile says: the fields its form edits, which businesses see on the mentor's card. */
export const mentorProfileFields = {
  role: true,
  bio: true,
  expertise: true,
  edsAreas: true,
  capacity: true,
  format: true,
  localAuthority: true,
  takingRequests: true,
} as const;

/** The profile as the form shows it, or the defaults for a first profile. */
export async function mentorProfileFormValues(
  userId: string,
): Promise<{ exists: boolean; values: FormValues }> {
  const profile = await prisma.mentorProfile.findUnique({
    where: { userId },
    select: mentorProfileFields,
  });
  if (!profile)
    return { exists: false, values: { capacity: "2", format: "either", takingRequests: "on" } };
  return {
    exists: true,
    values: {
      role: profile.role,
      bio: profile.bio,
      expertise: profile.expertise.split(",").filter(Boolean),
      edsAreas: profile.edsAreas.split(",").filter(Boolean),
      capacity: String(profile.capacity),
      format: profile.format,
      localAuthority: profile.localAuthority ?? "",
      takingRequests: profile.takingRequests ? "on" : "",
    },
  };
}

/** Create or replace the user's profile. Lists are stored comma-separated. */
export async function saveMentorProfile(
  userId: string,
  input: MentorProfile,
): Promise<CommandResult> {
  const data = {
    role: input.role,
    bio: input.bio,
    expertise: input.expertise.join(","),
    edsAreas: input.edsAreas.join(","),
    capacity: input.capacity,
    format: input.format,
    // `?? null`: leaving the place empty clears it, whichever empty value the schema gives.
    localAuthority: input.localAuthority ?? null,
    takingRequests: input.takingRequests,
  };
  await prisma.mentorProfile.upsert({
    where: { userId },
    create: { userId, ...data },
    update: data,
  });
  return done();
}
