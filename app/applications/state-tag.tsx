import { Tag } from "~/components/ui";
import { stateColours, stateLabels, type ApplicationState } from "./application-state";

export function ApplicationStateTag({ state }: { state: ApplicationState }) {
  return <Tag colour={stateColours[state]}>{stateLabels[state]}</Tag>;
}
