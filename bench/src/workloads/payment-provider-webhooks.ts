import { createPublicKey, createVerify, verify, X509Certificate } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { createConekta } from '@cobro/conekta';
import { createPayPal } from '@cobro/paypal';
import {
  generateConektaDeliveries,
  generatePayPalDeliveries,
  paymentBenchNow,
  type SignedDelivery,
} from '../data/payment-provider-deliveries';
import { scaled } from '../lib/bench-mode';
import { measureInterleaved } from '../lib/interleaved-rate';
import type { ResultRow } from '../lib/workload-result';

const cycle = (deliveries: readonly SignedDelivery[], batch: number) => {
  let cursor = 0;
  return () => {
    const start = cursor;
    cursor = (cursor + batch) % deliveries.length;
    return deliveries.slice(start, start + batch);
  };
};

/**
 * PayPal and Conekta webhook verification, reported beside Stripe's: each adapter's `parseWebhook` (verify on the raw
 * bytes, parse, map) against the check each provider's documentation describes, written with `node:crypto` (PayPal
 * offers no maintained Node SDK for it; Conekta's SDK leaves it to the app), timed in alternation.
 */
export async function measurePaymentProviderWebhooks(): Promise<{ rows: ResultRow[]; notes: string[] }> {
  const count = scaled(200, 40);
  const batch = 5;
  const now = () => paymentBenchNow;

  const paypalData = await generatePayPalDeliveries(count);
  const paypal = createPayPal({
    ...paypalData.credentials,
    // The emulator is gone: the certificate is served from memory, as it is from the cache after the first delivery.
    certificateHostAllowlist: [paypalData.host],
    fetchCertificate: async () => paypalData.certificate,
    clock: now,
  });
  const paypalKey = new X509Certificate(paypalData.certificate).publicKey;
  const nextPayPal = cycle(paypalData.deliveries, batch);
  const paypalByHand = (delivery: SignedDelivery) => {
    const headers = delivery.headers;
    const message = `${headers['paypal-transmission-id']}|${headers['paypal-transmission-time']}|${paypalData.credentials.webhookId}|${crc32(Buffer.from(delivery.rawBody, 'utf8')) >>> 0}`;
    const signature = Buffer.from(String(headers['paypal-transmission-sig']), 'base64');
    if (!verify('sha256', Buffer.from(message, 'utf8'), paypalKey, signature)) throw new Error('bad PayPal signature');
    return JSON.parse(delivery.rawBody) as unknown;
  };

  const conektaData = await generateConektaDeliveries(count);
  const conekta = createConekta({
    privateKey: 'key_bench_unused',
    webhookPublicKey: conektaData.publicKey,
    // Every delivery is parsed many times over: remembering ids would answer from memory after the first round.
    eventDeduplicationSize: 0,
    now,
  });
  const conektaKey = createPublicKey(conektaData.publicKey);
  const nextConekta = cycle(conektaData.deliveries, batch);
  const conektaByHand = (delivery: SignedDelivery) => {
    const valid = createVerify('RSA-SHA256')
      .update(delivery.rawBody)
      .verify(conektaKey, String(delivery.headers.digest), 'base64');
    if (!valid) throw new Error('bad Conekta digest');
    return JSON.parse(delivery.rawBody) as unknown;
  };

  // Every delivery must verify and map before anything is timed: a bench that measures failures measures nothing.
  for (const delivery of paypalData.deliveries) {
    const event = await paypal.parseWebhook({ rawBody: delivery.rawBody, headers: delivery.headers });
    if (event.type !== 'payment-succeeded') throw new Error(`PayPal bench delivery mapped to ${event.type}`);
    paypalByHand(delivery);
  }
  for (const delivery of conektaData.deliveries) {
    const event = await conekta.parseWebhook({ rawBody: delivery.rawBody, headers: delivery.headers });
    if (event.type !== 'payment-succeeded') throw new Error(`Conekta bench delivery mapped to ${event.type}`);
    conektaByHand(delivery);
  }

  const payPalRates = await measureInterleaved(
    [
      {
        name: '@cobro/paypal parseWebhook',
        fn: async () => {
          for (const delivery of nextPayPal())
            await paypal.parseWebhook({ rawBody: delivery.rawBody, headers: delivery.headers });
        },
      },
      {
        name: 'PayPal docs recipe (node:crypto)',
        fn: () => {
          for (const delivery of nextPayPal()) paypalByHand(delivery);
        },
      },
    ],
    batch,
    { budgetMs: scaled(6_000, 400) },
  );
  const conektaRates = await measureInterleaved(
    [
      {
        name: '@cobro/conekta parseWebhook',
        fn: async () => {
          for (const delivery of nextConekta())
            await conekta.parseWebhook({ rawBody: delivery.rawBody, headers: delivery.headers });
        },
      },
      {
        name: 'Conekta docs recipe (node:crypto)',
        fn: () => {
          for (const delivery of nextConekta()) conektaByHand(delivery);
        },
      },
    ],
    batch,
    { budgetMs: scaled(6_000, 400) },
  );
  const rows: ResultRow[] = [];
  for (const [label, measured] of [
    ['PayPal', payPalRates],
    ['Conekta', conektaRates],
  ] as const) {
    const [ours, peer] = measured.rates;
    rows.push(
      {
        subject: `${ours?.name} (verify + map)`,
        metric: 'events/s',
        value: ours?.perSecond ?? Number.NaN,
        note: `±${ours?.rme.toFixed(1)}%`,
      },
      {
        subject: `${peer?.name} (verify + JSON.parse)`,
        metric: 'events/s',
        value: peer?.perSecond ?? Number.NaN,
        note: `±${peer?.rme.toFixed(1)}%`,
      },
      {
        subject: `ratio cobro / ${label} docs recipe`,
        metric: '×',
        // relativeTime[1] is the recipe's time over cobro's: above 1, cobro is faster.
        value: measured.relativeTime[1] ?? Number.NaN,
        note: 'median of per-round ratios',
      },
    );
  }
  return {
    rows,
    notes: [
      `PayPal: ${count} INVOICING.INVOICE.PAID deliveries made by the PayPal emulator for invoices the adapter created, verified offline (SHA256withRSA over id|time|webhookId|crc32, certificate cached) on a fixed clock, transmission age and certificate path checked, event mapped; the recipe verifies and parses only.`,
      `Conekta: ${count} order.paid deliveries made by the Conekta emulator, digest verified (RSA-SHA256; cobro uses WebCrypto, edge-safe) and mapped; the recipe verifies with node:crypto and parses only.`,
    ],
  };
}
