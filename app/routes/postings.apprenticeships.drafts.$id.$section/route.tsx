import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { notFound, requireConfirmedUser } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ValidatedForm } from "~/components/forms/validated-form";
import { SectionButtons } from "~/components/task-list";
import { BackLink, PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { readFormData } from "~/forms/form-data.server";
import { formDataToValues, parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import {
  ApplyFields,
  DatesAndPlaceFields,
  JobFields,
  PayFields,
  SkillsFields,
  TrainingFields,
} from "~/opportunities/apprenticeship-form";
import { listStandards } from "~/opportunities/standards.server";
import { findVacancyDraft, saveVacancySection } from "~/opportunities/vacancy-drafts.server";
import { sectionSchema } from "~/opportunities/vacancy-section-checks";
import { vacancySection, type VacancySectionName } from "~/opportunities/vacancy-sections";

// One section of a vacancy's task list (issue 19, decision 048): its own
// fields, checked on their own. "Save and come back later" keeps what was
// typed even when it is not finished.

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? "Post an apprenticeship"} - SkillsBridge` },
];

async function load(request: Request, params: { id?: string; section?: string }) {
  const user = await requireConfirmedUser(request, "sme");
  const section = vacancySection(params.section) ?? notFound();
  const draft = (await findVacancyDraft(params.id, user.organisationId)) ?? notFound();
  return { user, section, draft };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { section, draft } = await load(request, params);
  const standards = section.name === "training" ? await listStandards() : [];
  return {
    id: draft.id,
    name: section.name,
    title: section.title,
    saved: draft.answers[section.name] ?? {},
    standards: standards.map(({ id, name, level }) => ({ id, name, level })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, section, draft } = await load(request, params);
  const formData = await readFormData(request);
  const values = formDataToValues(formData);
  const saved = await saveVacancySection(draft.id, user.organisationId, section, values);
  if (saved.status !== "done") return notDone(saved, values);
  const taskList = `/postings/apprenticeships/drafts/${draft.id}`;
  if (formData.get("then") === "later") {
    return redirectWithFlash(
      request,
      taskList,
      `We saved ${section.title}. Come back to it later.`,
    );
  }
  const parsed = parseForm(sectionSchema(section), values);
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  return redirectWithFlash(request, taskList, `${section.title} is done.`);
}

function SectionFields({
  name,
  standards,
}: {
  name: VacancySectionName;
  standards: { id: string; name: string; level: number }[];
}) {
  switch (name) {
    case "job":
      return <JobFields />;
    case "training":
      return <TrainingFields standards={standards} />;
    case "pay":
      return <PayFields />;
    case "dates":
      return <DatesAndPlaceFields />;
    case "skills":
      return <SkillsFields />;
    case "apply":
      return <ApplyFields />;
  }
}

export default function VacancySectionPage() {
  const { id, name, title, saved, standards } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to={`/postings/apprenticeships/drafts/${id}`}>Back to your vacancy</BackLink>
      <PageHeading caption="Post an apprenticeship">{title}</PageHeading>
      <ValidatedForm
        key={name}
        schema={() =>
          import("~/opportunities/vacancy-section-checks").then((m) =>
            m.sectionSchema(m.sectionByName(name)),
          )
        }
        actionData={actionData}
        defaultValues={saved}
        // "Come back later" saves an unfinished page too: the server decides.
        postWhenInvalid
      >
        <SectionFields name={name} standards={standards} />
        <SectionButtons />
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
