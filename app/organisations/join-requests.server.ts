// Asking to join an organisation that is already on SkillsBridge, instead of
// making a second copy of it (issue 13, decision 033): a school whose
// reference number is taken, a firm with the same Companies House number or a
// very similar name in its area, or a board member whose firm is on the
// partnership board. An admin of the organisation (or staff) says yes or no; a
// yes emails the person the usual invitation, so the account is made only by
// someone who can open that inbox, and joining is audited as any invitation is.
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { createToken } from "~/auth/tokens.server";
import { done, notFound, refused, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { siteOrigin } from "~/env.server";
import { sendEmail } from "~/email/mailer.server";
import {
  accountExistsNotice,
  inviteForExistingAccountNotice,
  inviteMessage,
  notificationMessage,
} from "~/email/templates.server";
import { verifiableKinds } from "~/insights/overview.server";
import { limitMessage, limits, pairFor, takeLimits } from "~/limits/limiter.server";
import { logger } from "~/logger.server";
import { notifyOrganisation } from "~/notifications/notify.server";
import { emailInUse } from "~/accounts/accounts.server";
import { joinLink } from "~/accounts/invitations.server";
import { isAdmin, onlyAdminsMessage } from "~/accounts/org-admins";

/** Where an organisation's admins answer requests to join. */
export const JOIN_REQUESTS_PATH = "/account/join-requests";

/** Decided and waiting requests are removed this long after they were made (housekeeping). */
export const JOIN_REQUEST_KEEP_DAYS = 30;

const joinable = (id: string) => ({ id, kind: { in: [...verifiableKinds] } });

/** The organisation a request page is for (any kind but staff), or null. */
export function joinableOrganisation(id: string) {
  return prisma.organisation.findFirst({
    where: joinable(id),
    select: { id: true, name: true, kind: true },
  });
}

/**
 * Partnership board firms people can ask to join from sign-up, by name. Only
 * checked firms: the partnership lists its board firms publicly, but a firm that
 * has only asked to be on it is not named to strangers.
 */
export function boardFirmsToJoin() {
  return prisma.organisation.findMany({
    where: { kind: "board", verificationStatus: "verified" },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/**
 * A person asks to join an organisation. The answer is the same whether or not
 * their address already has an account (its owner is emailed instead), and a
 * second request for the same organisation while one waits changes nothing.
 * Sign-up's limits apply (per address typed and per client), so nobody can list
 * organisations or flood an admin with requests.
 */
export async function askToJoin(
  input: { organisationId: string; name: string; email: string; message: string | null },
  address: string,
): Promise<CommandResult<{ organisationName: string }>> {
  const limit = await takeLimits(pairFor(limits.signUp, input.email, address));
  if (limit.limited) {
    logger.warn({ event: "join-request.limited", minutes: limit.minutes });
    return refused(limitMessage("requests made from here", limit.minutes), "email");
  }
  const organisation = await joinableOrganisation(input.organisationId);
  if (!organisation) return notFound();
  const answer = done({ organisationName: organisation.name });
  if (await emailInUse(input.email)) {
    await sendEmail(accountExistsNotice(input.email, `${siteOrigin()}/sign-in`));
    return answer;
  }
  const waiting = await prisma.joinRequest.findFirst({
    where: { organisationId: organisation.id, email: input.email, state: "pending" },
    select: { id: true },
  });
  if (waiting) return answer;
  const request = await prisma.joinRequest.create({
    data: {
      organisationId: organisation.id,
      name: input.name,
      email: input.email,
      message: input.message ?? "",
    },
    select: { id: true },
  });
  logger.info({ event: "join-request.made", joinRequestId: request.id });
  const admins = await prisma.user.findMany({
    where: { organisationId: organisation.id, isOrgAdmin: true, suspendedAt: null },
    select: { id: true },
  });
  for (const admin of admins) {
    await notifyOrganisation({
      organisationId: organisation.id,
      userId: admin.id,
      subject: `Someone asks to join ${organisation.name}`,
      message: `${input.name} asks to join ${organisation.name} on SkillsBridge. Say yes or no on your account page.`,
      link: JOIN_REQUESTS_PATH,
    });
  }
  return answer;
}

type Decider = AuditActor & { name: string; role: string; organisationId: string };

/** Requests waiting for an answer, oldest first: an organisation's own, or any one's for staff. */
export function waitingJoinRequests(organisationId: string) {
  return prisma.joinRequest.findMany({
    where: { organisationId, state: "pending" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true, message: true, createdAt: true },
  });
}

/**
 * An admin of the organisation (or staff, for any organisation) says yes or no.
 * Ownership in the where: anyone else's request is not found. A yes sends the
 * invitation (or, when the address has meanwhile got an account, tells its
 * owner, as invitations do); a no tells the person, plainly. Both are audited.
 */
export async function decideJoinRequest(
  decider: Decider,
  requestId: string,
  decision: "approve" | "refuse",
  now = new Date(),
): Promise<CommandResult<{ name: string }>> {
  const request = await prisma.joinRequest.findFirst({
    where:
      decider.role === "staff"
        ? { id: requestId, organisation: { kind: { in: [...verifiableKinds] } } }
        : { id: requestId, organisationId: decider.organisationId },
    select: {
      id: true,
      name: true,
      email: true,
      state: true,
      organisation: { select: { id: true, name: true } },
    },
  });
  if (!request) return notFound();
  const me = await prisma.user.findUnique({
    where: { id: decider.id },
    select: { isOrgAdmin: true },
  });
  if (!isAdmin({ id: decider.id, role: decider.role, isOrgAdmin: me?.isOrgAdmin ?? false }))
    return refused(onlyAdminsMessage);
  if (request.state !== "pending") return refused("Someone has already answered this request.");
  const { organisation } = request;
  const hasAccount = decision === "approve" && (await emailInUse(request.email));
  const token = await prisma.$transaction(async (tx) => {
    const { count } = await tx.joinRequest.updateMany({
      where: { id: request.id, state: "pending" },
      data: { state: decision === "approve" ? "approved" : "refused", decidedAt: now },
    });
    if (count === 0) return null;
    await recordAudit(
      decider,
      {
        action: decision === "approve" ? "join-request.approve" : "join-request.refuse",
        targetType: "organisation",
        targetId: organisation.id,
        targetLabel: `${organisation.name}: ${request.email}`,
      },
      tx,
    );
    if (decision === "refuse" || hasAccount) return "";
    return createToken(
      { purpose: "invite", email: request.email, organisationId: organisation.id },
      tx,
    );
  });
  if (token === null) return refused("Someone has already answered this request.");
  const inviter = decider.role === "staff" ? "The SkillsBridge partnership team" : decider.name;
  if (decision === "refuse") {
    await sendEmail(
      notificationMessage(
        request.email,
        `Your request to join ${organisation.name}`,
        `${organisation.name} did not say yes to your request to join them on SkillsBridge. If you think this is wrong, speak to someone you know there.`,
      ),
    );
  } else if (hasAccount) {
    await sendEmail(inviteForExistingAccountNotice(request.email, inviter, organisation.name));
  } else {
    await sendEmail(inviteMessage(request.email, joinLink(token), inviter, organisation.name));
  }
  return done({ name: request.name });
}

/** Housekeeping: requests are kept 30 days, answered or not (the audit trail keeps the decision). */
export async function deleteOldJoinRequests(now = new Date()) {
  const before = new Date(now.getTime() - JOIN_REQUEST_KEEP_DAYS * 86_400_000);
  const { count } = await prisma.joinRequest.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
