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
}) {
  await prisma.notification.create({
    data: {
      organisationId: input.organisationId,
      userId: input.userId ?? null,
      message: input.message,
      link: input.link ?? null,
    },
  });
  const recipients = await prisma.user.findMany({
    where: {
      organisationId: input.organisationId,
      emailConfirmedAt: { not: null },
      suspendedAt: null,
      ...(input.userId ? { id: input.userId } : {}),
    },
    select: { email: true },
  });
  const origin = siteOrigin();
  for (const { email } of recipients) {
    try {
      await sendEmail(
        notificationMessage(
          email,
          input.subject,
          input.message,
          input.link ? `${origin}${input.link}` : undefined,
        ),
      );
    } catch (error) {
      console.error(
        "Could not send a notification email:",
        error instanceof Error ? error.message : error,
      );
    }
  }
}

export function unreadCount(user: { id: string; organisationId: string }) {
  return prisma.notification.count({
    where: {
      organisationId: user.organisationId,
      readAt: null,
      OR: [{ userId: null }, { userId: user.id }],
    },
  });
}
