// Every action reads its form through here. `request.formData()` throws on a
// body that is not a form (JSON, a broken multipart body, a wrong
// Content-Type); that is the sender's mistake, so it answers 400 with a page
// that says what to do, never a 500.

export const UNREADABLE_FORM_MESSAGE =
  "We could not read that form. Go back, check what you entered and send it again.";

/** The request's form, or a thrown 400 when its body is not a form. */
export async function readFormData(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new Response(UNREADABLE_FORM_MESSAGE, { status: 400, statusText: "Bad Request" });
  }
}
