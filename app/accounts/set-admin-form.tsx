import { Form } from "@remix-run/react";

/**
 * Make someone an organisation admin, or stop them being one: the same form for
 * an organisation's own admins (/account) and for staff (an organisation's page).
 */
export function SetAdminForm({
  person,
}: {
  person: { id: string; name: string; isOrgAdmin: boolean };
}) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value="set-admin" />
      <input type="hidden" name="userId" value={person.id} />
      <input type="hidden" name="admin" value={person.isOrgAdmin ? "no" : "yes"} />{" "}
      <button type="submit" className="link-button">
        {person.isOrgAdmin ? "Stop being an admin" : "Make admin"}
        <span className="visually-hidden"> {person.name}</span>
      </button>
    </Form>
  );
}
