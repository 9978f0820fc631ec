import { done, type CommandResult } from "~/command-result";
import { prisma } from "~/db.server";
import { siteOrigin } from "~/env.server";
import { sendEmail } from "~/email/mailer.server";
import { notificationMessage } from "~/email/templates.server";

/**
 * Tell an organisation that something changed: an in-app notification for its
 * members, and an email to each confirmed member. `link` is a path on this site.
 * Email failures are logged, never shown to the person who made the change.
 */
export async function notifyOrganisation(input: {
  organisationId: string;
  subject: string;
  message: string;
  link?: string;
  userId?: string;
  /** More paragraphs for the email only (like contact details), never kept in the in-app notice. */
  emailDetails?: string[];
  /**
   * One channel only: "email" (a record for the people who made the change
   * themselves), or "app" (when the email was rate limited, as message threads are).
   */
  only?: "email" | "app";
  /** A reminder: emailed only to people who keep reminder emails on, with List-Unsubscribe. */
  reminder?: boolean;
}) {
  if (input.only !== "email") {
    await prisma.notification.create({
      data: {
        organisationId: input.organisationId,
        userId: input.userId ?? null,
        message: input.message,
        link: input.link ?? null,
      },
    });
  }
  if (input.only === "app") return;
  const recipients = await prisma.user.findMany({
    where: {
      organisationId: input.organisationId,
      emailConfirmedAt: { not: null },
      suspendedAt: null,
      ...(input.userId ? { id: input.userId } : {}),
      ...(input.reminder ? { reminderEmails: true } : {}),
    },
    select: { email: true },
  });
  const origin = siteOrigin();
  for (const { email } of recipients) {
    try {
      const message = notificationMessage(
        email,
        input.subject,
        input.message,
        input.link ? `${origin}${input.link}` : undefined,
        input.emailDetails,
      );
      await sendEmail(
        input.reminder
          ? {
              ...message,
              text: `${message.text}\n\n${reminderFooter}:\n${origin}${REMINDER_SETTINGS_PATH}`,
              html: `${message.html}\n<p><a href="${origin}${REMINDER_SETTINGS_PATH}">${reminderFooter}</a></p>`,
              // The account page, signed in: no token in the address (the link is not one-click).
              headers: { "List-Unsubscribe": `<${origin}${REMINDER_SETTINGS_PATH}>` },
            }
          : message,
      );
    } catch (error) {
      console.error(
        "Could not send a notification email:",
        error instanceof Error ? error.message : error,
      );
    }
  }
}

/** Where a person turns reminder emails off. */
export const REMINDER_SETTINGS_PATH = "/account#reminders";
const reminderFooter = "Turn reminder emails off on your account page";

type Reader = { id: string; organisationId: string };

/** A person sees their organisation's notifications and the ones addressed to them. */
function visibleTo(user: Reader) {
  return { organisationId: user.organisationId, OR: [{ userId: null }, { userId: user.id }] };
}

export function unreadCount(user: Reader) {
  return prisma.notification.count({ where: { ...visibleTo(user), readAt: null } });
}

/** The latest 50, newest first. */
export function listNotifications(user: Reader) {
  return prisma.notification.findMany({
    where: visibleTo(user),
    select: { id: true, message: true, link: true, readAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
}

/** Marks read everything the person sees, for everyone in the organisation (a notification has one read mark). */
export async function markAllRead(user: Reader, now = new Date()): Promise<CommandResult> {
  await prisma.notification.updateMany({
    where: { ...visibleTo(user), readAt: null },
    data: { readAt: now },
  });
  return done();
}
