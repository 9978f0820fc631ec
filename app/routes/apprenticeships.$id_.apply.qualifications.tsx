import { readFormData } from "~/forms/form-data.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireDraft } from "~/applications/applicant-session.server";
import {
  addQualification,
  markNoQualifications,
  removeQualification,
} from "~/applications/apply.server";
import { nextStep, stepsFor } from "~/applications/rules";
import { qualificationsActionSchema } from "~/applications/schemas";
import { levelName, qualificationLevels, readQualifications } from "~/applications/answer-options";
import { requireVacancyForApplying } from "~/applications/vacancy.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, Select, selectOptions, TextInput } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading, Table } from "~/components/ui";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";

export const meta: MetaFunction = () => [{ title: "Your qualifications - SkillsBridge" }];

async function load(request: Request, id: string) {
  const vacancy = await requireVacancyForApplying(id);
  if (!vacancy.open) throw redirect(`/apprenticeships/${vacancy.id}/apply`);
  const draft = await requireDraft(request, vacancy.id);
  return { vacancy, draft };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { vacancy, draft } = await load(request, params.id!);
  const steps = stepsFor(vacancy);
  const index = steps.indexOf("qualifications");
  return {
    progress: `Question ${index + 1} of ${steps.length}`,
    back: `/apprenticeships/${vacancy.id}/apply/${steps[index - 1] ?? "name"}`,
    vacancy: { id: vacancy.id, title: vacancy.title, employer: vacancy.employer },
    qualifications: readQualifications(draft.qualifications),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { vacancy, draft } = await load(request, params.id!);
  const parsed = parseForm(qualificationsActionSchema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const here = `/apprenticeships/${vacancy.id}/apply/qualifications`;
  const change = new URL(request.url).searchParams.has("change");
  const onwards = `/apprenticeships/${vacancy.id}/apply/${change ? "check" : nextStep("qualifications", vacancy)}`;
  switch (parsed.data.intent) {
    case "add": {
      const { subject, grade, level } = parsed.data;
      const result = await addQualification(draft.id, vacancy.id, { subject, grade, level });
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirect(change ? `${here}?change` : here);
    }
    case "remove": {
      const result = await removeQualification(draft.id, vacancy.id, parsed.data.index);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirect(change ? `${here}?change` : here);
    }
    case "none": {
      const result = await markNoQualifications(draft.id, vacancy.id);
      if (result.status !== "done") return notDone(result, parsed.values);
      return redirect(onwards);
    }
    case "continue":
      if (readQualifications(draft.qualifications).length === 0)
        // Shown on the add form, where the answer is.
        return invalid(
          { subject: "Add a qualification, or choose 'I have none yet'" },
          { intent: "add" },
        );
      return redirect(onwards);
  }
}

export default function Qualifications() {
  const { progress, back, vacancy, qualifications } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to={back}>Back</BackLink>
      <PageHeading caption={`${progress}. ${vacancy.title}, ${vacancy.employer}`}>
        Your qualifications
      </PageHeading>
      <p className="body">
        Add each qualification you have, like GCSE English or a Functional Skills certificate. It is
        fine to have none yet.
      </p>
      {qualifications.length > 0 ? (
        <Table
          caption="Qualifications you have added"
          head={[
            "Subject",
            "Grade",
            "Level",
            <span className="visually-hidden" key="r">
              Remove
            </span>,
          ]}
          rows={qualifications.map((q, i) => [
            q.subject,
            q.grade,
            levelName(q.level),
            <Form method="post" key={i}>
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="index" value={i} />
              <button type="submit" className="button button--secondary">
                Remove<span className="visually-hidden"> {q.subject}</span>
              </button>
            </Form>,
          ])}
        />
      ) : null}
      <h2 className="heading-m">Add a qualification</h2>
      <ValidatedForm
        intent="add"
        schema={() => import("~/applications/schemas").then((m) => m.qualificationSchema)}
        actionData={actionData}
      >
        <TextInput name="subject" label="Subject" hint="Like English, Maths or IT user skills." />
        <TextInput name="grade" label="Grade" width="10" hint="Like 5, B, Merit or Pass." />
        <Select name="level" label="Level" options={selectOptions(qualificationLevels)} />
        <Button variant="secondary">Add this qualification</Button>
      </ValidatedForm>
      <Form method="post">
        {qualifications.length > 0 ? (
          <button type="submit" name="intent" value="continue" className="button button--primary">
            Continue
          </button>
        ) : (
          <button type="submit" name="intent" value="none" className="button button--primary">
            I have none yet, continue
          </button>
        )}
      </Form>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
