import type { ReactNode } from "react";
import {
  DATE_PARTS,
  datePartName,
  datePartsToShow,
  readDate,
  type DatePart,
} from "~/forms/date-input";
import { ErrorMessage, fieldId, Hint, useFormState } from "./fields";

const PART_LABELS: Record<DatePart, string> = { day: "Day", month: "Month", year: "Year" };
const PART_WIDTHS: Record<DatePart, string> = { day: "2", month: "2", year: "4" };

/**
 * The GOV.UK date input: day, month and year boxes in a fieldset, the same in
 * every browser (no calendar button, no dd/mm/yyyy that the hint contradicts).
 * Inside a ValidatedForm it reads its error and last value from the form;
 * a GET filter form passes `value` and `error`. The day box carries the
 * field's id, so an error summary link lands on it. Only the boxes at fault
 * are marked, as GOV.UK does. The boxes post name-day, name-month and
 * name-year (forms/date-input.ts reads them as one value).
 */
export function DateInput({
  name,
  label,
  hint = "For example, 27 3 2027",
  value,
  error,
  id,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  value?: unknown;
  error?: string;
  /** The day box's id when the page's error summary links to a different one. */
  id?: string;
}) {
  const form = useFormState();
  const shown = datePartsToShow(value ?? form.values[name]);
  const message = error ?? form.errors[name];
  const base = id ?? fieldId(name, undefined, form.idPrefix);
  const boxId = (part: DatePart) => (part === "day" ? base : `${base}-${part}`);
  const reading = message ? readDate(shown, "Date") : null;
  const atFault = new Set<DatePart>(
    reading?.kind === "wrong" ? reading.parts : message ? DATE_PARTS : [],
  );
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = message ? `${base}-error` : undefined;
  return (
    <div className={`form-group${message ? " form-group--error" : ""}`}>
      <fieldset
        className="fieldset"
        role="group"
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      >
        <legend className="fieldset__legend">{label}</legend>
        {hint ? <Hint id={hintId}>{hint}</Hint> : null}
        {message && errorId ? <ErrorMessage id={errorId}>{message}</ErrorMessage> : null}
        <div className="date-input">
          {DATE_PARTS.map((part) => (
            <div className="date-input__item" key={part}>
              <label className="label date-input__label" htmlFor={boxId(part)}>
                {PART_LABELS[part]}
              </label>
              <input
                className={`input input--w${PART_WIDTHS[part]}${atFault.has(part) ? " input--error" : ""}`}
                id={boxId(part)}
                name={datePartName(name, part)}
                data-field={name}
                type="text"
                inputMode="numeric"
                spellCheck={false}
                // A new answer from the server (a GET filter read again) shows its value: the box
                // is uncontrolled, so it is drawn anew when the value to show changes.
                key={shown[part]}
                defaultValue={shown[part]}
                aria-invalid={atFault.has(part) ? true : undefined}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
