import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { notFound, requireRole, UNCONFIRMED_MESSAGE } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, InsetText, PageHeading, Table } from "~/components/ui";
import { prisma } from "~/db.server";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { notDone } from "~/command-response.server";
import { offerFieldsSelect } from "~/mentoring/candidates.server";
import { OfferForm } from "~/mentoring/offer-form";
import { offerActionFor } from "~/mentoring/offer-forms";
import { cancelOffer, setOfferPublished, updateOffer } from "~/mentoring/offers.server";
import { ukDayAndTime } from "~/time/uk-time";
import { businessNameOf } from "~/mentoring/former";

export const meta: MetaFunction = () => [{ title: "Change an offer - SkillsBridge" }];

async function ownOffer(id: string, organisationId: string) {
  const offer = await prisma.offer.findFirst({
    where: { id, organisationId },
    select: {
      ...offerFieldsSelect,
      joinUrl: true,
      state: true,
      removedReason: true,
      bookings: {
        where: { state: "booked" },
        select: { id: true, seats: true, createdAt: true, sme: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!offer) notFound();
  return offer;
}

/** A dated offer's start or end as its date boxes and time box show it again (UK time). */
function dayAndTimeValues(which: "start" | "end", instant: Date) {
  const { day, time } = ukDayAndTime(instant);
  return { [`${which}Date`]: day, [`${which}Time`]: time };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "board");
  const offer = await ownOffer(params.id!, user.organisationId);
  return {
    id: offer.id,
    title: offer.title,
    state: offer.state,
    removedReason: offer.removedReason,
    bookings: offer.bookings,
    booked: offer.bookings.reduce((sum, b) => sum + b.seats, 0),
    defaults: {
      title: offer.title,
      description: offer.description,
      kind: offer.kind,
      dimensions: offer.dimensions.split(",").filter(Boolean),
      schedule: offer.schedule,
      ...(offer.startsAt ? dayAndTimeValues("start", offer.startsAt) : {}),
      ...(offer.endsAt ? dayAndTimeValues("end", offer.endsAt) : {}),
      format: offer.format,
      location: offer.location ?? "",
      joinUrl: offer.joinUrl ?? "",
      localAuthority: offer.localAuthority ?? "",
      seats: String(offer.seats),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "board");
  const offer = await ownOffer(params.id!, user.organisationId);
  const form = await readFormData(request);
  const parsed = parseForm(offerActionFor(form.get("intent")), form);
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  if (!user.emailConfirmedAt) return invalid({ form: UNCONFIRMED_MESSAGE }, parsed.values);
  const input = parsed.data;
  if (input.intent === "cancel-offer") {
    const result = await cancelOffer(user, offer.id);
    if (result.status !== "done") return notDone(result, parsed.values);
    const { cancelledBookings: n } = result.value;
    return redirectWithFlash(
      request,
      "/board",
      n === 0
        ? "The offer has been cancelled."
        : `The offer has been cancelled. We have told the ${n === 1 ? "business" : `${n} businesses`} that booked.`,
    );
  }
  if (input.intent === "withdraw" || input.intent === "republish") {
    const result = await setOfferPublished(user, offer.id, input.intent === "republish");
    if (result.status !== "done") return notDone(result, parsed.values);
    return redirectWithFlash(
      request,
      "/board",
      input.intent === "withdraw"
        ? "The offer has been withdrawn."
        : user.organisation.verificationStatus === "verified"
          ? "The offer is published again."
          : "The offer is saved. Businesses will see it once the partnership team has checked your firm.",
    );
  }
  const { intent: _intent, ...data } = input;
  const result = await updateOffer(user, offer.id, data);
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(request, "/board", `Your offer "${data.title}" has been saved.`);
}

export default function EditOffer() {
  const { title, state, removedReason, bookings, booked, defaults } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/board">Back to your board page</BackLink>
      <PageHeading caption={title}>Change an offer</PageHeading>
      <h2 className="heading-m">Bookings</h2>
      {bookings.length === 0 ? (
        <p className="body">Nobody has booked yet.</p>
      ) : (
        <Table
          caption={`${booked} seats booked`}
          head={["Business", "Seats"]}
          numeric={[1]}
          rows={bookings.map((b) => [businessNameOf(b.sme), b.seats])}
        />
      )}
      {state === "cancelled" ? (
        <InsetText>This offer has been cancelled. It cannot be changed or booked.</InsetText>
      ) : (
        <>
          <h2 className="heading-m">Details</h2>
          <OfferForm defaults={defaults} actionData={actionData} submit="Save changes" />
          <OfferStateForms state={state} removedReason={removedReason} actionData={actionData} />
        </>
      )}
    </>
  );
}

function OfferStateForms({
  state,
  removedReason,
  actionData,
}: {
  state: string;
  removedReason: string | null;
  actionData: ReturnType<typeof useActionData<typeof action>>;
}) {
  return (
    <>
      {state === "published" ? (
        <ValidatedForm
          schema={() => import("~/mentoring/offer-forms").then((m) => m.withdrawForm)}
          intent="withdraw"
          actionData={actionData}
        >
          <p className="body">Withdrawing hides the offer from businesses. Bookings are kept.</p>
          <Button variant="warning">Withdraw offer</Button>
        </ValidatedForm>
      ) : state === "removed" ? (
        <p className="body">
          The partnership team took this offer down, so businesses cannot see it. The reason:{" "}
          {removedReason}
        </p>
      ) : (
        <ValidatedForm
          schema={() => import("~/mentoring/offer-forms").then((m) => m.republishForm)}
          intent="republish"
          actionData={actionData}
        >
          <Button variant="secondary">Publish again</Button>
        </ValidatedForm>
      )}
      <h2 className="heading-m">Cancel the offer</h2>
      <ValidatedForm
        schema={() => import("~/mentoring/offer-forms").then((m) => m.cancelOfferForm)}
        intent="cancel-offer"
        actionData={actionData}
      >
        <p className="body">
          Cancelling calls the offer off for good. Every booking is cancelled and each business gets
          an email that takes it out of their calendar.
        </p>
        <Button variant="warning">Cancel offer</Button>
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
