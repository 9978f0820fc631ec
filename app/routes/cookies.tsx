import type { MetaFunction } from "@remix-run/node";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PageHeading, Table } from "~/components/ui";

export const meta: MetaFunction = () => [
  { title: "Cookies - SkillsBridge" },
  {
    name: "description",
    content: "SkillsBridge sets only the cookies it needs to work. This page lists them.",
  },
];

export default function Cookies() {
  return (
    <>
      <PageHeading>Cookies</PageHeading>
      <p className="body">
        Cookies are small files saved on your phone or computer. SkillsBridge only uses cookies it
        needs to work.
      </p>
      <p className="body">
        We do not use cookies to track you, and we do not use any advertising or analytics cookies.
        So we do not need to ask you to accept cookies.
      </p>
      <Table
        caption="Cookies we use"
        head={["Name", "What it is for", "How long it lasts"]}
        rows={[
          ["sb_session", "Keeps you signed in", "30 days, or until you sign out"],
          [
            "sb_flash",
            "Shows a message once, like 'Your password has been changed'",
            "Until the next page",
          ],
        ]}
      />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
