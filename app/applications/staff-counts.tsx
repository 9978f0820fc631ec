// Application counts as partnership staff see them: numbers only, never who
// applied (issue 12; decision 042).
import { Table } from "~/components/ui";
import { isOpen, sentStates, stateLabels } from "./application-state";
import type { StateCounts } from "./staff.server";

const sum = (counts: StateCounts) => sentStates.reduce((all, s) => all + counts[s], 0);

/** One vacancy's (or every vacancy's) sent applications by state. */
export function ApplicationCountsTable({
  caption,
  counts,
}: {
  caption: string;
  counts: StateCounts;
}) {
  return (
    <Table
      caption={`${caption} (${sum(counts)} in all)`}
      head={["State", "Applications"]}
      numeric={[1]}
      rows={sentStates.map((s) => [stateLabels[s], counts[s]])}
    />
  );
}

/** Each vacancy of one organisation, with its applications, open ones, hires and the rest. */
export function VacancyCountsTable({
  caption,
  vacancies,
}: {
  caption: string;
  vacancies: { id: string; title: string; counts: StateCounts }[];
}) {
  return (
    <Table
      caption={caption}
      stacked
      head={["Vacancy", "Applications", "Still open", "Hired", "Unsuccessful", "Withdrawn"]}
      numeric={[1, 2, 3, 4, 5]}
      rows={vacancies.map((v) => [
        v.title,
        sum(v.counts),
        sentStates.filter(isOpen).reduce((all, s) => all + v.counts[s], 0),
        v.counts.hired,
        v.counts.unsuccessful,
        v.counts.withdrawn,
      ])}
    />
  );
}
