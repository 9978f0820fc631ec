/** What the site is, for search results and link previews where a page has no description of its own. */
export const SITE_DESCRIPTION =
  "SkillsBridge helps West Midlands firms, schools and tech firms build digital skills: a free check, apprenticeships, work experience, mentors and training.";

const SITE = "SkillsBridge";

/**
 * A page's title says what happened: an error page's title names the error,
 * not the page that failed; a form that came back with errors starts "Error:"
 * (as GOV.UK pages do, so a screen reader hears it first).
 */
export function documentTitle({
  ownTitle,
  errorTitle,
  formErrors,
}: {
  ownTitle: string | undefined;
  errorTitle: string | undefined;
  formErrors: boolean;
}): string {
  if (errorTitle) return `${errorTitle} - ${SITE}`;
  const title = ownTitle ?? SITE;
  return formErrors ? `Error: ${title}` : title;
}

/** True for an action's answer that carries field errors (the one 400 shape, app/forms/responses.server.ts). */
export function hasFormErrors(actionData: unknown): boolean {
  if (typeof actionData !== "object" || actionData === null || !("errors" in actionData)) {
    return false;
  }
  const { errors } = actionData;
  return typeof errors === "object" && errors !== null && Object.keys(errors).length > 0;
}

/**
 * The title as it reads after a check in the browser: "Error: " in front when
 * the form has errors, and gone again once it has none.
 */
export function titleAfterCheck(title: string, formErrors: boolean): string {
  const plain = title.replace(/^Error: /, "");
  return formErrors ? `Error: ${plain}` : plain;
}
