const maxStripeKeyLength = 255;

/**
 * The `Idempotency-Key` of one sub-request of a cobro operation: `${key}:${step}` (e.g. `…:price`, `…:link`), so a
 * retried operation repeats every step with the same key and Stripe replays each first result. A key longer than
 * Stripe's 255 characters is replaced by its SHA-256, still deterministic.
 */
export async function stripeIdempotencyKey(key: string, step: string): Promise<string> {
  const derived = `${key}:${step}`;
  if (derived.length <= maxStripeKeyLength) return derived;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(derived));
  const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `cobro-sha256-${hex}`;
}
