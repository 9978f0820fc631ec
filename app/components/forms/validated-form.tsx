import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import type { FormValues } from "~/forms/parse";
import { ErrorSummary, FormStateProvider } from "./fields";
import { useValidatedForm, type ActionFailure, type SchemaSource } from "./use-validated-form";

/**
 * A form that validates with `schema` in the browser and posts to the same
 * schema on the server. On a page with several forms, give each an `intent`:
 * it is posted as a hidden field, and only the form whose intent the action
 * answered shows that answer's errors.
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
  // The intent is part of the values, so the browser-side check sees it too.
  const { errors, values, register, onSubmit, preload } = useValidatedForm({
    schema,
    defaultValues: intent ? { ...defaultValues, intent } : defaultValues,
    actionData: mine,
  });
  return (
    <>
      <ErrorSummary errors={errors} idPrefix={intent} />
      <Form method="post" action={action} noValidate onSubmit={onSubmit} onFocus={preload} className={className}>
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        <FormStateProvider errors={errors} values={values} register={register} idPrefix={intent}>
          {children}
        </FormStateProvider>
      </Form>
    </>
  );
}
