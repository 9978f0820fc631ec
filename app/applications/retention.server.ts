import { prisma } from "~/db.server";
import { env } from "~/env.server";
import { dayToDate, ukDayStart } from "~/time/uk-time";
import { closedBefore } from "./retention";

/**
 * Housekeeping: delete the applications of vacancies that closed more than
 * APPLICATION_RETENTION_MONTHS ago (drafts too). Their CVs go by cascade and
 * their links by trigger (decision 017). Returns how many went, for the log.
 */
export async function deleteExpiredApplications(
  now = new Date(),
  months = env.APPLICATION_RETENTION_MONTHS,
): Promise<number> {
  const cut = closedBefore(now, months);
  const { count } = await prisma.application.deleteMany({
    where: {
      apprenticeship: {
        OR: [
          { closingDate: { lt: dayToDate(cut) } },
          { applicationsClosedAt: { lt: ukDayStart(cut) } },
        ],
      },
    },
  });
  return count;
}
