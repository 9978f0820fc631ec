import type { z } from "zod";
import { COMMON_PASSWORD_MESSAGE } from "~/auth/password-rules";
import { isCommonPassword } from "~/auth/common-passwords.server";
import { createToken } from "~/auth/tokens.server";
import { hashPassword, verifyPassword } from "~/auth/password.server";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { siteOrigin } from "~/env.server";
import { sendEmail } from "~/email/mailer.server";
import { confirmEmailMessage } from "~/email/templates.server";
import { recordAudit } from "~/audit/audit.server";
import { leaveRefusal, removeRefusal } from "./org-admins";
import type { createAccountSchema } from "./schemas";

/** Does `password` match the user's stored one? Asked again before a change to the account itself. */
export async function isCurrentPassword(userId: string, password: string) {
  const row = await prisma.password.findUnique({ where: { userId }, select: { hash: true } });
  return row ? verifyPassword(row.hash, password) : false;
}

export async function emailInUse(email: string) {
  const found = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  return Boolean(found);
}

/**
 * One journey makes the organisation and its first member, and emails the
 * link that confirms the address. The route then signs the new user in.
 */
export async function createAccount(
  input: z.output<typeof createAccountSchema>,
): Promise<CommandResult<{ id: string; email: string }>> {
  if (isCommonPassword(input.password)) return refused(COMMON_PASSWORD_MESSAGE, "password");
  if (await emailInUse(input.email)) {
    return refused(
      "An account with this email address already exists. Sign in, or reset your password.",
      "email",
    );
  }
  const hash = await hashPassword(input.password);
  const user = await prisma.user.create({
    data: {
      email: input.email,
      name: input.name,
      role: input.role,
      // Whoever signs an organisation up is its first admin (org-admins.ts).
      isOrgAdmin: true,
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
  await sendConfirmationEmail(user);
  return done(user);
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

/** Is this the organisation's only member? Deleting them deletes the organisation too. */
export async function isLastMember(organisationId: string) {
  return (await prisma.user.count({ where: { organisationId } })) === 1;
}

/** Why this person may not leave their organisation now (the last admin hands over first), or null. */
export async function leavingRefusal(userId: string): Promise<string | null> {
  const me = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, isOrgAdmin: true, organisationId: true },
  });
  if (!me) return null;
  const members = await prisma.user.findMany({
    where: { organisationId: me.organisationId },
    select: { id: true, isOrgAdmin: true },
  });
  return leaveRefusal(me, members);
}

/** A person deletes their own account (so leaves their organisation), after giving their password again. */
export async function deleteOwnAccount(userId: string, password: string): Promise<CommandResult> {
  if (!(await isCurrentPassword(userId, password)))
    return refused("Your password is not right", "password");
  const refusal = await leavingRefusal(userId);
  if (refusal) return refused(refusal);
  await deleteAccount(userId);
  return done();
}

/**
 * An admin removes a colleague (org-admins.ts says who may). Ownership in the
 * where: only someone in the same organisation, never yourself; anyone else is
 * not found. Recorded in the audit trail.
 */
export async function removeColleague(
  user: { id: string; email: string; organisationId: string; role: string },
  colleagueId: string,
): Promise<CommandResult> {
  return prisma.$transaction(async (tx): Promise<CommandResult> => {
    const me = await tx.user.findUnique({ where: { id: user.id }, select: { isOrgAdmin: true } });
    const colleague = await tx.user.findFirst({
      where: { id: colleagueId, organisationId: user.organisationId, NOT: { id: user.id } },
      select: { id: true, email: true },
    });
    if (!me || !colleague) return notFound();
    const refusal = removeRefusal({ ...user, isOrgAdmin: me.isOrgAdmin }, colleague.id);
    if (refusal) return refused(refusal);
    await tx.user.delete({ where: { id: colleague.id } });
    await recordAudit(
      user,
      {
        action: "member.remove",
        targetType: "user",
        targetId: colleague.id,
        targetLabel: colleague.email,
      },
      tx,
    );
    return done();
  });
}
