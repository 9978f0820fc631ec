import { readFormData } from "~/forms/form-data.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireConfirmedUser, requireRole } from "~/auth/session.server";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, TextInput } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { BackLink, PageHeading, SummaryList, Tag } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import {
  actionStatuses,
  actionStatusNames,
  describeProgress,
  planProgress,
} from "~/readiness/action-plan";
import { planActions } from "~/readiness/action-plan-forms";
import { addAction, planFor, setActionStatus } from "~/readiness/action-plan.server";
import { dimensionNames, isDimensionId } from "~/readiness/dimensions";
import { readinessPaths } from "~/readiness/paths";
import { formatDay } from "~/time/format";
import { ukDay } from "~/time/uk-time";
import { DateInput } from "~/components/forms/date-input";

export const meta: MetaFunction = () => [{ title: "Your action plan - SkillsBridge" }];

const statusButtons = {
  todo: "Mark as to do",
  doing: "Mark as started",
  done: "Mark as done",
} as const;
const statusColours = { todo: "grey", doing: "yellow", done: "green" } as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "sme");
  const plan = await planFor(user.organisationId);
  const query = new URL(request.url).searchParams;
  const dimension = query.get("dimension");
  return {
    plan,
    progress: describeProgress(planProgress(plan, ukDay(new Date()))),
    // From a recommendation on the results page: the form starts filled in.
    defaults: {
      title: (query.get("title") ?? "").slice(0, 300),
      owner: "",
      dueOn: "",
      dimension: isDimensionId(dimension) ? dimension : "",
      checkId: (query.get("check") ?? "").slice(0, 40),
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireConfirmedUser(request, "sme");
  const parsed = parseForm(planActions, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const input = parsed.data;
  if (input.intent === "add") {
    const { intent: _intent, ...item } = input;
    const added = await addAction(user, item);
    if (added.status !== "done") return notDone(added, parsed.values);
    return redirectWithFlash(request, readinessPaths.plan, `"${item.title}" is in your plan.`);
  }
  const changed = await setActionStatus(user, input.actionId, input.status);
  if (changed.status !== "done") return notDone(changed, parsed.values);
  return redirectWithFlash(
    request,
    readinessPaths.plan,
    `The action is now marked "${actionStatusNames[input.status]}".`,
  );
}

export default function ActionPlan() {
  const { plan, progress, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <BackLink to={readinessPaths.history}>Back to your results</BackLink>
      <PageHeading caption="Digital readiness check">Your action plan</PageHeading>
      <p className="body">
        Turn what your results suggest into actions: who does what, and by when. If you have a
        mentor, they can see this plan while you work together.
      </p>
      <p className="body">
        <strong>{progress}</strong>
      </p>
      {plan.length === 0 ? (
        <p className="body">
          Add actions below, or use &quot;Add to your plan&quot; on your{" "}
          <Link to={readinessPaths.history}>results</Link>.
        </p>
      ) : (
        <ul className="list list--plain">
          {plan.map((item) => (
            <li key={item.id} className="card">
              <h2 className="card__title">
                {item.title}{" "}
                <Tag colour={statusColours[item.status]}>{actionStatusNames[item.status]}</Tag>
              </h2>
              <SummaryList
                rows={[
                  { key: "Who", value: item.owner },
                  { key: "Due", value: formatDay(item.dueOn) },
                  ...(item.dimension
                    ? [{ key: "Area", value: dimensionNames[item.dimension] }]
                    : []),
                ]}
              />
              <div className="button-group">
                {actionStatuses
                  .filter((status) => status !== item.status)
                  .map((status) => (
                    // One press per change: the choices are fixed, so there is nothing to check first.
                    <Form method="post" className="inline-form" key={status}>
                      <input type="hidden" name="intent" value="status" />
                      <input type="hidden" name="actionId" value={item.id} />
                      <input type="hidden" name="status" value={status} />
                      <button type="submit" className="button button--secondary">
                        {statusButtons[status]}
                        <span className="visually-hidden">: {item.title}</span>
                      </button>
                    </Form>
                  ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      <h2 className="heading-m" id="add-action">
        Add an action
      </h2>
      <ValidatedForm
        schema={() => import("~/readiness/action-plan-forms").then((m) => m.addActionForm)}
        intent="add"
        actionData={actionData}
        defaultValues={defaults}
      >
        <TextInput name="title" label="What you will do" />
        <TextInput
          name="owner"
          label="Who will do it"
          hint="A name or a job, for example Office manager"
        />
        <DateInput name="dueOn" label="When it is due" />
        <input type="hidden" name="dimension" value={defaults.dimension} />
        <input type="hidden" name="checkId" value={defaults.checkId} />
        <Button>Add to your plan</Button>
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
