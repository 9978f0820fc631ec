import {
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import {
  type ShouldRevalidateFunction,
  Links,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { getSession } from "~/auth/session.server";
import { DocumentMeta } from "~/components/document-meta";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Layout } from "~/components/layout";
import { useNonce } from "~/components/nonce";
import { takeFlash } from "~/flash.server";
import stylesheet from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "SkillsBridge" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, refreshCookie } = await getSession(request);
  const flash = await takeFlash(request);
  const headers = new Headers();
  if (refreshCookie) headers.append("Set-Cookie", refreshCookie);
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie);
  return data(
    {
      user: user
        ? {
            name: user.name,
            role: user.role,
            emailConfirmed: Boolean(user.emailConfirmedAt),
          }
        : null,
      flash: flash.message,
    },
    { headers },
  );
}

// A post that answers with errors (status 400) does not reload loaders by
// default, so the flash from the page before would stay above the new error
// summary. Reading the root again after every post shows what the page shows
// without JavaScript: the flash was used up by the page it was for.
export const shouldRevalidate: ShouldRevalidateFunction = ({
  formMethod,
  defaultShouldRevalidate,
}) => (formMethod && formMethod.toUpperCase() !== "GET" ? true : defaultShouldRevalidate);

function Document({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <DocumentMeta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { user, flash } = useLoaderData<typeof loader>();
  return (
    <Document>
      <Layout user={user} flash={flash}>
        <Outlet />
      </Layout>
    </Document>
  );
}

export function ErrorBoundary() {
  // The root loader may have failed; render the layout without a user then.
  const rootData = useRouteLoaderData<typeof loader>("root");
  return (
    <Document>
      <Layout user={rootData?.user ?? null} flash={null}>
        <GeneralErrorBoundary />
      </Layout>
    </Document>
  );
}
