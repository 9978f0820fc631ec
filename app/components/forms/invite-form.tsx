import { EmailInput } from "./account-inputs";
import { Button } from "./fields";
import { type ActionFailure, type SchemaSource, ValidatedForm } from "./validated-form";

/**
 * The form that invites someone by email (a colleague, a member of staff). It posts
 * intent "invite"; the page's action sends the invitation.
 */
export function InviteForm({
  schema,
  name,
  label,
  actionData,
}: {
  schema: SchemaSource;
  name: string;
  label: string;
  actionData?: ActionFailure;
}) {
  return (
    <ValidatedForm schema={schema} intent="invite" actionData={actionData}>
      <EmailInput name={name} label={label} autoComplete="off" />
      <Button variant="secondary">Send invitation</Button>
    </ValidatedForm>
  );
}
