import { Form } from "@remix-run/react";
import { formatDate } from "~/time/format";

export type JoinRequestShown = {
  id: string;
  name: string;
  email: string;
  message: string;
  createdAt: Date | string;
};

/**
 * People asking to join an organisation, each with "Say yes" (we email them an
 * invitation) and "Say no". The same list for the organisation's admins and for staff.
 */
export function JoinRequestList({ requests }: { requests: readonly JoinRequestShown[] }) {
  if (requests.length === 0) return <p className="body">Nobody is asking to join.</p>;
  return (
    <ul className="list list--plain">
      {requests.map((request) => (
        <li key={request.id} className="colleague">
          <strong>{request.name}</strong> ({request.email}) asked on {formatDate(request.createdAt)}
          {request.message ? (
            <span className="hint"> - &ldquo;{request.message}&rdquo;</span>
          ) : null}
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="join-request" />
            <input type="hidden" name="requestId" value={request.id} />{" "}
            <button type="submit" className="link-button" name="decision" value="approve">
              Say yes and invite<span className="visually-hidden"> {request.name}</span>
            </button>{" "}
            <button type="submit" className="link-button" name="decision" value="refuse">
              Say no<span className="visually-hidden"> to {request.name}</span>
            </button>
          </Form>
        </li>
      ))}
    </ul>
  );
}
