import { readFormData } from "~/forms/form-data.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { readApplicant } from "~/applications/applicant-session.server";
import {
  applicationsOf,
  deleteApplication,
  withdrawApplication,
} from "~/applications/applicant.server";
import { applicantStatusFor, isOpen } from "~/applications/application-state";
import { ApplicationStateTag } from "~/applications/state-tag";
import { notDone } from "~/command-response.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading } from "~/components/ui";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";
import { formatDate } from "~/time/format";

export const meta: MetaFunction = () => [{ title: "Your applications - SkillsBridge" }];

async function requireApplicant(request: Request) {
  const applicant = await readApplicant(request);
  if (!applicant) throw redirect("/applications");
  return applicant;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { email } = await requireApplicant(request);
  const applications = await applicationsOf(email);
  return {
    email,
    applications: applications.map((a) => ({
      id: a.id,
      state: a.state,
      open: isOpen(a.state),
      sent: a.submittedAt ? formatDate(a.submittedAt) : "",
      status: applicantStatusFor(a.state, { employer: a.apprenticeship.organisation.name }),
      feedback: a.feedback,
      vacancyId: a.apprenticeship.id,
      title: a.apprenticeship.title,
      employer: a.apprenticeship.organisation.name,
    })),
  };
}

const schema = z.object({
  intent: z.enum(["withdraw", "delete"]),
  id: z.string().min(1).max(50),
});

export async function action({ request }: ActionFunctionArgs) {
  const { email } = await requireApplicant(request);
  const parsed = parseForm(schema, await readFormData(request));
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const result =
    parsed.data.intent === "withdraw"
      ? await withdrawApplication(email, parsed.data.id)
      : await deleteApplication(email, parsed.data.id);
  if (result.status !== "done") return notDone(result, parsed.values);
  return redirectWithFlash(
    request,
    "/applications/mine",
    parsed.data.intent === "withdraw"
      ? "Your application has been withdrawn. The employer has been told."
      : "Your application has been deleted.",
  );
}

export default function MyApplications() {
  const { email, applications } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading caption={email}>Your applications</PageHeading>
      {applications.length === 0 ? (
        <p className="body">
          You have no applications. <Link to="/apprenticeships">Find an apprenticeship</Link>.
        </p>
      ) : (
        <ul className="card-list">
          {applications.map((a) => (
            <li className="card" key={a.id}>
              <h2 className="heading-m">
                <Link to={`/apprenticeships/${a.vacancyId}`}>{a.title}</Link>
              </h2>
              <p className="body">
                {a.employer}. Sent {a.sent}.
              </p>
              <p className="body">
                <ApplicationStateTag state={a.state} />
              </p>
              <p className="body">{a.status}</p>
              {a.feedback ? <p className="body">What the employer said: {a.feedback}</p> : null}
              <div className="button-group">
                {a.open ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="withdraw" />
                    <input type="hidden" name="id" value={a.id} />
                    <button type="submit" className="button button--secondary">
                      Withdraw<span className="visually-hidden"> my application for {a.title}</span>
                    </button>
                  </Form>
                ) : null}
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="delete" />
                  <input type="hidden" name="id" value={a.id} />
                  <button type="submit" className="button button--warning">
                    Delete<span className="visually-hidden"> my application for {a.title}</span>
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="body">
        Deleting removes your answers for good. The employer will not see them any more.
      </p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
