import { EmailInput } from "~/components/forms/account-inputs";

/**
 * The email address a person without an account gives to get an emailed link,
 * with the hidden field that only robots fill in (the action refuses those).
 */
export function EmailForLink({ hint }: { hint?: string }) {
  return (
    <>
      <EmailInput name="email" label="Email address" hint={hint} />
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="website">Leave this empty</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
    </>
  );
}
