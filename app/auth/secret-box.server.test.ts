import { expect, test } from "vitest";
import { openSecret, sealSecret } from "./secret-box.server";

test("a sealed secret opens to itself and does not show it", () => {
  const sealed = sealSecret("JBSWY3DPEHPK3PXP");
  expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
  expect(openSecret(sealed)).toBe("JBSWY3DPEHPK3PXP");
  // A fresh nonce each time: the same secret never seals the same way twice.
  expect(sealSecret("JBSWY3DPEHPK3PXP")).not.toBe(sealed);
});

test("a changed or foreign value does not open", () => {
  const sealed = sealSecret("JBSWY3DPEHPK3PXP");
  const [version, iv, tag, body] = sealed.split(".");
  const flipped = body!.startsWith("A") ? `B${body!.slice(1)}` : `A${body!.slice(1)}`;
  expect(openSecret([version, iv, tag, flipped].join("."))).toBe(null);
  expect(openSecret("JBSWY3DPEHPK3PXP")).toBe(null);
});
