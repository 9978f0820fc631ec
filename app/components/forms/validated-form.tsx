import { Form, useSubmit } from "@remix-run/react";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { z } from "zod";
import type { FieldErrors, FormValues } from "~/forms/parse";
import { ErrorSummary, FormStateProvider } from "./fields";

export type ActionFailure = { errors?: FieldErrors; values?: FormValues } | undefined | null;

/**
 * The schema, or a function that imports it. A function keeps zod out of the
 * page's first download (docs/decisions/006).
 */
export type SchemaSource = z.ZodType | (() => Promise<z.ZodType>);

type Validate = (form: HTMLFormElement, submitter: HTMLElement | null) => Promise<FieldErrors>;

/**
 * A real <form method="post"> that the server checks with `schema`; with
 * JavaScript, the same schema checks it first, through react-hook-form, and
 * problems show before any request. The checking code (react-hook-form, the
 * resolver and zod) loads when the person first focuses the form, so it is not
 * part of the page's first download.
 *
 * On a page with several forms, give each an `intent`: it is posted as a hidden
 * field, and only the form whose intent the action answered shows its errors.
 */
export function ValidatedForm({
  schema,
  defaultValues,
  actionData,
  intent,
  action,
  children,
  className,
}: {
  schema: SchemaSource;
  defaultValues?: FormValues;
  actionData?: ActionFailure;
  intent?: string;
  action?: string;
  children: ReactNode;
  className?: string;
}) {
  const mine = !intent || actionData?.values?.intent === intent ? actionData : undefined;
  const values = mine?.values ?? defaultValues ?? {};
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const validator = useRef<{ source: SchemaSource; validate: Promise<Validate> } | null>(null);
  const submit = useSubmit();

  // A new answer from the server replaces what the browser found.
  useEffect(() => setClientErrors({}), [mine]);

  // The same form component can move to another page with another schema (the
  // readiness sections do), so the checker is rebuilt when the schema changes.
  const load = () => {
    if (validator.current?.source !== schema) {
      const validate = Promise.all([
        typeof schema === "function" ? schema() : Promise.resolve(schema),
        import("./form-validator"),
      ]).then(([resolved, { createValidator }]) => createValidator(resolved));
      validator.current = { source: schema, validate };
    }
    return validator.current.validate;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    let errors: FieldErrors;
    try {
      errors = await (await load())(form, submitter);
    } catch {
      // The checking code did not load (a poor connection): the server checks anyway.
      errors = {};
    }
    setClientErrors(errors);
    if (Object.keys(errors).length === 0) submit(submitter ?? form);
  };

  const errors = Object.keys(clientErrors).length ? clientErrors : (mine?.errors ?? {});
  return (
    <>
      <ErrorSummary errors={errors} idPrefix={intent} />
      <Form method="post" action={action} noValidate onSubmit={onSubmit} onFocus={() => void load()} className={className}>
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        <FormStateProvider errors={errors} values={values} idPrefix={intent}>
          {children}
        </FormStateProvider>
      </Form>
    </>
  );
}
