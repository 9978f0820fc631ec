import type { z } from "zod";
import { createToken } from "~/auth/tokens.server";
import { hashPassword } from "~/auth/password.server";
import { prisma } from "~/db.server";
import { siteOrigin } from "~/env.server";
import { sendEmail } from "~/email/mailer.server";
import { confirmEmailMessage } from "~/email/templates.server";
import type { createAccountSchema } from "./schemas";

export async function emailInUse(email: string) {
  const found = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  return Boolean(found);
}

/** One journey makes the organisation and its first member. */
export async function createAccount(input: z.output<typeof createAccountSchema>) {
  const hash = await hashPassword(input.password);
  return prisma.user.create({
    data: {
      email: input.email,
      name: input.name,
      role: input.role,
      password: { create: { hash } },
      organisation: {
        create: {
          name: input.organisationName,
          kind: input.role,
          localAuthority: input.localAuthority,
          postcode: input.postcode,
          sector: input.role === "sme" ? input.sector || null : input.role === "school" ? "P" : "J",
          sizeBand: input.role === "sme" ? input.sizeBand || null : null,
          schoolUrn: input.role === "school" ? input.schoolUrn : null,
          schoolPhase: input.role === "school" ? input.schoolPhase || null : null,
        },
      },
    },
    select: { id: true, email: true },
  });
}

export async function sendConfirmationEmail(user: { id: string; email: string }) {
  const token = await createToken({ purpose: "confirm-email", email: user.email, userId: user.id });
  await sendEmail(confirmEmailMessage(user.email, `${siteOrigin()}/confirm-email?token=${token}`));
}

/**
 * Delete a user. An organisation left with no members goes too, with all its
 * data (postings, checks, requests...), through the cascades in the schema.
 */
export async function deleteAccount(userId: string) {
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.delete({ where: { id: userId }, select: { organisationId: true } });
    const left = await tx.user.count({ where: { organisationId: user.organisationId } });
    if (left === 0) await tx.organisation.delete({ where: { id: user.organisationId } });
  });
}
