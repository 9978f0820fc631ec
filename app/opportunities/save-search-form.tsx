import { Button, TextInput } from "~/components/forms/fields";
import { ValidatedForm } from "~/components/forms/validated-form";
import { SEARCH_ALERTS_PATH, type SearchAlertKind } from "./search-alerts";

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
