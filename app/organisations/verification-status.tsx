import { Tag } from "~/components/ui";
import { verificationLabels } from "./verification";

/**
 * Where an organisation's check by the partnership stands: the coloured tag and,
 * when staff gave one, their reason. Shown to the organisation and to staff alike.
 * A status it does not know reads as not yet checked.
 */
export function VerificationStatusValue({
  status,
  reason,
}: {
  status: string;
  reason: string | null | undefined;
}) {
  const { colour, label } =
    verificationLabels[status as keyof typeof verificationLabels] ?? verificationLabels.unverified;
  return (
    <>
      <Tag colour={colour}>{label}</Tag>
      {reason ? <p className="body">{reason}</p> : null}
    </>
  );
}
