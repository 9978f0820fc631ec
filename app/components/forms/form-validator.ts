import {
  createFormControl,
  type FieldErrors as RhfErrors,
  type FieldValues,
  type Resolver,
} from "react-hook-form";
import type { z } from "zod";
import { fieldErrorsFrom, fieldOrderOf, formDataToValues, type FieldErrors } from "~/forms/parse";

// Loaded on demand by ValidatedForm (docs/decisions/006 and 009). react-hook-form
// keeps each field's state (touched, checked, its error) and decides when to
// check it: when the person leaves a field, and again as they type once it has
// an error or the form was sent. The resolver runs the form's own zod schema
// over exactly what the form would post (its FormData), through the same
// reader and error mapper as the server, so both give the same messages.

export type FormChecker = {
  /** The person left this field. */
  blur(name: string): Promise<void>;
  /** The person typed in, ticked or chose something in this field. */
  change(name: string): Promise<void>;
  /** Checks the whole form as this button would send it; no errors means send it. */
  submit(submitter: HTMLElement | null): Promise<FieldErrors>;
  /** A new answer from the server: its errors stand until the person changes those fields. */
  reset(serverErrors: FieldErrors): void;
  stop(): void;
};

function toRhfErrors(errors: FieldErrors): RhfErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([name, message]) => [name, { type: "schema", message }]),
  );
}

function fromRhfErrors(errors: RhfErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [name, error] of Object.entries(errors)) {
    if (typeof error?.message === "string") out[name] = error.message;
  }
  return out;
}

export function createChecker(
  schema: z.ZodType,
  form: HTMLFormElement,
  serverErrors: FieldErrors,
  onErrors: (errors: FieldErrors) => void,
): FormChecker {
  const order = fieldOrderOf(schema);
  let submitter: HTMLElement | null = null;
  const resolver: Resolver<FieldValues> = async () => {
    const result = await schema.safeParseAsync(formDataToValues(new FormData(form, submitter)));
    if (result.success) return { values: result.data as FieldValues, errors: {} };
    return { values: {}, errors: toRhfErrors(fieldErrorsFrom(result.error, order)) };
  };
  const { formControl } = createFormControl<FieldValues>({
    resolver,
    mode: "onTouched",
    reValidateMode: "onChange",
    // ValidatedForm moves focus to the error summary instead (GOV.UK pattern).
    shouldFocusError: false,
    errors: toRhfErrors(serverErrors),
  });
  const stop = formControl.subscribe({
    formState: { errors: true },
    callback: ({ errors }) => onErrors(fromRhfErrors(errors ?? {})),
  });

  // Fields are registered by name only: the DOM keeps their values (so the
  // form posts without JavaScript), and each event hands over what FormData
  // holds for the field.
  const fields = new Map<string, ReturnType<typeof formControl.register>>();
  const field = (name: string) => {
    let handlers = fields.get(name);
    if (!handlers) {
      handlers = formControl.register(name);
      fields.set(name, handlers);
    }
    return handlers;
  };
  const event = (name: string, type: "blur" | "change") => ({
    target: { name, value: formDataToValues(new FormData(form))[name] },
    type,
  });

  // A server error (say, "This password is too common") stands until the
  // person changes that field: leaving it unchanged does not clear it.
  let standing = { errors: serverErrors, values: formDataToValues(new FormData(form)) };
  const unchangedSinceServer = (name: string) =>
    name in standing.errors &&
    JSON.stringify(standing.values[name]) ===
      JSON.stringify(formDataToValues(new FormData(form))[name]);

  return {
    blur: async (name) => {
      if (unchangedSinceServer(name)) return;
      await field(name).onBlur(event(name, "blur"));
    },
    change: async (name) => {
      await field(name).onChange(event(name, "change"));
    },
    submit: async (button) => {
      submitter = button;
      let errors: FieldErrors = {};
      try {
        await formControl.handleSubmit(
          () => undefined,
          (invalid) => {
            errors = fromRhfErrors(invalid);
          },
        )();
      } finally {
        submitter = null;
      }
      return errors;
    },
    reset: (errors) => {
      standing = { errors, values: formDataToValues(new FormData(form)) };
      formControl.reset(undefined, { keepValues: true });
      for (const [name, message] of Object.entries(errors))
        formControl.setError(name, { type: "server", message });
    },
    stop,
  };
}
