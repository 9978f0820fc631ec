import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useSearchParams } from "@remix-run/react";
import { signInSchema } from "~/accounts/schemas";
import { dummyPasswordHash, verifyPassword } from "~/auth/password.server";
import { checkSignInLimit, clearAccountFailures, recordSignInFailure, signInLimitMessage } from "~/auth/rate-limit.server";
import { createUserSession, requireAnonymous } from "~/auth/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Button, TextInput } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { PageHeading } from "~/components/ui";
import { prisma } from "~/db.server";
import { parseForm } from "~/forms/parse";
import { invalid } from "~/forms/responses.server";

export const meta: MetaFunction = () => [{ title: "Sign in - SkillsBridge" }];

/** Only ever send people back to a page on this site. */
export function safeRedirect(to: unknown) {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return "/";
  return to;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

const WRONG = "The email address or password is not right. Check them and try again.";

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const parsed = parseForm(signInSchema, await request.formData());
  if (!parsed.ok) return invalid(parsed.errors, parsed.values);
  const { email, password, redirectTo } = parsed.data;
  const address = context.clientAddress ?? "unknown";

  const limit = await checkSignInLimit(email, address);
  if (limit.limited) return invalid({ email: signInLimitMessage(limit.minutes) }, parsed.values);

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, suspendedAt: true, password: { select: { hash: true } } },
  });
  // Verify against a dummy hash when there is no account, so timing gives nothing away.
  const ok = await verifyPassword(user?.password?.hash ?? (await dummyPasswordHash()), password);
  if (!user || !user.password || !ok) {
    await recordSignInFailure(email, address);
    return invalid({ email: WRONG }, parsed.values);
  }
  if (user.suspendedAt) {
    return invalid({ email: "Your account has been suspended. Contact the partnership team if you think this is a mistake." }, parsed.values);
  }
  await clearAccountFailures(email);
  const cookie = await createUserSession(user.id);
  return redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": cookie } });
}

export default function SignIn() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "";
  return (
    <>
      <PageHeading>Sign in</PageHeading>
      <ValidatedForm schema={() => import("~/accounts/schemas").then((m) => m.signInSchema)} actionData={actionData} defaultValues={{ redirectTo }}>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextInput name="email" label="Email address" type="email" autoComplete="email" spellCheck={false} />
        <TextInput name="password" label="Password" type="password" autoComplete="current-password" width="20" />
        <Button>Sign in</Button>
      </ValidatedForm>
      <p className="body">
        <Link to="/forgot-password">I have forgotten my password</Link>
      </p>
      <p className="body">
        New to SkillsBridge? <Link to="/create-account">Create an account</Link>.
      </p>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
