import { Link } from "@remix-run/react";
import { Checkbox } from "~/components/forms/fields";
import { WarningText } from "~/components/ui";
import { duplicateReasonText, type DuplicateReason } from "./duplicates";

export type DuplicateShown = {
  id: string;
  name: string;
  area: string | null;
  reasons: DuplicateReason[];
};

function why(duplicate: DuplicateShown) {
  return duplicate.reasons.map((reason) => duplicateReasonText[reason]).join(" and ");
}

/**
 * On sign-up, inside the form: organisations that may be the one the person is
 * signing up. They can ask to join one (its admin says yes) or tick the box and
 * make a new one. Only what the organisation is called and where: never its people.
 */
export function SignUpDuplicates({ duplicates }: { duplicates: readonly DuplicateShown[] }) {
  return (
    <section className="inset-text" aria-labelledby="duplicates-heading">
      <h2 className="heading-m" id="duplicates-heading">
        Your organisation may already be on SkillsBridge
      </h2>
      <ul className="list">
        {duplicates.map((duplicate) => (
          <li key={duplicate.id}>
            <strong>{duplicate.name}</strong>
            {duplicate.area ? ` (${duplicate.area})` : ""} {why(duplicate)}.{" "}
            <Link to={`/ask-to-join?organisation=${encodeURIComponent(duplicate.id)}`}>
              Ask to join {duplicate.name}
            </Link>
          </li>
        ))}
      </ul>
      <p className="body">
        If you work there, ask to join it. Its admin will say yes or no. Then we email you a link to
        make your account. Or ask a colleague there to invite you.
      </p>
      <p className="body">
        If none of these is your organisation, tick the box. Then type your password again and
        create your account.
      </p>
      <Checkbox name="notADuplicate" label="None of these is my organisation" />
    </section>
  );
}

/** On the staff page: organisations that may be this one, each a link to its own page. */
export function StaffDuplicates({ duplicates }: { duplicates: readonly DuplicateShown[] }) {
  if (duplicates.length === 0) return null;
  return (
    <section aria-labelledby="duplicates-heading">
      <WarningText>
        <span id="duplicates-heading">
          This may be the same as {duplicates.length === 1 ? "an organisation" : "organisations"}{" "}
          already on SkillsBridge.
        </span>
      </WarningText>
      <ul className="list">
        {duplicates.map((duplicate) => (
          <li key={duplicate.id}>
            <Link to={`/staff/verification/${duplicate.id}`}>{duplicate.name}</Link>
            {duplicate.area ? ` (${duplicate.area})` : ""} {why(duplicate)}.
          </li>
        ))}
      </ul>
    </section>
  );
}
