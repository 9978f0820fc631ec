import type { z } from "zod";
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { COMMON_PASSWORD_MESSAGE } from "~/auth/password-rules";
import { isCommonPassword } from "~/auth/common-passwords.server";
import { createToken } from "~/auth/tokens.server";
import { hashPassword, verifyPassword } from "~/auth/password.server";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { siteOrigin } from "~/env.server";
import { sendEmail } from "~/email/mailer.server";
import { accountExistsNotice, confirmEmailMessage } from "~/email/templates.server";
import { limitMessage, limits, pairFor, takeLimits } from "~/limits/limiter.server";
import { logger } from "~/logger.server";
import { refuseUnlessCurrentPassword } from "./current-password.server";
import { leaveRefusal, removeRefusal } from "./org-admins";
import {
  endMentoringOnLeaving,
  endOffersOnLeaving,
  type CancelledBookings,
} from "~/mentoring/departure.server";
import { cancelMeetingsOfEndedRelationship } from "~/mentoring/meetings.server";
import { sendOfferEmails } from "~/mentoring/offer-invites.server";
import {
  applicantsToTellOnEmployerLeaving,
  tellApplicantsEmployerLeft,
  type ApplicantToTell,
} from "~/applications/departure.server";
import {
  endPlacementRequestsOnLeaving,
  keepPlacementsOnEmployerLeaving,
  tellEmployersSchoolLeft,
  tellSchoolsEmployerLeft,
  type EmployerToTell,
  type SchoolToTell,
} from "~/opportunities/departure.server";
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
 * link that confirms the address. Done either way when the address already
 * has an account (its owner gets an email instead), so the route answers the
 * same and signs nobody in: the new member signs in themselves.
 */
export async function createAccount(
  input: z.output<typeof createAccountSchema>,
  address: string,
): Promise<CommandResult> {
  if (isCommonPassword(input.password)) return refused(COMMON_PASSWORD_MESSAGE, "password");
  const limit = await takeLimits(pairFor(limits.signUp, input.email, address));
  if (limit.limited) {
    logger.warn({ event: "sign-up.limited", minutes: limit.minutes });
    return refused(limitMessage("new accounts made from here", limit.minutes), "email");
  }
  // No enumeration: the page answers the same either way, and the owner of an
  // address that has an account is told by email instead.
  if (await emailInUse(input.email)) {
    await sendEmail(accountExistsNotice(input.email, `${siteOrigin()}/sign-in`));
    logger.info({ event: "sign-up.address-in-use" });
    return done();
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
          companiesHouseNumber: input.role === "school" ? null : input.companiesHouseNumber,
        },
      },
    },
    select: { id: true, email: true },
  });
  await sendConfirmationEmail(user);
  logger.info({ event: "sign-up.created", userId: user.id });
  return done();
}

export async function sendConfirmationEmail(user: { id: string; email: string }) {
  const token = await createToken({ purpose: "confirm-email", email: user.email, userId: user.id });
  await sendEmail(confirmEmailMessage(user.email, `${siteOrigin()}/confirm-email?token=${token}`));
}

/**
 * Delete a user. An organisation left with no members goes too, with its own
 * data (checks, apprenticeships...), through the cascades in the schema; the
 * other side of its placements and mentoring keeps its record ("a former
 * school", "a former employer", departure.server.ts in each domain).
 * `audit` records who removed them (a colleague) or that they left themselves.
 */
export async function deleteAccount(
  userId: string,
  audit?: { by: AuditActor; action: "account.delete" | "member.remove" | "staff.remove" },
) {
  let schoolsToTell: SchoolToTell[] = [];
  let employersToTell: EmployerToTell[] = [];
  let cancelledBookings: CancelledBookings = [];
  let applicantsToTell: ApplicantToTell[] = [];
  const endedMentoring: string[] = [];
  await prisma.$transaction(async (tx) => {
    endedMentoring.push(...(await endMentoringOnLeaving(tx, { mentorUserId: userId })));
    const user = await tx.user.delete({
      where: { id: userId },
      select: { organisationId: true, email: true, role: true },
    });
    if (audit) {
      await recordAudit(
        audit.by,
        { action: audit.action, targetType: "user", targetId: userId, targetLabel: user.email },
        tx,
      );
    }
    // Invitations sent to this address (used or not) would keep it after the account goes.
    await tx.token.deleteMany({ where: { email: user.email } });
    await tx.joinRequest.deleteMany({ where: { email: user.email } });
    const left = await tx.user.count({ where: { organisationId: user.organisationId } });
    if (left === 0) {
      endedMentoring.push(...(await endMentoringOnLeaving(tx, { smeOrgId: user.organisationId })));
      employersToTell = await endPlacementRequestsOnLeaving(tx, user.organisationId);
      schoolsToTell = await keepPlacementsOnEmployerLeaving(tx, user.organisationId);
      cancelledBookings = await endOffersOnLeaving(tx, user.organisationId);
      applicantsToTell = await applicantsToTellOnEmployerLeaving(tx, user.organisationId);
      await tx.organisation.delete({ where: { id: user.organisationId } });
    }
  });
  await tellSchoolsEmployerLeft(schoolsToTell);
  await tellEmployersSchoolLeft(employersToTell);
  await tellApplicantsEmployerLeft(applicantsToTell);
  for (const relationshipId of endedMentoring)
    await cancelMeetingsOfEndedRelationship(relationshipId);
  // Each booker still here gets the calendar cancellation (the leaving firm's own bookers are gone).
  for (const { offerId, bookingIds } of cancelledBookings)
    await sendOfferEmails("firm-left", offerId, bookingIds);
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

/** A person deletes their own account, after giving their password again. */
export async function deleteOwnAccount(
  userId: string,
  password: string,
  address: string,
): Promise<CommandResult> {
  const wrong = await refuseUnlessCurrentPassword(userId, password, address, {
    field: "password",
    message: "Your password is not right",
  });
  if (wrong) return wrong;
  const refusal = await leavingRefusal(userId);
  if (refusal) return refused(refusal);
  const self = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true },
  });
  // Leaving changes who can act for the organisation (or for the partnership, for staff).
  await deleteAccount(userId, { by: self, action: "account.delete" });
  return done();
}

/**
 * An admin removes a colleague (org-admins.ts says who may), audited. Ownership
 * in the where: only someone in the same organisation, never yourself; anyone
 * else is not found.
 */
export async function removeColleague(
  user: AuditActor & { organisationId: string; role: string },
  colleagueId: string,
): Promise<CommandResult> {
  const me = await prisma.user.findUnique({ where: { id: user.id }, select: { isOrgAdmin: true } });
  const colleague = await prisma.user.findFirst({
    where: { id: colleagueId, organisationId: user.organisationId, NOT: { id: user.id } },
    select: { id: true, role: true },
  });
  if (!me || !colleague) return notFound();
  const refusal = removeRefusal({ ...user, isOrgAdmin: me.isOrgAdmin }, colleague.id);
  if (refusal) return refused(refusal);
  await deleteAccount(colleague.id, {
    by: user,
    action: colleague.role === "staff" ? "staff.remove" : "member.remove",
  });
  return done();
}
