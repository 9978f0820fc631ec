import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  type InputHTMLAttributes,
  type ReactNode,
} from "react";
import type { FieldErrors, FormValues } from "~/forms/parse";

// GOV.UK-style form components. Each field reads its error and its last value
// from the form context, so a page that comes back with errors keeps every
// answer (JavaScript on or off).

type FormState = {
  errors: FieldErrors;
  values: FormValues;
  /** Keeps ids unique when a page has several forms with the same field names. */
  idPrefix?: string;
};
const FormStateContext = createContext<FormState>({ errors: {}, values: {} });

export function FormStateProvider({ children, ...state }: FormState & { children: ReactNode }) {
  return <FormStateContext.Provider value={state}>{children}</FormStateContext.Provider>;
}

export function fieldId(name: string, suffix?: string, idPrefix?: string) {
  const base = `f-${idPrefix ? `${idPrefix}-` : ""}${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  return suffix ? `${base}-${suffix}` : base;
}

/** The errors, values and id prefix of the form around a field (for fields built outside this file). */
export function useFormState(): FormState {
  return useContext(FormStateContext);
}

function useField(name: string) {
  const { errors, values, idPrefix } = useContext(FormStateContext);
  return {
    error: errors[name],
    value: values[name],
    registered: { name },
    id: (suffix?: string) => fieldId(name, suffix, idPrefix),
  };
}

function describedBy(...ids: unknown[]) {
  const list = ids.filter((id): id is string => typeof id === "string" && id !== "").join(" ");
  return list || undefined;
}

export function ErrorSummary({
  errors,
  title = "There is a problem",
  idPrefix,
  focusKey,
}: {
  errors: FieldErrors;
  title?: string;
  idPrefix?: string;
  /** Focus moves here each time this changes (each check of the whole form); without it, when the errors change. */
  focusKey?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // A page can show two summaries at once (one per form), so the title's id is unique.
  const titleId = `${useId()}-error-summary-title`;
  const entries = Object.entries(errors);
  const signature = entries.map(([k, v]) => k + v).join("|");
  const trigger = focusKey ?? signature;
  const hasErrors = entries.length > 0;
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
    // Only a new check moves focus, not each change of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [trigger]);
  if (!entries.length) return null;
  return (
    // autoFocus is rendered by the server, so focus moves here without JavaScript too.
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      autoFocus
    >
      <h2 className="error-summary__title" id={titleId}>
        {title}
      </h2>
      <ul className="error-summary__list">
        {entries.map(([name, message]) => (
          <li key={name}>
            <a href={name === "form" ? "#main-content" : `#${fieldId(name, undefined, idPrefix)}`}>
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="error-message" id={id}>
      <span className="visually-hidden">Error: </span>
      {children}
    </p>
  );
}

export function Hint({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <div className="hint" id={id}>
      {children}
    </div>
  );
}

type TextInputProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  width?: "full" | "20" | "10" | "5" | "4" | "3" | "2";
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue" | "id">;

/** What a labelled control spreads onto itself: its id, its name and the links to its hint and error. */
type ControlProps = {
  id: string;
  name: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
};

/**
 * The form group every single-control field shares: label, hint and error above the control,
 * which `children` draws from the field's error, last value and wiring.
 */
function LabelledField({
  name,
  label,
  hint,
  children,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  children: (field: {
    error: string | undefined;
    value: FormValues[string] | undefined;
    control: ControlProps;
  }) => ReactNode;
}) {
  const { error, value, registered, id: idOf } = useField(name);
  const id = idOf();
  const control: ControlProps = {
    id,
    "aria-describedby": describedBy(hint && idOf("hint"), error && idOf("error")),
    "aria-invalid": error ? true : undefined,
    ...registered,
  };
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? <Hint id={idOf("hint")}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={idOf("error")}>{error}</ErrorMessage> : null}
      {children({ error, value, control })}
    </div>
  );
}

export function TextInput({
  name,
  label,
  hint,
  width = "full",
  className,
  ...rest
}: TextInputProps) {
  return (
    <LabelledField name={name} label={label} hint={hint}>
      {({ error, value, control }) => (
        <input
          {...control}
          className={`input input--w${width}${error ? " input--error" : ""}${className ? ` ${className}` : ""}`}
          type="text"
          defaultValue={typeof value === "string" && rest.type !== "password" ? value : undefined}
          {...rest}
        />
      )}
    </LabelledField>
  );
}

type TextareaProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  rows?: number;
  maxLength?: number;
};

