import {
  isInstant,
  type PaymentMethod,
  type PaymentProviderV1CreateLinkOptions,
  ValidationError,
  type ValidationIssue,
} from '@cobro/core';
import { conektaCapabilities, conektaLinkLifetimeMs } from './conekta-capabilities';
import { toConektaCents } from './conekta-money';
import { toConektaAllowedMethods } from './conekta-payment-methods';

/** Metadata keys cobro writes on every Conekta order template; they come back on the order and its webhooks. */
export const conektaMetadataKeys = {
  invoiceReference: 'cobro_invoice_reference',
  attempt: 'cobro_attempt',
  idempotencyKey: 'cobro_idempotency_key',
} as const;

// Clamped expiries keep a minute's margin from Conekta's bounds, which it measures on its own clock on arrival.
const clampMarginSeconds = 60;

/**
 * Builds the `POST /checkouts` body for a single-use PaymentLink (spec `checkout`): one line item for the amount
 * in cents, the allowed methods, `expires_at` in epoch seconds clamped into Conekta's 5 minutes – 365 days, and cobro's
 * metadata (invoice reference, attempt, idempotency key) on the order template so that the paid order carries them.
 * Without `allowedMethods`, the link offers `defaultMethods` that the currency supports.
 *
 * `customer_info` is sent only when name, email and phone are all known, because Conekta requires all three there;
 * otherwise the hosted page asks the customer.
 *
 * @throws `ValidationError` listing every bad field by path.
 */
export function createConektaCheckoutBody(
  input: PaymentProviderV1CreateLinkOptions,
  {
    nowMs,
    defaultMethods,
    defaultTtlSeconds,
  }: { nowMs: number; defaultMethods: readonly PaymentMethod[]; defaultTtlSeconds: number },
): Record<string, unknown> {
  const issues: ValidationIssue[] = [];
  const collect = (run: () => void) => {
    try {
      run();
    } catch (error) {
      if (!ValidationError.isInstance(error)) throw error;
      issues.push(...error.issues);
    }
  };
  let cents = 0;
  let methods: string[] = [];
  const offered = conektaCapabilities.methodsByCurrency[input.amount.currency];
  if (offered === undefined) {
    issues.push({
      path: 'amount.currency',
      message: `Conekta links take ${Object.keys(conektaCapabilities.methodsByCurrency).join(' or ')}, not ${input.amount.currency}`,
    });
  } else {
    collect(() => {
      cents = toConektaCents(input.amount);
    });
    collect(() => {
      const defaults = defaultMethods.filter((method) => offered.includes(method));
      methods = toConektaAllowedMethods(input.allowedMethods ?? (defaults.length > 0 ? defaults : offered), offered);
    });
  }
  const description = input.description.trim();
  if (description.length < 3 || description.length > 249) {
    issues.push({ path: 'description', message: 'must be 3–249 characters (Conekta line item name)' });
  }
  if (input.invoiceReference.trim() === '') issues.push({ path: 'invoiceReference', message: 'must not be empty' });
  if (!Number.isSafeInteger(input.attempt) || input.attempt < 1)
    issues.push({ path: 'attempt', message: 'must be a positive integer' });
  if (input.idempotencyKey.trim() === '') issues.push({ path: 'idempotencyKey', message: 'must not be empty' });
  const nowSeconds = Math.floor(nowMs / 1000);
  const earliest = nowSeconds + conektaLinkLifetimeMs.min / 1000;
  const latest = nowSeconds + conektaLinkLifetimeMs.max / 1000;
  let expiresAt = nowSeconds + defaultTtlSeconds;
  if (input.expiresAt !== undefined) {
    if (!isInstant(input.expiresAt)) {
      issues.push({ path: 'expiresAt', message: 'must be an ISO 8601 instant such as 2026-05-01T12:00:00Z' });
    } else {
      expiresAt = Math.floor(Date.parse(input.expiresAt) / 1000);
      if (expiresAt < earliest) expiresAt = earliest + clampMarginSeconds;
      if (expiresAt > latest) expiresAt = latest - clampMarginSeconds;
    }
  }
  const userMetadata = input.metadata ?? {};
  const reserved = Object.values(conektaMetadataKeys) as string[];
  for (const key of Object.keys(userMetadata)) {
    if (reserved.includes(key)) issues.push({ path: `metadata.${key}`, message: 'is reserved by cobro' });
    const value = userMetadata[key];
    if (typeof value !== 'string' || value.length > 249) {
      issues.push({ path: `metadata.${key}`, message: 'must be a string of at most 249 characters' });
    }
  }
  if (Object.keys(userMetadata).length + reserved.length > 100) {
    issues.push({
      path: 'metadata',
      message: `must have at most ${100 - reserved.length} keys (Conekta allows 100 in all)`,
    });
  }
  if (issues.length > 0) throw new ValidationError({ subject: 'Conekta payment link', issues });

  const { name, email, phone } = input.customer;
  const customerInfo = name && email && phone ? { name, email, phone } : undefined;
  return {
    name: description,
    type: 'PaymentLink',
    recurrent: false,
    expires_at: expiresAt,
    allowed_payment_methods: methods,
    needs_shipping_contact: false,
    ...(input.successUrl === undefined ? {} : { success_url: input.successUrl }),
    order_template: {
      currency: input.amount.currency,
      line_items: [{ name: description, unit_price: cents, quantity: 1 }],
      ...(customerInfo === undefined ? {} : { customer_info: customerInfo }),
      metadata: {
        ...userMetadata,
        [conektaMetadataKeys.invoiceReference]: input.invoiceReference,
        [conektaMetadataKeys.attempt]: String(input.attempt),
        [conektaMetadataKeys.idempotencyKey]: input.idempotencyKey,
      },
    },
  };
}
