import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchRoot } from '../lib/node-flags';
import { createSeededRandom } from '../lib/seeded-random';

/** The endpoint secret deliveries are signed with (a benchmark value, not a real secret). */
export const benchStripeWebhookSecret = 'whsec_bench0123456789abcdefghijklmnopqrstuv';

/** One Stripe webhook delivery: the exact bytes and the headers. */
export interface StripeDelivery {
  /** The body, exactly as signed. */
  readonly rawBody: string;
  /** `content-type` and `stripe-signature`. */
  readonly headers: Readonly<Record<string, string>>;
}

type Json = Record<string, unknown>;

// Stripe's own fixture objects (shared/specs/stripe/fixtures3.json, from stripe/openapi), so bodies have the fields
// and size of real deliveries.
function fixtures(): Record<string, Json> {
  const path = join(benchRoot, '..', '..', 'shared', 'specs', 'stripe', 'fixtures3.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { resources: Record<string, Json> }).resources;
}

/**
 * `count` signed Stripe events, seeded: Checkout Sessions completed (card, OXXO pending, async succeeded) and
 * expired, PaymentIntents succeeded and failed, charges refunded; each on Stripe's fixture object with cobro's
 * invoice reference in its metadata. Signed `t=<now>,v1=<hmac>` as Stripe signs them.
 */
export function generateStripeDeliveries(count: number, seed = 13): StripeDelivery[] {
  const random = createSeededRandom(seed);
  const resources = fixtures();
  const timestamp = Math.floor(Date.now() / 1000);
  const kinds = [
    'checkout.session.completed',
    'checkout.session.async_payment_succeeded',
    'checkout.session.expired',
    'payment_intent.succeeded',
    'payment_intent.payment_failed',
    'charge.refunded',
  ] as const;
  const deliveries: StripeDelivery[] = [];
  for (let index = 0; index < count; index++) {
    const type = random.pick(kinds);
    const currency = random.pick(['mxn', 'brl', 'eur', 'usd']);
    const amount = random.int(1_000, 500_000);
    const metadata = { cobro_invoice_reference: `inv_${random.int(0, 99_999)}`, cobro_attempt: '1' };
    let object: Json;
    if (type.startsWith('checkout.session.')) {
      object = {
        ...resources['checkout.session'],
        id: `cs_test_${index}`,
        amount_total: amount,
        amount_subtotal: amount,
        currency,
        metadata,
        payment_intent: `pi_${index}`,
        payment_link: `plink_${index % 500}`,
        payment_method_types: [currency === 'mxn' && random.next() < 0.3 ? 'oxxo' : 'card'],
        payment_status: type === 'checkout.session.expired' ? 'unpaid' : 'paid',
        status: type === 'checkout.session.expired' ? 'expired' : 'complete',
      };
      if (type === 'checkout.session.expired') object.payment_link = null;
    } else if (type.startsWith('payment_intent.')) {
      object = {
        ...resources.payment_intent,
        id: `pi_${index}`,
        amount,
        amount_received: type === 'payment_intent.succeeded' ? amount : 0,
        currency,
        metadata,
        status: type === 'payment_intent.succeeded' ? 'succeeded' : 'requires_payment_method',
        ...(type === 'payment_intent.payment_failed'
          ? { last_payment_error: { code: 'card_declined', decline_code: 'insufficient_funds', type: 'card_error' } }
          : {}),
      };
    } else {
      object = {
        ...resources.charge,
        id: `ch_${index}`,
        amount,
        amount_refunded: Math.floor(amount / 2),
        refunded: false,
        currency,
        metadata,
        payment_intent: `pi_${index}`,
      };
    }
    const event = {
      id: `evt_${index.toString(36).padStart(10, '0')}`,
      object: 'event',
      api_version: '2023-08-16',
      created: timestamp - 5,
      data: { object },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    };
    const rawBody = JSON.stringify(event, null, 2);
    const v1 = createHmac('sha256', benchStripeWebhookSecret).update(`${timestamp}.${rawBody}`).digest('hex');
    deliveries.push({
      rawBody,
      headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': `t=${timestamp},v1=${v1}` },
    });
  }
  return deliveries;
}
