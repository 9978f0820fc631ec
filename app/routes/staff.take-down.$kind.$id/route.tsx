import { readFormData } from "~/forms/form-data.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { notFound, requireRole } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, Textarea } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { InsetText, PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { takeDownOffer } from "~/mentoring/offers.server";
import { takeDownPosting } from "~/opportunities/take-down.server";
import { takeDownSchema } from "./forms";
import { takeDownKindFromPath, thingToTakeDown, type TakeDownKind } from "./queries.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Take down: ${data?.title ?? "posting"} - SkillsBridge` },
];

const kindNames: Record<TakeDownKind, string> = {
  apprenticeship: "Apprenticeship vacancy",
  placement: "Work-experience placement",
  offer: "Offer from a board firm",
};

const whoIsTold: Record<TakeDownKind, string> = {
  apprenticeship: "It closes at once. We tell the employer, with your reason.",
  placement:
    "It closes at once. We tell the employer, with your reason, and every school that asked for places on it.",
  offer:
    "It leaves the lists at once and the firm cannot publish it again. We tell the firm, with your reason, and every business that booked it.",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "staff");
  const kind = takeDownKindFromPath(params.kind) ?? notFound();
  const thing = await thingToTakeDown(kind, params.id ?? "");
  if (!thing) notFound();
  return { kind, ...thing };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireRole(request, "staff");
  const kind = takeDownKindFromPath(params.kind) ?? notFound();
  const parsed = parseForm(takeDownSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const actor = { id: staff.id, email: staff.email };
  const id = params.id ?? "";
  const result =
    kind === "offer"
      ? await takeDownOffer(actor, id, parsed.data.reason)
      : await takeDownPosting(actor, kind, id, parsed.data.reason);
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    "/staff",
    `"${result.value.title}" has been taken down. We have told the people it affects.`,
  );
}

export default function TakeDown() {
  const { kind, title, owner, up } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeading caption={`${kindNames[kind]} from ${owner}`}>Take down: {title}</PageHeading>
      {up ? (
        <>
          <p className="body">{whoIsTold[kind]}</p>
          <ValidatedForm
            schema={() => import("./forms").then((m) => m.takeDownSchema)}
            actionData={actionData}
          >
            <Textarea
              name="reason"
              label="Why are you taking it down?"
              hint="The owner sees this, so write it for them."
              rows={4}
              maxLength={1000}
            />
            <Button variant="warning">Take it down</Button>
          </ValidatedForm>
        </>
      ) : (
        <InsetText>This is not live now, so there is nothing to take down.</InsetText>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
