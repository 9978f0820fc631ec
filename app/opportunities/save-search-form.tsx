import { EmailForLink } from "~/applications/email-for-link";
import { Button, TextInput } from "~/components/forms/fields";
import { ValidatedForm, type ActionFailure } from "~/components/forms/validated-form";
import {
  SEARCH_ALERT_BY_EMAIL_PATH,
  SEARCH_ALERTS_PATH,
  type SearchAlertKind,
} from "./search-alerts";

/** "Save this search" under a search's results: posts its filters to the saved searches page. */
export function SaveSearchForm({ kind, query }: { kind: SearchAlertKind; query: string }) {
  return (
    <section aria-labelledby="save-search">
      <h2 className="heading-s" id="save-search">
        Save this search
      </h2>
      <p className="body">We will email you when something new matches it.</p>
      <ValidatedForm
        schema={() => import("~/opportunities/search-alert-forms").then((m) => m.saveSearchForm)}
        action={SEARCH_ALERTS_PATH}
        intent="save"
      >
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="query" value={query} />
        <TextInput name="name" label="Name this search" hint="For example, Year 10 in Dudley." />
        <Button variant="secondary">Save this search</Button>
      </ValidatedForm>
    </section>
  );
}

/**
 * Signed out: "Get emails about this search" under the apprenticeship results.
 * No account and no password: the emailed link starts the alerts.
 */
export function SaveSearchByEmailForm({
  query,
  actionData,
}: {
  query: string;
  actionData?: ActionFailure;
}) {
  return (
    <section aria-labelledby="save-search-by-email">
      <h2 className="heading-s" id="save-search-by-email">
        Get emails about this search
      </h2>
      <p className="body">
        We will email you when a new apprenticeship matches it, at most once a day. You do not need
        an account. Every email has a link to stop them.
      </p>
      <ValidatedForm
        schema={() =>
          import("~/opportunities/search-alert-forms").then((m) => m.saveSearchByEmailForm)
        }
        action={SEARCH_ALERT_BY_EMAIL_PATH}
        actionData={actionData}
      >
        <input type="hidden" name="query" value={query} />
        <TextInput
          name="name"
          label="Name this search"
          hint="For example, Digital jobs in Dudley."
        />
        <EmailForLink hint="We will send you a link to start the emails." />
        <Button variant="secondary">Email me about this search</Button>
      </ValidatedForm>
    </section>
  );
}
