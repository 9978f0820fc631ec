import { zodResolver } from "@hookform/resolvers/zod";
import { useSubmit } from "@remix-run/react";
import type { FormEvent } from "react";
import { useForm, type FieldErrors as RhfErrors, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import type { FieldErrors, FormValues } from "~/forms/parse";

export type ActionFailure = { errors?: FieldErrors; values?: FormValues } | undefined | null;

function flattenErrors(errors: RhfErrors, prefix = ""): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value.message === "string") out[path] = value.message;
    else if (typeof value === "object") Object.assign(out, flattenErrors(value as RhfErrors, path));
  }
  return out;
}

/**
 * react-hook-form with the same zod schema the server uses. The form keeps real
 * `name`s, so it posts and validates on the server without JavaScript; with
 * JavaScript, errors show before any request. Server errors (from `actionData`)
 * show when the browser found none.
 */
export function useValidatedForm(options: { schema: z.ZodType; defaultValues?: FormValues; actionData?: ActionFailure }) {
  const values = options.actionData?.values ?? options.defaultValues ?? {};
  const form = useForm<FieldValues>({
    // The schema's input is the form's string values; its output is for the server.
    resolver: zodResolver(options.schema as never) as never,
    defaultValues: values,
    shouldFocusError: false,
  });
  const submit = useSubmit();
  const clientErrors = flattenErrors(form.formState.errors);
  const errors = Object.keys(clientErrors).length ? clientErrors : (options.actionData?.errors ?? {});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const native = event.nativeEvent as SubmitEvent;
    const target = (native.submitter as HTMLButtonElement | null) ?? event.currentTarget;
    return form.handleSubmit(() => submit(target))(event);
  };

  return { form, errors, values, register: form.register, onSubmit };
}
