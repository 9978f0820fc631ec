import { hash, verify } from "@node-rs/argon2";

// Argon2id (algorithm 2) at OWASP's minimum: 19 MiB, 2 passes, 1 lane (~60 ms here).
const ARGON2ID = 2;
const options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string) {
  return hash(password, options);
}

export async function verifyPassword(storedHash: string, password: string) {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not tell. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash() {
  dummyHash ??= hashPassword("not-a-real-password-just-timing");
  return dummyHash;
}
