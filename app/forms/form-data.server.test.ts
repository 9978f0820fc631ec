import { describe, expect, test } from "vitest";
import { readFormData, UNREADABLE_FORM_MESSAGE } from "./form-data.server";

const post = (contentType: string, body: string) =>
  new Request("http://localhost/sign-in", {
    method: "POST",
    headers: { "Content-Type": contentType },
    body,
  });

async function refusal(request: Request) {
  try {
    await readFormData(request);
  } catch (error) {
    return error as Response;
  }
  throw new Error("expected a thrown response");
}

describe("readFormData", () => {
  test("reads a real form", async () => {
    const form = await readFormData(post("application/x-www-form-urlencoded", "email=a%40b.test"));
    expect(form.get("email")).toBe("a@b.test");
  });

  test.each([
    ["a JSON body", "application/json", '{"email":"a@b.test"}'],
    ["a broken multipart body", "multipart/form-data; boundary=xx", "--xx\r\nbroken"],
    ["plain text", "text/plain", "email=a@b.test"],
  ])("answers %s with 400, not a 500", async (_, contentType, body) => {
    const response = await refusal(post(contentType, body));
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(UNREADABLE_FORM_MESSAGE);
  });
});
