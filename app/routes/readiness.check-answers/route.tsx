import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { readFormData } from "~/forms/form-data.server";
import { requireRole } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { BackLink, InsetText, PageHeading, SummaryList, Table } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { invalid } from "~/forms/responses.server";
import {
  firstIncompleteSection,
  isSectionComplete,
  sectionCount,
  sectionNumber,
} from "~/readiness/check-state";
import { findInProgress } from "~/readiness/checks.server";
import { askColleagues, colleaguesOf, sendAnswers } from "~/readiness/respondents.server";
import { askColleaguesForm } from "~/readiness/ask-form";
import { colleagueStateNames } from "~/readiness/respondents";
import { parseForm } from "~/forms/parse";
import { notDone } from "~/command-response.server";
import { Button, Checkboxes, ErrorSummary } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { formatDate } from "~/time/format";
import { dimensionNames } from "~/readiness/dimensions";
import { answerLabels } from "~/readiness/export";
import { readinessPaths } from "~/readiness/paths";
import { getBank, questionsFor, sectionOrder } from "~/readiness/question-bank";

export const meta: MetaFunction = () => [
  { title: "Check your answers - Digital readiness check - SkillsBridge" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "sme");
  const check = await findInProgress(user.organisationId, user.id);
  if (!check) throw redirect(readinessPaths.start);
  const firstIncomplete = firstIncompleteSection(check.bank, check.answers);
  return {
    checkId: check.id,
    // Only the starter sends the firm's check, so only they ask others (decision 045).
    colleagues: check.isStarter ? await colleaguesOf(user.organisationId, check.id, user.id) : [],
    startedBy: check.isStarter ? null : (check.startedByName ?? "A colleague"),
    sentOn: check.finishedAt,
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
  if (formData.get("intent") === "ask") {
    const colleagues = await colleaguesOf(user.organisationId, checkId, user.id);
    const parsed = parseForm(askColleaguesForm(colleagues.map((c) => c.id)), formData);
    if (!parsed.ok) return invalid(parsed.errors, parsed.values);
    const asked = await askColleagues(user, checkId, parsed.data.colleagues);
    if (asked.status !== "done") return notDone(asked, parsed.values, "colleagues");
    return redirectWithFlash(
      request,
      readinessPaths.checkAnswers,
      `We have asked ${asked.value.asked.join(", ")} to answer. We sent a message and an email.`,
    );
  }
  const result = await sendAnswers(user, checkId);
  if (result.ok && "colleagueFinished" in result) {
    return redirectWithFlash(
      request,
      readinessPaths.start,
      "Your answers have been sent. They count when the check is sent for your business.",
    );
  }
  if (result.ok) {
    return redirectWithFlash(
      request,
      readinessPaths.result(result.id),
      result.respondents > 1
        ? `Your answers have been sent with those of ${result.respondents - 1} more ${result.respondents === 2 ? "person" : "people"}. Here are your results.`
        : "Your answers have been sent. Here are your results.",
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
  const {
    checkId,
    bankVersion,
    answers,
    incomplete,
    firstIncomplete,
    colleagues,
    startedBy,
    sentOn,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const sendError = actionData && "error" in actionData ? actionData.error : null;
  const askFailure = actionData && "errors" in actionData ? actionData : undefined;
  const colleagueIds = colleagues.map((c) => c.id);
  const bank = getBank(bankVersion);
  // Never empty: sectionOrder is the six dimensions.
  const lastSection = sectionOrder[sectionOrder.length - 1]!;
  return (
    <>
      <BackLink to={readinessPaths.section(lastSection)} />
      {sendError ? <ErrorSummary errors={{ form: sendError }} /> : null}
      <PageHeading caption="Digital readiness check">Check your answers</PageHeading>
      {startedBy ? (
        <InsetText>
          These are your own answers. {startedBy} sends the check for your business, and your
          answers count once you have sent them.
          {sentOn ? ` You sent them on ${formatDate(sentOn)}. You can still change them.` : ""}
        </InsetText>
      ) : null}
      <p className="body">
        You can change any answer before you send them. Once the check is sent, answers cannot be
        changed.
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
      ) : startedBy ? (
        <>
          <h2 className="heading-m">Send your answers</h2>
          <p className="body">
            When you send your answers, {startedBy} is told. They count in the result when{" "}
            {startedBy} sends the check.
          </p>
          <Form method="post">
            <input type="hidden" name="checkId" value={checkId} />
            <button type="submit" className="button button--primary">
              {sentOn ? "Send my changed answers" : "Send my answers"}
            </button>
          </Form>
        </>
      ) : (
        <>
          <h2 className="heading-m">Send your answers</h2>
          <p className="body">
            When you send your answers, we work out your scores and show your results.
            {colleagues.some((c) => c.state === "finished")
              ? " The answers of colleagues who have finished are added. Anyone who has not finished is left out."
              : ""}
          </p>
          <Form method="post">
            <input type="hidden" name="checkId" value={checkId} />
            <button type="submit" className="button button--primary">
              Send answers and see results
            </button>
          </Form>
        </>
      )}

      {colleagues.length > 0 ? (
        <section aria-labelledby="ask-colleagues">
          <h2 className="heading-m" id="ask-colleagues">
            Ask colleagues to answer too
          </h2>
          <p className="body">
            People in your business may see things differently. Each person answers for themselves.
            Your result puts the answers together and shows where you differ. Ask them before you
            send the check.
          </p>
          <Table
            caption="Who has answered"
            head={["Colleague", "Answers"]}
            rows={colleagues.map((c) => [
              c.name,
              c.state === "answering"
                ? `${colleagueStateNames[c.state]}: ${c.sectionsDone} of ${sectionCount} sections`
                : colleagueStateNames[c.state],
            ])}
          />
          {colleagues.some((c) => c.state !== "finished") ? (
            <ValidatedForm
              schema={() =>
                import("~/readiness/ask-form").then((m) => m.askColleaguesForm(colleagueIds))
              }
              intent="ask"
              actionData={askFailure}
            >
              <input type="hidden" name="checkId" value={checkId} />
              <Checkboxes
                name="colleagues"
                legend="Who should answer?"
                hint="We send each person a message here and an email."
                options={colleagues
                  .filter((c) => c.state !== "finished")
                  .map((c) => ({ value: c.id, label: c.name }))}
              />
              <Button>Ask them to answer</Button>
            </ValidatedForm>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
