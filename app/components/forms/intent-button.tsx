import { Form } from "@remix-run/react";
import type { ReactNode } from "react";

/** A form of one button, beside others in a button group, that posts `intent` to this page's action. */
export function IntentButton({
  intent,
  secondary = false,
  children,
}: {
  intent: string;
  secondary?: boolean;
  children: ReactNode;
}) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className={secondary ? "button button--secondary" : "button"}>
        {children}
      </button>
    </Form>
  );
}
