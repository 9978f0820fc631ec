import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireDraft } from "~/applications/applicant-session.server";
import { CV_FIELD, CV_MAX_BYTES, cvMessages, cvTypes, describeFileSize } from "~/applications/cv";
import { attachCv, cvSummaryOf, readCvForm, removeCv } from "~/applications/cv.server";
import { nextStep, stepsFor } from "~/applications/rules";
import { requireVacancyForApplying } from "~/applications/vacancy.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorMessage, ErrorSummary, fieldId, Hint } from "~/components/forms/fields";
import { BackLink, PageHeading } from "~/components/ui";
import { readFormData, UNREADABLE_FORM_MESSAGE } from "~/forms/form-data.server";
import { invalid } from "~/forms/responses.server";

// The optional CV. A multipart form (it works without JavaScript); the file is
// checked by its content on the server. A page with an error asks for the file
// again: browsers never refill a file box.

export const meta: MetaFunction = () => [{ title: "Add your CV (optional) - SkillsBridge" }];

async function load(request: Request, id: string) {
  const vacancy = await requireVacancyForApplying(id);
  if (!vacancy.open) throw redirect(`/apprenticeships/${vacancy.id}/apply`);
  const draft = await requireDraft(request, vacancy.id);
  return { vacancy, draft };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { vacancy, draft } = await load(request, params.id!);
  const steps = stepsFor(vacancy);
  const index = steps.indexOf("cv");
  const change = new URL(request.url).searchParams.has("change");
  const cv = await cvSummaryOf(draft.id);
  return {
    progress: `Question ${index + 1} of ${steps.length}`,
    back: change
      ? `/apprenticeships/${vacancy.id}/apply/check`
      : `/apprenticeships/${vacancy.id}/apply/${steps[index - 1] ?? "name"}`,
    vacancy: { id: vacancy.id, title: vacancy.title, employer: vacancy.employer },
    applicationId: draft.id,
    cv: cv ? { fileName: cv.fileName, size: describeFileSize(cv.size) } : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { vacancy, draft } = await load(request, params.id!);
  const change = new URL(request.url).searchParams.has("change");
  const onwards = `/apprenticeships/${vacancy.id}/apply/${change ? "check" : nextStep("cv", vacancy)}`;
  const here = `/apprenticeships/${vacancy.id}/apply/cv${change ? "?change" : ""}`;
  const isMultipart = (request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data");
  if (!isMultipart) {
    // The "remove" button posts a plain form.
    const form = await readFormData(request);
    if (form.get("intent") !== "remove")
      return invalid({ [CV_FIELD]: UNREADABLE_FORM_MESSAGE }, {});
    const result = await removeCv(draft.id, vacancy.id);
    if (result.status !== "done") return notDone(result, {});
    return redirect(here);
  }
  const read = await readCvForm(request);
  if (!read.ok) {
    if (read.unreadable || !read.message)
      throw new Response(UNREADABLE_FORM_MESSAGE, { status: 400, statusText: "Bad Request" });
    return invalid({ [CV_FIELD]: read.message }, {});
  }
  const adding = read.form.get("intent") === "upload";
  if (read.upload) {
    const result = await attachCv(draft.id, vacancy.id, read.upload);
    if (result.status !== "done") return notDone(result, {}, CV_FIELD);
    // "Add this file" shows it on this page, so the applicant sees it is the right one.
    return redirect(adding ? here : onwards);
  }
  if (adding) return invalid({ [CV_FIELD]: cvMessages.noneChosen }, {});
  return redirect(onwards);
}

const accept = cvTypes.map((t) => `.${t.extension},${t.mediaType}`).join(",");

export default function CvStep() {
  const { progress, back, vacancy, applicationId, cv } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors ?? {};
  const error = errors[CV_FIELD];
  const id = fieldId(CV_FIELD);
  return (
    <>
      <BackLink to={back}>Back</BackLink>
      <ErrorSummary errors={errors} />
      <PageHeading caption={`${progress}. ${vacancy.title}, ${vacancy.employer}`}>
        Add your CV (optional)
      </PageHeading>
      <p className="body">
        A CV lists your jobs, school and skills. You do not need one to apply: your answers are
        enough.
      </p>
      {cv ? (
        <>
          <h2 className="heading-m">Your CV</h2>
          <p className="body">
            <a href={`/applications/${applicationId}/cv`}>
              {cv.fileName}
              <span className="visually-hidden"> (download)</span>
            </a>{" "}
            ({cv.size})
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="remove" />
            <button type="submit" className="button button--secondary">
              Remove this file
            </button>
          </Form>
        </>
      ) : null}
      <Form method="post" encType="multipart/form-data" noValidate>
        <div className={`form-group${error ? " form-group--error" : ""}`}>
          <label className="label" htmlFor={id}>
            {cv ? "Choose another file instead (optional)" : "Choose your CV (optional)"}
          </label>
          <Hint id={`${id}-hint`}>
            A PDF, Word (DOCX) or ODT file, up to {describeFileSize(CV_MAX_BYTES)}.
          </Hint>
          {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
          <input
            className={`input file-input${error ? " input--error" : ""}`}
            type="file"
            id={id}
            name={CV_FIELD}
            accept={accept}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div className="button-group">
          <button type="submit" name="intent" value="upload" className="button button--secondary">
            Add this file
          </button>
          <button type="submit" name="intent" value="continue" className="button button--primary">
            Continue
          </button>
        </div>
      </Form>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
