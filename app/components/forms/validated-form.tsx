import { Form, useSubmit } from "@remix-run/react";
import {
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type FormEvent,
  type ReactNode,
} from "react";
import type { z } from "zod";
import type { FieldErrors, FormValues } from "~/forms/parse";
import { ErrorSummary, FormStateProvider } from "./fields";
import { titleAfterCheck } from "~/components/document-title";
import type { FormChecker as Checker } from "./form-validator";

export type ActionFailure = { errors?: FieldErrors; values?: FormValues } | undefined | null;

/**
 * The schema, or a function that imports it. A function keeps zod out of the
 * page's first download (docs/decisions/006).
 */
export type SchemaSource = z.ZodType | (() => Promise<z.ZodType>);

/** Form controls that hold an answer; buttons and hidden fields are not checked as people go. */
function answerField(
  target: EventTarget | null,
): (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) | null {
  if (!(
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  )) {
    return null;
  }
  if (!target.name || ["submit", "button", "reset", "hidden", "image"].includes(target.type))
    return null;
  return target;
}

/** The field a control answers: a date input's boxes all answer their date (data-field). */
const questionOf = (control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) =>
  control.dataset.field ?? control.name;

/**
 * A real <form method="post"> that the server checks with `schema`. With
 * JavaScript, react-hook-form checks each field with the same schema as people
 * go (when they leave a field, then as they type once it shows an error) and
 * the whole form on submit, so problems show before any request. The checking
 * code (react-hook-form and zod) loads when the person first focuses the form,
 * so it is not part of the page's first download (docs/decisions/006, 009).
 *
 * The error summary lists what the last check of the whole form found (the
 * server's answer, or the browser's on submit) and takes focus then; the
 * message beside each field follows the live check.
 *
 * On a page with several forms, give each an `intent`: it is posted as a hidden
 * field, and only the form whose intent the action answered shows its errors.
 *
 * `postWhenInvalid` posts the form even when the browser finds problems, for
 * forms whose action keeps the valid part (a readiness section saves the
 * answers given): with JavaScript the page then does what it does without.
 */
export function ValidatedForm({
  schema,
  defaultValues,
  actionData,
  intent,
  action,
  children,
  className,
  postWhenInvalid = false,
}: {
  schema: SchemaSource;
  defaultValues?: FormValues;
  actionData?: ActionFailure;
  intent?: string;
  action?: string;
  children: ReactNode;
  className?: string;
  postWhenInvalid?: boolean;
}) {
  const mine = !intent || actionData?.values?.intent === intent ? actionData : undefined;
  const values = mine?.values ?? defaultValues ?? {};
  const serverErrors = mine?.errors;
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>(serverErrors ?? {});
  // Client-side submit errors (null: show the server's), and a count that moves focus to the summary.
  const [summary, setSummary] = useState<{ errors: FieldErrors | null; attempt: number }>({
    errors: null,
    attempt: 0,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const checker = useRef<{ schema: z.ZodType; checker: Checker } | null>(null);
  const latestServerErrors = useRef(serverErrors);
  latestServerErrors.current = serverErrors;
  const submit = useSubmit();

  // A new answer from the server replaces what the browser found.
  useEffect(() => {
    setFieldErrors(serverErrors ?? {});
    setSummary((previous) => ({ errors: null, attempt: previous.attempt + 1 }));
    checker.current?.checker.reset(serverErrors ?? {});
  }, [mine, serverErrors]);

  useEffect(() => () => checker.current?.checker.stop(), []);

  // After a check in the browser the title says so too, as the server's
  // answer does (components/document-meta.tsx): a screen reader hears "Error:" first.
  useEffect(() => {
    if (summary.errors === null) return;
    document.title = titleAfterCheck(document.title, Object.keys(summary.errors).length > 0);
  }, [summary]);

  // Pages pass the schema as an inline import, a new function each render, so
  // the checker is kept for as long as the schema it resolves to is the same.
  // The same form component can move to another page with another schema (the
  // readiness sections do): then the checker is rebuilt.
  const load = async (): Promise<Checker> => {
    const form = formRef.current;
    if (!form) throw new Error("The form is not on the page");
    const [resolved, { createChecker }] = await Promise.all([
      typeof schema === "function" ? schema() : Promise.resolve(schema),
      import("./form-validator"),
    ]);
    if (checker.current?.schema !== resolved) {
      checker.current?.checker.stop();
      checker.current = {
        schema: resolved,
        checker: createChecker(resolved, form, latestServerErrors.current ?? {}, setFieldErrors),
      };
    }
    return checker.current.checker;
  };

  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    const field = answerField(event.target);
    if (!field) return;
    // Moving between the boxes of one group is not leaving the question.
    const next = answerField(event.relatedTarget);
    if (next && questionOf(next) === questionOf(field) && next.form === field.form) return;
    // Leaving for this form's own button: the press checks the whole form, and a
    // message shown now would push the button out from under the pointer, so the
    // click would land on nothing.
    const to = event.relatedTarget;
    if (to instanceof HTMLButtonElement && to.form === event.currentTarget) return;
    load().then(
      (c) => c.blur(questionOf(field)),
      () => undefined,
    );
  };

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const field = answerField(event.target);
    if (field)
      load().then(
        (c) => c.change(questionOf(field)),
        () => undefined,
      );
  };

  const check = async (form: HTMLFormElement, submitter: HTMLButtonElement | null) => {
    let errors: FieldErrors;
    try {
      errors = await (await load()).submit(submitter);
    } catch {
      // The checking code did not load (a poor connection): the server checks anyway.
      errors = {};
    }
    setSummary((previous) => ({ errors, attempt: previous.attempt + 1 }));
    if (postWhenInvalid || Object.keys(errors).length === 0) submit(submitter ?? form);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    // check() catches its own failures, so nothing is left unhandled.
    void check(event.currentTarget, submitter);
  };

  const summaryErrors = summary.errors ?? serverErrors ?? {};
  return (
    <>
      <ErrorSummary errors={summaryErrors} idPrefix={intent} focusKey={summary.attempt} />
      <Form
        ref={formRef}
        method="post"
        action={action}
        noValidate
        onSubmit={onSubmit}
        onFocus={() => void load().catch(() => undefined)}
        onBlur={onBlur}
        onChange={onChange}
        className={className}
      >
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        <FormStateProvider errors={fieldErrors} values={values} idPrefix={intent}>
          {children}
        </FormStateProvider>
      </Form>
    </>
  );
}
