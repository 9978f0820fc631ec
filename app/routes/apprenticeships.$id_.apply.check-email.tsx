import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { describeLifetime } from "~/auth/token-lifetimes";
import { requireVacancyForApplying } from "~/applications/vacancy.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading } from "~/components/ui";

export const meta: MetaFunction = () => [{ title: "Check your email - SkillsBridge" }];

export async function loader({ params }: LoaderFunctionArgs) {
  const vacancy = await requireVacancyForApplying(params.id!);
  return { vacancy: { id: vacancy.id, title: vacancy.title, employer: vacancy.employer } };
}

export default function CheckYourEmail() {
  const { vacancy } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeading caption={`${vacancy.title}, ${vacancy.employer}`}>Check your email</PageHeading>
      <p className="body">
        We have sent you an email with a link. Open it to start your application. The link works
        once and lasts {describeLifetime("apply")}.
      </p>
      <p className="body">
        If it has not come in a few minutes, look in your junk or spam folder, or{" "}
        <Link to={`/apprenticeships/${vacancy.id}/apply`}>ask for a new link</Link>.
      </p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
