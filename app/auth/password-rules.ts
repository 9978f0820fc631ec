// NCSC / NIST guidance: length, not composition rules; allow paste and long
// passphrases. Common passwords are refused on the server (the list is large).
// No zod here, so pages can show these without loading the schemas.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

export const COMMON_PASSWORD_MESSAGE =
  "This password is too common and easy to guess. Choose a different one, for example three random words";
