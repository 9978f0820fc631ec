import commonPasswordList from "./common-passwords.txt?raw";

// The 10,000 most common passwords (from the zxcvbn frequency list), lower case.
const commonPasswords = new Set(commonPasswordList.split("\n").filter(Boolean));

export function isCommonPassword(password: string) {
  return commonPasswords.has(password.toLowerCase());
}
