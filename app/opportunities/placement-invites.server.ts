// Accepted placements land in both sides' calendars: an all-day invite from the
// first to the last day, to every confirmed member of the school and of the
// employer (uid "placement-request-<id>", docs/decisions/028-calendar-invites.md).
import { calendarInvite, inviteUid } from "~/calendar/invites.server";
import { prisma } from "~/db.server";
import { sendEmail } from "~/email/mailer.server";
import { eventMessage } from "~/email/templates.server";
import { siteOrigin } from "~/env.server";
import { formatDay } from "~/time/format";
import { dateToDay } from "~/time/uk-time";

const members = {
  where: { emailConfirmedAt: { not: null }, suspendedAt: null },
  select: { email: true, name: true },
} as const;

const requestSelect = {
  id: true,
  state: true,
  placesAccepted: true,
  school: { select: { name: true, users: members } },
  placement: {
    select: {
      title: true,
      startDate: true,
      endDate: true,
      daysAndHours: true,
      postcode: true,
      format: true,
      organisation: { select: { name: true, users: members } },
    },
  },
} as const;

type InvitedRequest = {
  id: string;
  school: { name: string } | null;
  placement: {
    title: string;
    startDate: Date;
    endDate: Date;
    daysAndHours: string;
    postcode: string | null;
    format: string;
  };
};

/** The placement's all-day event for one person: the same in the email and the download. */
function placementEvent(
  request: InvitedRequest,
  names: { employer: string; school: string },
  attendee: { email: string; name: string | null },
) {
  const { placement } = request;
  return {
    uid: inviteUid("placement-request", request.id),
    sequence: 0,
    title: `Work experience: ${placement.title}`,
    description: `${names.employer} and ${names.school}. ${placement.daysAndHours}.`,
    firstDay: dateToDay(placement.startDate),
    lastDay: dateToDay(placement.endDate),
    location: placement.format === "virtual" ? "Online" : placement.postcode,
    attendee,
  };
}

/**
 * The invite file of an accepted request, for either side's member (ownership
 * in the `where`: the school that asked or the employer of the placement); null otherwise.
 */
export async function placementInviteFile(
  requestId: string,
  user: { organisationId: string; email: string; name: string | null },
): Promise<string | null> {
  const request = await prisma.placementRequest.findFirst({
    where: {
      id: requestId,
      state: "accepted",
      OR: [
        { schoolOrgId: user.organisationId },
        { placement: { organisationId: user.organisationId } },
      ],
    },
    select: requestSelect,
  });
  const employer = request?.placement.organisation;
  // A side that has left has no invite to download.
  if (!request?.school || !employer) return null;
  const names = { employer: employer.name, school: request.school.name };
  return calendarInvite(placementEvent(request, names, user), "REQUEST");
}

/** Send the placement's invite to both sides once its places are accepted. Failures are logged. */
export async function sendPlacementInvites(requestId: string) {
  const request = await prisma.placementRequest.findUnique({
    where: { id: requestId },
    select: requestSelect,
  });
  // A side that has left gets no invite (and the request is no longer open).
  if (!request?.school || !request.placement.organisation || request.state !== "accepted") return;
  const { placement, school } = request;
  const employer = request.placement.organisation;
  const firstDay = dateToDay(placement.startDate);
  const lastDay = dateToDay(placement.endDate);
  const dates =
    firstDay === lastDay ? formatDay(firstDay) : `${formatDay(firstDay)} to ${formatDay(lastDay)}`;
  const places = `${request.placesAccepted} ${request.placesAccepted === 1 ? "place" : "places"}`;
  const paragraphs = [
    `${employer.name} has ${places} for ${school.name} on "${placement.title}".`,
    `When: ${dates}, ${placement.daysAndHours}`,
    "Open the invite in this email to add it to your calendar. The request page has the contacts and first-day details.",
  ];
  const link = { href: `${siteOrigin()}/requests/${request.id}`, text: "See the request" };
  for (const person of [...school.users, ...employer.users]) {
    const event = placementEvent(request, { employer: employer.name, school: school.name }, person);
    try {
      await sendEmail(
        eventMessage(
          person.email,
          `Placement in your calendar: ${placement.title}`,
          paragraphs,
          link,
          {
            method: "REQUEST",
            content: calendarInvite(event, "REQUEST"),
          },
        ),
      );
    } catch (error) {
      console.error(
        "Could not send a placement invite:",
        error instanceof Error ? error.message : error,
      );
    }
  }
}
