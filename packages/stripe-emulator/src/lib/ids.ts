/** Stripe-looking identifiers (`cus_…`, `cs_test_…`) from a cryptographic random source. */
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function createRandomToken(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length] ?? "0";
  return out;
}

/** Real ids are `prefix_` + 14–24 characters; Checkout Sessions carry a longer `cs_test_` token. */
export function createId(prefix: string, length = 24): string {
  return `${prefix}_${createRandomToken(length)}`;
}
