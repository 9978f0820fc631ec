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
import { findPlacementDraft, savePlacementSection } from "~/opportunities/placement-drafts.server";
import {
  AboutPlacementFields,
  ContactFields,
  PlacementDatesFields,
  StudentsFields,
  WhereFields,
} from "~/opportunities/placement-form";
import { placementSectionSchemaOf } from "~/opportunities/placement-section-checks";
import { placementSection, type PlacementSectionName } from "~/opportunities/placement-sections";

// One section of a placement's task list (issue 19, decision 052): its own
// fields, checked on their own. "Save and come back later" keeps what was
// typed even when it is not finished.

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.title ?? "Offer a work-experience placement"} - SkillsBridge` },
];

async function load(request: Request, params: { id?: string; section?: string }) {
  const user = await requireConfirmedUser(request, "sme");
  const section = placementSection(params.section) ?? notFound();
  const draft = (await findPlacementDraft(params.id, user.organisationId)) ?? notFound();
  return { user, section, draft };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { section, draft } = await load(request, params);
  return {
    id: draft.id,
    name: section.name,
    title: section.title,
    saved: draft.answers[section.name] ?? {},
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, section, draft } = await load(request, params);
  const formData = await readFormData(request);
  const values = formDataToValues(formData);
  const saved = await savePlacementSection(draft.id, user.organisationId, section, values);
  if (saved.status !== "done") return notDone(saved, values);
  const taskList = `/postings/placements/drafts/${draft.id}`;
  if (formData.get("then") === "later") {
    return redirectWithFlash(
      request,
      taskList,
      `We saved ${section.title}. Come back to it later.`,
    );
  }
  const parsed = parseForm(placementSectionSchemaOf(section), values);
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  return redirectWithFlash(request, taskList, `${section.title} is done.`);
}

const sectionFields: Record<PlacementSectionName, () => JSX.Element> = {
  about: AboutPlacementFields,
  dates: PlacementDatesFields,
  students: StudentsFields,
  where: WhereFields,
  contact: ContactFields,
};

export default function PlacementSectionPage() {
  const { id, name, title, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const Fields = sectionFields[name];
  return (
    <>
      <BackLink to={`/postings/placements/drafts/${id}`}>Back to your placement</BackLink>
      <PageHeading caption="Offer a work-experience placement">{title}</PageHeading>
      <ValidatedForm
        key={name}
        schema={() =>
          import("~/opportunities/placement-section-checks").then((m) =>
            m.placementSectionSchemaOf(m.placementSectionByName(name)),
          )
        }
        actionData={actionData}
        defaultValues={saved}
        // "Come back later" saves an unfinished page too: the server decides.
        postWhenInvalid
      >
        <Fields />
        <SectionButtons />
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
