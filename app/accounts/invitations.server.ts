// Invitations: a member invites a colleague into their organisation, staff
// invite staff (the only way a staff account is made), and the invited person
// joins with the emailed link.
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { COMMON_PASSWORD_MESSAGE } from "~/auth/password-rules";
import type { Role } from "~/auth/roles";
import { isCommonPassword } from "~/auth/common-passwords.server";
import { hashPassword } from "~/auth/password.server";
import { consumeToken, createToken, findUsableToken } from "~/auth/tokens.server";
import { done, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { siteOrigin } from "~/env.server";
import { sendEmail } from "~/email/mailer.server";
import { inviteForExistingAccountNotice, inviteMessage } from "~/email/templates.server";
import { limitMessage, limits, pairFor, takeLimits } from "~/limits/limiter.server";
import { logger } from "~/logger.server";
import { emailInUse } from "./accounts.server";
import { inviteRefusal } from "./org-admins";

type Inviter = { id: string; name: string; organisationId: string; organisation: { name: string } };

export function joinLink(token: string) {
  return `${siteOrigin()}/join?token=${token}`;
}

/**
 * An admin invites a colleague (org-admins.ts). Only someone whose own address is confirmed can.
 * The invitation is audited: it changes who can act for the organisation (and a
 * staff member inviting from /account makes a staff account).
 */
export async function inviteColleague(
  user: Inviter & AuditActor & { role: Role; emailConfirmedAt: Date | null },
  email: string,
  address: string,
): Promise<CommandResult> {
  const me = await prisma.user.findUnique({ where: { id: user.id }, select: { isOrgAdmin: true } });
  const notAdmin = inviteRefusal({ ...user, isOrgAdmin: me?.isOrgAdmin ?? false });
  if (notAdmin) return refused(notAdmin, "inviteEmail");
  if (!user.emailConfirmedAt) {
    return refused("Confirm your own email address before you invite a colleague", "inviteEmail");
  }
  return sendInvitation(user, email, address, {
    action: user.role === "staff" ? "staff.invite" : "member.invite",
    field: "inviteEmail",
    saySoIfTaken: false,
  });
}

/**
 * Staff invite a member of staff into the staff organisation: staff accounts
 * are never self-service. The invitation is written to the audit trail.
 */
export async function inviteStaff(
  staff: Inviter & AuditActor,
  email: string,
  address: string,
): Promise<CommandResult> {
  return sendInvitation(staff, email, address, {
    action: "staff.invite",
    field: "email",
    saySoIfTaken: true,
  });
}

async function sendInvitation(
  inviter: Inviter & AuditActor,
  email: string,
  address: string,
  how: { action: "staff.invite" | "member.invite"; field: string; saySoIfTaken: boolean },
): Promise<CommandResult> {
  const limit = await takeLimits(pairFor(limits.invitation, inviter.id, address));
  if (limit.limited) {
    logger.warn({ event: "invitation.limited", userId: inviter.id, minutes: limit.minutes });
    return refused(limitMessage("invitations sent", limit.minutes), how.field);
  }
  if (await emailInUse(email)) {
    // Staff managing staff may know; anyone else gets the same answer either way
    // (no enumeration), and the address's owner is told instead.
    if (how.saySoIfTaken)
      return refused("There is already an account with this email address", how.field);
    await sendEmail(inviteForExistingAccountNotice(email, inviter.name, inviter.organisation.name));
    return done();
  }
  const token = await prisma.$transaction(async (tx) => {
    const token = await createToken(
      { purpose: "invite", email, organisationId: inviter.organisationId },
      tx,
    );
    await recordAudit(
      inviter,
      { action: how.action, targetType: "invitation", targetId: email, targetLabel: email },
      tx,
    );
    return token;
  });
  await sendEmail(inviteMessage(email, joinLink(token), inviter.name, inviter.organisation.name));
  return done();
}

/** A usable invitation and the organisation it is for, without using it (to show the join page). */
export async function findInvitation(token: string) {
  const found = await findUsableToken("invite", token);
  if (!found?.organisationId) return null;
  const organisation = await prisma.organisation.findUnique({
    where: { id: found.organisationId },
    select: { id: true, name: true, kind: true },
  });
  return organisation ? { ...found, organisation } : null;
}

/**
 * The invited person makes their account in the inviter's organisation. A
 * refusal with a field belongs on the form; one without a field means the
 * invitation cannot be used (expired, or used meanwhile).
 */
export async function joinOrganisation(input: {
  token: string;
  name: string;
  password: string;
}): Promise<CommandResult<{ userId: string; organisationName: string }>> {
  if (isCommonPassword(input.password)) return refused(COMMON_PASSWORD_MESSAGE, "password");
  const invite = await findInvitation(input.token);
  if (!invite) {
    return refused(
      "That invitation has expired or has already been used. Ask your colleague to send a new one.",
    );
  }
  if (await emailInUse(invite.email)) {
    return refused("There is already an account with this email address. Sign in instead.", "name");
  }
  if (!(await consumeToken("invite", input.token)))
    return refused("That invitation has already been used.");
  const hash = await hashPassword(input.password);
  const user = await prisma.$transaction(async (tx) => {
    // The invitation reached this inbox, so the email address is confirmed.
    const user = await tx.user.create({
      data: {
        email: invite.email,
        name: input.name,
        role: invite.organisation.kind,
        organisationId: invite.organisation.id,
        emailConfirmedAt: new Date(),
        password: { create: { hash } },
      },
      select: { id: true, email: true },
    });
    // Joining changes who can act for the organisation: the new member is the actor.
    await recordAudit(
      user,
      {
        action: invite.organisation.kind === "staff" ? "staff.join" : "member.join",
        targetType: "organisation",
        targetId: invite.organisation.id,
        targetLabel: invite.organisation.name,
      },
      tx,
    );
    return user;
  });
  return done({ userId: user.id, organisationName: invite.organisation.name });
}
