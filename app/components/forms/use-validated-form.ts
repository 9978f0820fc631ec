import { useSubmit } from "@remix-run/react";
import type { FormEvent } from "react";
import { useMemo } from "react";
import { useForm, type FieldErrors as RhfErrors, type FieldValues, type Resolver } from "react-hook-form";
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
 * The schema, or a function that imports it. Passing a function keeps zod out
 * of the page's first download: it is fetched when the person first focuses
 * the form, well before they press the button (docs/decisions/006).
 */
export type SchemaSource = z.ZodType | (() => Promise<z.ZodType>);

function lazyZodResolver(source: SchemaSource) {
  let loading: Promise<Resolver<FieldValues>> | undefined;
  const load = () =>
    (loading ??= Promise.all([
      typeof source === "function" ? source() : Promise.resolve(source),
      import("@hookform/resolvers/zod"),
    ]).then(([schema, { zodResolver }]) => zodResolver(schema as never) as unknown as Resolver<FieldValues>));
  const resolver: Resolver<FieldValues> = async (values, context, options) => (await load())(values, context, options);
  return { resolver, preload: () => void load() };
}

/**
 * react-hook-form with the same zod schema the server uses. The form keeps real
 * `name`s, so it posts and validates on the server without JavaScript; with
 * JavaScript, errors show before any request. Server errors (from `actionData`)
 * show when the browser found none.
 */
export function useValidatedForm(options: { schema: SchemaSource; defaultValues?: FormValues; actionData?: ActionFailure }) {
  const values = options.actionData?.values ?? options.defaultValues ?? {};
  // One resolver per form instance; the schema source does not change between renders.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const { resolver, preload } = useMemo(() => lazyZodResolver(options.schema), []);
  const form = useForm<FieldValues>({
    // The schema's input is the form's string values; its output is for the server.
    resolver,
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

  return { form, errors, values, register: form.register, onSubmit, preload };
}
