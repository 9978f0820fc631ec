import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { emailInUse } from "~/accounts/accounts.server";
import { joinSchema } from "~/accounts/schemas";
import { COMMON_PASSWORD_MESSAGE } from "~/auth/password-rules";
import { isCommonPassword } from "~/auth/common-passwords.server";
import { hashPassword } from "~/auth/password.server";
import { createUserSession } from "~/auth/session.server";
import { describeLifetime } from "~/auth/token-lifetimes";
import { consumeToken, findUsableToken } from "~/auth/tokens.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, TextInput } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { PageHeading } from "~/components/ui";
import { prisma } from "~/db.server";
import { redirectWithFlash } from "~/flash.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";

export const meta: MetaFunction = () => [{ title: "Join your organisation - SkillsBridge" }];

async function inviteFor(token: string) {
  const found = await findUsableToken("invite", token);
  if (!found?.organisationId) return null;
  const organisation = await prisma.organisation.findUnique({
    where: { id: found.organisationId },
    select: { id: true, name: true, kind: true },
  });
  return organisation ? { ...found, organisation } : null;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const invite = await inviteFor(token);
  return invite ? { token, email: invite.email, organisationName: invite.organisation.name } : { token: null, email: null, organisationName: null };
}

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseForm(joinSchema, await request.formData());
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const { token, name, password } = parsed.data;
  if (isCommonPassword(password)) return invalid({ password: COMMON_PASSWORD_MESSAGE }, parsed.values);
  const invite = await inviteFor(token);
  if (!invite) return redirectWithFlash(request, "/", "That invitation has expired or has already been used. Ask your colleague to send a new one.");
  if (await emailInUse(invite.email)) {
    return invalid({ name: "There is already an account with this email address. Sign in instead." }, parsed.values);
  }
  if (!(await consumeToken("invite", token))) {
    return redirectWithFlash(request, "/", "That invitation has already been used.");
  }
  const hash = await hashPassword(password);
  // The invitation reached this inbox, so the email address is confirmed.
  const user = await prisma.user.create({
    data: {
      email: invite.email,
      name,
      role: invite.organisation.kind,
      organisationId: invite.organisation.id,
      emailConfirmedAt: new Date(),
      password: { create: { hash } },
    },
    select: { id: true },
  });
  const cookie = await createUserSession(user.id);
  return redirectWithFlash(request, "/", `Welcome to SkillsBridge. You have joined ${invite.organisation.name}.`, { "Set-Cookie": cookie });
}

export default function Join() {
  const { token, email, organisationName } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (!token) {
    return (
      <>
        <PageHeading>This invitation has expired</PageHeading>
        <p className="body">Invitations last {describeLifetime("invite")} and work once. Ask your colleague to send a new one.</p>
        <p className="body">
          <Link to="/">Go to the home page</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading caption={organisationName}>Join your organisation</PageHeading>
      <p className="body">
        You will sign in with <strong>{email}</strong>.
      </p>
      <ValidatedForm schema={() => import("~/accounts/schemas").then((m) => m.joinSchema)} actionData={actionData} defaultValues={{ token }}>
        <input type="hidden" name="token" value={token} />
        <TextInput name="name" label="Full name" autoComplete="name" spellCheck={false} />
        <TextInput
          name="password"
          label="Create a password"
          hint="Use at least 8 characters. Three random words is a good way to make a strong one."
          type="password"
          autoComplete="new-password"
          width="20"
        />
        <Button>Join {organisationName}</Button>
      </ValidatedForm>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
