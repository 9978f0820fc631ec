import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { notFound, requireRole, requireUser, UNCONFIRMED_MESSAGE } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, TextInput } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, InsetText, PageHeading, SummaryList } from "~/components/ui";
import { prisma } from "~/db.server";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { notDone } from "~/command-response.server";
import { bookSeats, cancelBooking } from "~/mentoring/bookings.server";
import { dimensionList, Reasons } from "~/mentoring/components";
import { seatsLeft } from "~/mentoring/limits";
import { rankedOffersFor } from "~/mentoring/matches.server";
import { meetingFormatNames, offerKindName } from "~/mentoring/options";
import { offerActions } from "~/mentoring/booking-forms";
import { formatTimeRange } from "~/time/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.offer.title ?? "Offer"} - SkillsBridge` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const isSme = user.role === "sme";
  const ranked = await rankedOffersFor(isSme ? user.organisationId : null, new Date());
  const found = ranked.offers.find((o) => o.item.id === params.id);
  if (!found) notFound();
  const { item, reasons, available } = found;
  const booking = isSme
    ? await prisma.offerBooking.findFirst({
        where: { offerId: item.id, smeOrgId: user.organisationId, state: "booked" },
        // The joining link is only for businesses that booked.
        select: { id: true, seats: true, offer: { select: { joinUrl: true } } },
      })
    : null;
  return {
    isSme,
    isStaff: user.role === "staff",
    booking: booking && {
      id: booking.id,
      seats: booking.seats,
      joinUrl: booking.offer.joinUrl,
      hasInvite: Boolean(item.startsAt && item.endsAt),
    },
    offer: {
      id: item.id,
      title: item.title,
      description: item.description,
      firm: item.firm,
      kind: offerKindName(item.kind),
      when: item.startsAt ? formatTimeRange(item.startsAt, item.endsAt) : "Any time",
      format: meetingFormatNames[item.format],
      location: item.location,
      dimensions: dimensionList(item.dimensions),
      left: seatsLeft(item.seats, item.seatsBooked),
      reasons,
      available,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "sme");
  const parsed = parseForm(offerActions, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  if (!user.emailConfirmedAt) return invalid({ form: UNCONFIRMED_MESSAGE }, parsed.values);
  const input = parsed.data;
  const here = `/offers/${params.id}`;
  if (input.intent === "cancel") {
    const result = await cancelBooking(input.bookingId, user.organisationId);
    if (result.status !== "done") return notDone(result, parsed.values);
    return redirectWithFlash(request, here, "Your booking has been cancelled.");
  }
  const result = await bookSeats({
    offerId: params.id!,
    smeOrgId: user.organisationId,
    userId: user.id,
    seats: input.seats,
  });
  if (result.status !== "done") return notDone(result, parsed.values, "seats");
  return redirectWithFlash(
    request,
    here,
    "Your booking is confirmed. We have told the firm running it.",
  );
}

export default function OfferPage() {
  const { isSme, isStaff, booking, offer } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/offers">Back to offers</BackLink>
      <PageHeading caption={`${offer.kind} by ${offer.firm}`}>{offer.title}</PageHeading>
      <p className="body pre-line">{offer.description}</p>
      {isStaff ? (
        <p className="body">
          <Link to={`/staff/take-down/offers/${offer.id}`}>Take this offer down</Link>
        </p>
      ) : null}
      <SummaryList
        rows={[
          { key: "When", value: offer.when },
          { key: "How it runs", value: offer.format },
          ...(offer.location ? [{ key: "Where", value: offer.location }] : []),
          { key: "Helps with", value: offer.dimensions },
          { key: "Seats left", value: String(offer.left) },
        ]}
      />
      {isSme && offer.reasons.length > 0 ? (
        <>
          <h2 className="heading-m">Why this offer</h2>
          <Reasons reasons={offer.reasons} />
        </>
      ) : null}
      {!isSme ? null : booking ? (
        <section aria-labelledby="booking-heading">
          <h2 className="heading-m" id="booking-heading">
            Your booking
          </h2>
          <p className="body">
            You have booked {booking.seats} {booking.seats === 1 ? "seat" : "seats"}.
          </p>
          {booking.joinUrl ? (
            <p className="body">
              Join online: <a href={booking.joinUrl}>{booking.joinUrl}</a>
            </p>
          ) : null}
          {booking.hasInvite ? (
            <p className="body">
              <a href={`/offers/${offer.id}/invite.ics`} download>
                Add it to your calendar (.ics file)
              </a>
            </p>
          ) : null}
          <ValidatedForm
            schema={() => import("~/mentoring/booking-forms").then((m) => m.cancelForm)}
            intent="cancel"
            actionData={actionData}
            defaultValues={{ bookingId: booking.id }}
          >
            <input type="hidden" name="bookingId" value={booking.id} />
            <Button variant="warning">Cancel booking</Button>
          </ValidatedForm>
        </section>
      ) : offer.available || actionData ? (
        <section aria-labelledby="book-heading">
          <h2 className="heading-m" id="book-heading">
            Book seats
          </h2>
          <ValidatedForm
            schema={() => import("~/mentoring/booking-forms").then((m) => m.bookForm)}
            intent="book"
            actionData={actionData}
            defaultValues={{ seats: "1" }}
          >
            <TextInput
              name="seats"
              label="How many seats do you need?"
              hint="Up to 5 for your business"
              width="4"
              inputMode="numeric"
            />
            <Button>Book seats</Button>
          </ValidatedForm>
        </section>
      ) : (
        <InsetText>
          This offer cannot be booked now. <Link to="/offers">See other offers</Link>.
        </InsetText>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
