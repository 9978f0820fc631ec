import { ErrorSummary } from "~/components/forms/fields";
import { Link } from "@remix-run/react";
import { Tag, type TagColour } from "~/components/ui";
import { selectOptions } from "~/components/forms/fields";
import {
  dimensionIds,
  dimensionNames,
  edsAreaIds,
  edsAreaNames,
  type DimensionId,
} from "~/readiness/dimensions";
import { localAuthorities } from "~/organisations/reference-data";
import { meetingFormatNames, meetingFormats, type MeetingFormat } from "./options";
import { requestStateNames, type RequestState } from "./request-state";

// Small pieces shared by the mentoring pages.

export const dimensionOptions = dimensionIds.map((id) => ({
  value: id,
  label: dimensionNames[id],
}));
export const edsAreaOptions = edsAreaIds.map((id) => ({ value: id, label: edsAreaNames[id] }));
export const formatOptions = meetingFormats.map((id) => ({
  value: id,
  label: meetingFormatNames[id],
}));
export const placeOptions = selectOptions(localAuthorities);

const stateColours: Record<RequestState, TagColour> = {
  pending: "yellow",
  accepted: "green",
  declined: "red",
  cancelled: "grey",
  expired: "grey",
  completed: "purple",
};

export function StateTag({ state }: { state: RequestState }) {
  return <Tag colour={stateColours[state]}>{requestStateNames[state]}</Tag>;
}

export function Reasons({ reasons }: { reasons: string[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="list">
      {reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
}

export function dimensionList(ids: readonly DimensionId[]) {
  return ids.map((id) => dimensionNames[id]).join(", ");
}

/** The GET form for filters on /mentors and /offers: works without JavaScript. */
export function FilterForm({
  values,
}: {
  values: { dimension: string; format: string; area: string };
}) {
  return (
    <form method="get" className="filters" aria-label="Filters">
      <div className="form-group">
        <label className="label" htmlFor="f-dimension">
          Area of help
        </label>
        <select
          id="f-dimension"
          name="dimension"
          className="select"
          defaultValue={values.dimension}
        >
          <option value="">Any area</option>
          {dimensionOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="label" htmlFor="f-format">
          How to meet
        </label>
        <select id="f-format" name="format" className="select" defaultValue={values.format}>
          <option value="">Any way</option>
          <option value="online">Online</option>
          <option value="in-person">In person</option>
        </select>
      </div>
      <div className="form-group">
        <label className="label" htmlFor="f-area">
          Place
        </label>
        <select id="f-area" name="area" className="select" defaultValue={values.area}>
          <option value="">Anywhere</option>
          {placeOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        Apply filters
      </button>{" "}
      <Link to="?" className="link-button">
        Clear filters
      </Link>
    </form>
  );
}

export function CheckInvite({ what }: { what: string }) {
  return (
    <div className="inset-text">
      <p className="body">
        Take the readiness check to see the {what} that best fit your gaps.{" "}
        <Link to="/readiness">Take the readiness check</Link>.
      </p>
      <p className="body">Until then, you can browse everyone below.</p>
    </div>
  );
}

/** For an SME browsing without a format filter: the way of meeting the list is matched to, and where to change it. */
export function MeetingPreference({ format }: { format: MeetingFormat }) {
  return (
    <p className="body">
      {format === "either"
        ? "Listed for meeting online or in person."
        : `Listed for meeting ${format === "online" ? "online" : "in person"} first.`}{" "}
      <Link to="/account#meeting">Change how you like to meet</Link>.
    </p>
  );
}

type ListIntroProps = {
  /** "mentor" or "offer": the words of the page. */
  noun: "mentor" | "offer";
  isSme: boolean;
  needsCheck: boolean;
  weakest: { name: string; score: number }[];
  meetingFormat: MeetingFormat;
  values: { dimension: string; format: string; area: string };
  total: number;
  /** Unknown filter values, each with its message (the page answered 400). */
  problems?: Record<string, string>;
};

/**
 * What the mentor and offer lists say above their cards: the invitation to take
 * the check, what the order is based on, the filters, and how many were found.
 */
export function MatchListIntro({
  noun,
  isSme,
  needsCheck,
  weakest,
  meetingFormat,
  values,
  total,
  problems = {},
}: ListIntroProps) {
  const plural = `${noun}s`;
  return (
    <>
      {needsCheck ? <CheckInvite what={plural} /> : null}
      {isSme && weakest.length > 0 ? (
        <>
          <p className="body">
            The {plural} that can help most with your weakest areas come first. Your weakest areas
            are:
          </p>
          <ul className="list">
            {weakest.map((w) => (
              <li key={w.name}>
                {w.name} (score {w.score})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {isSme && !values.format ? <MeetingPreference format={meetingFormat} /> : null}
      <ErrorSummary errors={problems} />
      <FilterForm values={values} />
      <h2 className="heading-m">{total === 1 ? `1 ${noun}` : `${total} ${plural}`}</h2>
      {total === 0 ? (
        <p className="body">No {plural} match these filters. Try fewer filters.</p>
      ) : null}
    </>
  );
}
