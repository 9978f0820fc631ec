import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { readFormData } from "~/forms/form-data.server";
import { notFound, requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, Checkboxes, Radios } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import {
  nextSection,
  previousSection,
  sectionCount,
  sectionNumber,
} from "~/readiness/section-order";
import { findInProgress, saveAnswers, validAnswersOf } from "~/readiness/checks.server";
import {
  dimensionInSentence,
  dimensionNames,
  isDimensionId,
  type DimensionId,
} from "~/readiness/dimensions";
import { readinessPaths } from "~/readiness/paths";
import { getBank, questionsFor } from "~/readiness/question-bank";
import { sectionSchema, sectionValuesFromFormData } from "~/readiness/section-form";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${data ? dimensionNames[data.dimension] : "Readiness check"} - Digital readiness check - SkillsBridge`,
  },
];

function dimensionFrom(params: { dimension?: string }): DimensionId {
  if (!isDimensionId(params.dimension)) notFound();
  return params.dimension;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, "sme");
  const dimension = dimensionFrom(params);
  const check = await findInProgress(user.organisationId, user.id);
  if (!check) throw redirect(readinessPaths.start);
  const values: Record<string, string | string[]> = {};
  for (const question of questionsFor(check.bank, dimension)) {
    const answer = check.answers[question.id];
    if (answer !== undefined) values[question.id] = answer;
  }
  return {
    checkId: check.id,
    bankVersion: check.bank.version,
    dimension,
    values,
    returnToCheckAnswers: new URL(request.url).searchParams.get("return") === "check-answers",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "sme");
  const dimension = dimensionFrom(params);
  const formData = await readFormData(request);
  const checkId = formData.get("checkId");
  const check = await findInProgress(user.organisationId, user.id);
  // The page was for a check that has since been sent: a sent check never changes.
  if (!check || check.id !== checkId) {
    return redirectWithFlash(
      request,
      readinessPaths.start,
      "Those answers were not saved because that check has already been sent.",
    );
  }
  const values = sectionValuesFromFormData(check.bank, dimension, formData);
  const parsed = parseForm(sectionSchema(check.bank, dimension), values);
  if (!parsed.ok) {
    // Keep the answers that are fine, so leaving now loses nothing.
    await saveAnswers(
      user.organisationId,
      check.id,
      validAnswersOf(check.bank, dimension, values),
      user.id,
    );
    return invalid(parsed.errors, parsed.values);
  }
  const saved = await saveAnswers(user.organisationId, check.id, parsed.data, user.id);
  if (!saved) {
    return redirectWithFlash(
      request,
      readinessPaths.start,
      "Those answers were not saved because that check has already been sent.",
    );
  }
  const returnToCheckAnswers = new URL(request.url).searchParams.get("return") === "check-answers";
  const next = nextSection(dimension);
  const to =
    returnToCheckAnswers || !next ? readinessPaths.checkAnswers : readinessPaths.section(next);
  return redirectWithFlash(
    request,
    to,
    `Your answers about ${dimensionInSentence(dimension)} are saved.`,
  );
}

export default function ReadinessSection() {
  const { checkId, bankVersion, dimension, values, returnToCheckAnswers } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const bank = getBank(bankVersion);
  // Loaded when the form is first used: the section schema needs zod (decision 006).
  const schema = useMemo(
    () => () =>
      import("~/readiness/section-form").then((m) =>
        m.sectionSchema(getBank(bankVersion), dimension),
      ),
    [bankVersion, dimension],
  );
  const previous = previousSection(dimension);
  const back = returnToCheckAnswers
    ? readinessPaths.checkAnswers
    : previous
      ? readinessPaths.section(previous)
      : readinessPaths.start;
  return (
    <>
      <BackLink to={back} />
      <PageHeading caption={`Section ${sectionNumber(dimension)} of ${sectionCount}`}>
        {dimensionNames[dimension]}
      </PageHeading>
      <p className="body">
        Choose the answer that is closest to how things are now. We save your answers when you
        continue.
      </p>
      <ValidatedForm
        schema={schema}
        actionData={actionData}
        defaultValues={values}
        action={readinessPaths.section(dimension, returnToCheckAnswers)}
        // The action saves the answers given and reports the rest, with or without JavaScript.
        postWhenInvalid
      >
        <input type="hidden" name="checkId" value={checkId} />
        {questionsFor(bank, dimension).map((question) => {
          const props = {
            name: question.id,
            legend: question.text,
            hint: question.help,
            options: question.options.map((o) => ({ value: o.value, label: o.label })),
          };
          return question.style === "multi" ? (
            <Checkboxes key={question.id} {...props} />
          ) : (
            <Radios key={question.id} {...props} inline={question.style === "yes-partly-no"} />
          );
        })}
        <Button>
          {returnToCheckAnswers ? "Save and go back to your answers" : "Save and continue"}
        </Button>
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