export function Textarea({ name, label, hint, rows = 5, maxLength }: TextareaProps) {
  return (
    <LabelledField name={name} label={label} hint={hint}>
      {({ error, value, control }) => (
        <textarea
          {...control}
          className={`textarea${error ? " textarea--error" : ""}`}
          rows={rows}
          maxLength={maxLength}
          defaultValue={typeof value === "string" ? value : undefined}
        />
      )}
    </LabelledField>
  );
}

export type ChoiceOption = { value: string; label: ReactNode; hint?: ReactNode };

/** Reference data (`{ id, name }` lists) as the options of a select, radios or checkboxes. */
export const selectOptions = (list: readonly { id: string; name: string }[]) =>
  list.map((i) => ({ value: i.id, label: i.name }));

export function Select({
  name,
  label,
  hint,
  options,
  placeholder = "Choose one",
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
  /** The empty first choice; `false` for none (a "Sort by" always has a value). */
  placeholder?: string | false;
}) {
  return (
    <LabelledField name={name} label={label} hint={hint}>
      {({ error, value, control }) => (
        <select
          {...control}
          className={`select${error ? " select--error" : ""}`}
          defaultValue={typeof value === "string" ? value : ""}
        >
          {placeholder === false ? null : <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}

type GroupProps = {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly ChoiceOption[];
  inline?: boolean;
  /** The legend is the page's heading (one question per page). */
  legendIsHeading?: boolean;
};

function ChoiceGroup({
  type,
  name,
  legend,
  hint,
  options,
  inline,
  legendIsHeading,
}: GroupProps & { type: "radio" | "checkbox" }) {
  const { error, value, registered, id: idOf } = useField(name);
  const selected = Array.isArray(value) ? value : value ? [value] : [];
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      <fieldset
        className="fieldset"
        aria-describedby={describedBy(hint && idOf("hint"), error && idOf("error"))}
      >
        <legend
          className={legendIsHeading ? "fieldset__legend fieldset__legend--l" : "fieldset__legend"}
        >
          {legendIsHeading ? <h1 className="fieldset__heading">{legend}</h1> : legend}
        </legend>
        {hint ? <Hint id={idOf("hint")}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={idOf("error")}>{error}</ErrorMessage> : null}
        <div
          className={`${type === "radio" ? "radios" : "checkboxes"}${inline ? " choices--inline" : ""}`}
        >
          {options.map((option, index) => {
            // The first option carries the field id, so the error summary link lands on it.
            const id = index === 0 ? idOf() : idOf(option.value);
            return (
              <div className="choice" key={option.value}>
                <input
                  className="choice__input"
                  id={id}
                  type={type}
                  value={option.value}
                  defaultChecked={selected.includes(option.value)}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                  {...registered}
                />
                <label className="choice__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className="hint choice__hint" id={`${id}-hint`}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export const Radios = (props: GroupProps) => <ChoiceGroup type="radio" {...props} />;
export const Checkboxes = (props: GroupProps) => <ChoiceGroup type="checkbox" {...props} />;

/** One tick box ("I confirm ..."). Posts "on" when ticked. */
export function Checkbox({
  name,
  label,
  hint,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
}) {
  const { error, value, registered, id: idOf } = useField(name);
  const id = idOf();
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      {error ? <ErrorMessage id={idOf("error")}>{error}</ErrorMessage> : null}
      <div className="checkboxes">
        <div className="choice">
          <input
            className="choice__input"
            id={id}
            type="checkbox"
            value="on"
            defaultChecked={value === "on" || value === "true"}
            aria-describedby={describedBy(hint && idOf("hint"), error && idOf("error"))}
            {...registered}
          />
          <label className="choice__label" htmlFor={id}>
            {label}
          </label>
          {hint ? (
            <div className="hint choice__hint" id={idOf("hint")}>
              {hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}

export function Fieldset({
  legend,
  children,
  hint,
}: {
  legend: ReactNode;
  children: ReactNode;
  hint?: ReactNode;
}) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend fieldset__legend--m">{legend}</legend>
      {hint ? <Hint>{hint}</Hint> : null}
      {children}
    </fieldset>
  );
}

export function Button({
  children,
  variant = "primary",
  name,
  value,
  type = "submit",
}: {
  children: ReactNode;
  variant?: "primary" | "secondary" | "warning";
  name?: string;
  value?: string;
  type?: "submit" | "button";
}) {
  return (
    <button className={`button button--${variant}`} type={type} name={name} value={value}>
      {children}
    </button>
  );
}
