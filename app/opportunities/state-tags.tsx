import { Tag, type TagColour } from "~/components/ui";
import { postingStateNames, type PostingState } from "./posting-state";
import { requestStateNames, type RequestState } from "./request-state";

const postingColours: Record<PostingState, TagColour> = {
  draft: "grey",
  submitted: "blue",
  live: "green",
  "changes-requested": "yellow",
  closed: "grey",
  archived: "grey",
};

export function PostingStateTag({ state }: { state: PostingState }) {
  return <Tag colour={postingColours[state]}>{postingStateNames[state]}</Tag>;
}

const requestColours: Record<RequestState, TagColour> = {
  new: "blue",
  viewed: "purple",
  accepted: "green",
  declined: "red",
  withdrawn: "grey",
  expired: "grey",
};

export function RequestStateTag({ state }: { state: RequestState }) {
  return <Tag colour={requestColours[state]}>{requestStateNames[state]}</Tag>;
}
