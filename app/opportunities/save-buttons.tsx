import { Button } from "~/components/forms/fields";

/**
 * The foot of both posting forms: save as a draft, or save and take the next
 * step. The action reads the button's value from the field `then`
 * (posting-form-actions.server.ts).
 */
export function SaveButtons({
  next,
  children,
}: {
  next: "submit" | "safeguarding";
  children: string;
}) {
  return (
    <div className="button-group">
      <Button name="then" value="draft" variant="secondary">
        Save as draft
      </Button>
      <Button name="then" value={next}>
        {children}
      </Button>
    </div>
  );
}
