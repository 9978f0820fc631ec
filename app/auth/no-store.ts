/**
 * The `headers` of pages opened from an emailed link (join, reset password,
 * confirm email): they show a token's details, so no cache, shared or the
 * browser's own, may keep them (ASVS 14.3.2).
 */
export const noStoreHeaders = () => ({ "Cache-Control": "no-store" });
