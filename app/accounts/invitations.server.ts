// Invitations: a member invites a colleague into their organisation, staff
// invite staff (the only way a staff account is made), and the invited person
// joins with the emailed link.
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { COMMON_PASSWORD_MESSAGE } from "~/auth/password-rules";
import { isCommonPassword } from "~/auth/common-passwords.server";
import { hashPassword } from "~/auth/password.server";
import { consumeToken, createToken, findUsableToken } from "~/auth/tokens.server";
import { done, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { siteOrigin } from "~/env.server";
import { sendEmail } from "~/email/mailer.server";
import { inviteMessage } from "~/email/templates.server";
import { emailInUse } from "./accounts.server";
import { inviteRefusal } from "./org-admins";

type Inviter = { id: string; name: string; organisationId: string; organisation: { name: string } };

function joinLink(token: string) {
  return `${siteOrigin()}/join?token=${token}`;
}

/** An admin invites a colleague (org-admins.ts). Only someone whose own address is confirmed can. */
export async function inviteColleague(
  user: Inviter & { emailConfirmedAt: Date | null; role: string },
  email: string,
): Promise<CommandResult> {
  const me = await prisma.user.findUnique({ where: { id: user.id }, select: { isOrgAdmin: true } });
  const notAdmin = inviteRefusal({ ...user, isOrgAdmin: me?.isOrgAdmin ?? false });
  if (notAdmin) return refused(notAdmin, "inviteEmail");
  if (!user.emailConfirmedAt) {
    return refused("Confirm your own email address before you invite a colleague", "inviteEmail");
  }
  if (await emailInUse(email))
    return refused("There is already an account with this email address", "inviteEmail");
  const token = await createToken({
    purpose: "invite",
    email,
    organisationId: user.organisationId,
  });
  await sendEmail(inviteMessage(email, joinLink(token), user.name, user.organisation.name));
  return done();
}

/**
 * Staff invite a member of staff into the staff organisation: staff accounts
 * are never self-service. The invitation is written to the audit trail.
 */
export async function inviteStaff(
  staff: Inviter & AuditActor,
  email: string,
): Promise<CommandResult> {
  if (await emailInUse(email))
    return refused("There is already an account with this email address", "email");
  const token = await prisma.$transaction(async (tx) => {
    const token = await createToken(
      { purpose: "invite", email, organisationId: staff.organisationId },
      tx,
    );
    await recordAudit(
      staff,
      { action: "staff.invite", targetType: "invitation", targetId: email, targetLabel: email },
      tx,
    );
    return token;
  });
  await sendEmail(inviteMessage(email, joinLink(token), staff.name, staff.organisation.name));
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
  // The invitation reached this inbox, so the email address is confirmed.
  const user = await prisma.user.create({
    data: {
      email: invite.email,
      name: input.name,
      role: invite.organisation.kind,
      organisationId: invite.organisation.id,
      emailConfirmedAt: new Date(),
      password: { create: { hash } },
    },
    select: { id: true },
  });
  return done({ userId: user.id, organisationName: invite.organisation.name });
}
