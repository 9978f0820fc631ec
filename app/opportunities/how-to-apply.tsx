// The "How to apply" part of a vacancy, shared by the public page and the
// employer's preview, so the preview shows what people will see.
import { Link } from "@remix-run/react";
import { InsetText } from "~/components/ui";

export type HowToApplyVacancy = {
  id?: string;
  title: string;
  applyMethod: string;
  applyUrl: string | null;
  applyEmail: string | null;
};

/** A mailto link that puts the vacancy's title in the subject, so the employer knows which job it is for. */
export function applyEmailHref(email: string, title: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(`Application: ${title}`)}`;
}

/**
 * `open` is whether the vacancy still takes applications (not closed early, closing
 * day not passed). `preview` shows the way to apply without links or a button.
 */
export function HowToApply({
  vacancy: a,
  employer,
  open,
  preview = false,
}: {
  vacancy: HowToApplyVacancy;
  employer: string;
  open: boolean;
  preview?: boolean;
}) {
  if (!open) {
    return (
      <InsetText>
        <p className="body">{employer} is not taking more applications.</p>
      </InsetText>
    );
  }
  if (a.applyMethod === "external" && a.applyUrl) {
    return (
      <p className="body">
        Apply on the employer&apos;s website:{" "}
        {preview ? (
          a.applyUrl
        ) : (
          <a href={a.applyUrl} rel="noopener noreferrer external">
            {a.applyUrl}
            <span className="visually-hidden"> (opens the employer&apos;s website)</span>
          </a>
        )}
      </p>
    );
  }
  if (a.applyMethod === "email" && a.applyEmail) {
    return (
      <>
        <p className="body">
          Apply by email to{" "}
          {preview ? (
            a.applyEmail
          ) : (
            <a href={applyEmailHref(a.applyEmail, a.title)}>{a.applyEmail}</a>
          )}
          .
        </p>
        <p className="body">
          Say which apprenticeship you want, and tell them about yourself. You can add your CV.
        </p>
      </>
    );
  }
  return (
    <>
      <p className="body">
        Apply on SkillsBridge. You do not need an account: we will email you a link to start.
      </p>
      {preview || !a.id ? null : (
        <Link to={`/apprenticeships/${a.id}/apply`} className="button">
          Apply for this apprenticeship
        </Link>
      )}
    </>
  );
}
