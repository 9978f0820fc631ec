import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorSummary } from "~/components/forms/fields";
import { BackLink, PageHeading, SummaryList } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import {
  firstIncompleteSection,
  isSectionComplete,
  sectionCount,
  sectionNumber,
} from "~/readiness/check-state";
import { findInProgress, submitCheck } from "~/readiness/checks.server";
import { dimensionNames } from "~/readiness/dimensions";
import { answerLabels } from "~/readiness/export";
import { readinessPaths } from "~/readiness/paths";
import { getBank, questionsFor, sectionOrder } from "~/readiness/question-bank";

export const meta: MetaFunction = () => [
  { title: "Check your answers - Digital readiness check - SkillsBridge" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "sme");
  const check = await findInProgress(user.organisationId);
  if (!check) throw redirect(readinessPaths.start);
  const firstIncomplete = firstIncompleteSection(check.bank, check.answers);
  return {
    checkId: check.id,
    bankVersion: check.bank.version,
    answers: check.answers,
    incomplete: sectionOrder.filter((d) => !isSectionComplete(check.bank, d, check.answers)),
    firstIncomplete,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "sme");
  const formData = await readFormData(request);
  const checkId = formData.get("checkId");
  if (typeof checkId !== "string") return redirect(readinessPaths.start);
  const result = await submitCheck(user.organisationId, checkId);
  if (result.ok) {
    return redirectWithFlash(
      request,
      readinessPaths.result(result.id),
      "Your answers have been sent. Here are your results.",
    );
  }
  if (result.reason === "incomplete") {
    return data({ error: "Answer every question before you send your answers." }, { status: 400 });
  }
  return redirectWithFlash(
    request,
    readinessPaths.start,
    "That check has already been sent. It cannot be changed.",
  );
}

export default function CheckAnswers() {
  const { checkId, bankVersion, answers, incomplete, firstIncomplete } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const bank = getBank(bankVersion);
  // Never empty: sectionOrder is the six dimensions.
  const lastSection = sectionOrder[sectionOrder.length - 1]!;
  return (
    <>
      <BackLink to={readinessPaths.section(lastSection)} />
      {actionData?.error ? <ErrorSummary errors={{ form: actionData.error }} /> : null}
      <PageHeading caption="Digital readiness check">Check your answers</PageHeading>
      <p className="body">
        You can change any answer before you send them. Once sent, your answers cannot be changed.
      </p>
      {sectionOrder.map((dimension) => (
        <section key={dimension} aria-labelledby={`section-${dimension}`}>
          <h2 className="heading-m" id={`section-${dimension}`}>
            {sectionNumber(dimension)}. {dimensionNames[dimension]}
          </h2>
          <SummaryList
            rows={questionsFor(bank, dimension).map((question) => {
              const labels = answerLabels(question, answers[question.id]);
              return {
                key: question.text,
                value:
                  labels.length === 0 ? (
                    <span className="secondary">Not answered</span>
                  ) : labels.length === 1 ? (
                    labels[0]
                  ) : (
                    <ul className="list list--plain">
                      {labels.map((label) => (
                        <li key={label}>{label}</li>
                      ))}
                    </ul>
                  ),
                action: {
                  href: `${readinessPaths.section(dimension, true)}#f-${question.id}`,
                  label: labels.length === 0 ? "Answer" : "Change",
                  hiddenText: question.text,
                },
              };
            })}
          />
        </section>
      ))}

      {firstIncomplete ? (
        <>
          <h2 className="heading-m">You have not finished yet</h2>
          <p className="body">
            Answer every question in{" "}
            {incomplete.length === 1 ? "this section" : `these ${incomplete.length} sections`}{" "}
            before you send your answers: {incomplete.map((d) => dimensionNames[d]).join(", ")}.
          </p>
          <Link to={readinessPaths.section(firstIncomplete)} className="button button--primary">
            Carry on with section {sectionNumber(firstIncomplete)} of {sectionCount}
          </Link>
        </>
      ) : (
        <>
          <h2 className="heading-m">Send your answers</h2>
          <p className="body">
            When you send your answers, we work out your scores and show your results.
          </p>
          <Form method="post">
            <input type="hidden" name="checkId" value={checkId} />
            <button type="submit" className="button button--primary">
              Send answers and see results
            </button>
          </Form>
        </>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
