// Plain fields for GET filter forms (no react-hook-form: filters are links, not submissions).

/** A text filter (part of a name or address), with a hint. */
export function TextFilterField({
  name,
  label,
  hint,
  value,
}: {
  name: string;
  label: string;
  hint: string;
  value: string;
}) {
  const id = `filter-${name}`;
  return (
    <div className="form-group">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <div className="hint" id={`${id}-hint`}>
        {hint}
      </div>
      <input
        className="input input--w20"
        id={id}
        name={name}
        type="search"
        defaultValue={value}
        spellCheck={false}
        maxLength={200}
        aria-describedby={`${id}-hint`}
      />
    </div>
  );
}

/** A select filter; the first option means "no filter". */
export function SelectField({
  name,
  label,
  value,
  anyLabel,
  options,
  error,
}: {
  name: string;
  label: string;
  value: string;
  anyLabel?: string;
  options: readonly { id: string; name: string }[];
  /** Said when the query string held a value that is not one of the options. */
  error?: string;
}) {
  const id = `filter-${name}`;
  return (
    <div className={`form-group${error ? " form-group--error" : ""}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <select
        className={`select${error ? " select--error" : ""}`}
        id={id}
        name={name}
        defaultValue={value}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
      >
        {anyLabel ? <option value="">{anyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
