import { createStripe } from '@cobro/stripe';
import Stripe from 'stripe';
import { benchStripeWebhookSecret, generateStripeDeliveries } from '../data/stripe-deliveries';
import { scaled } from '../lib/bench-mode';
import { measureInterleaved } from '../lib/interleaved-rate';
import { measureRates } from '../lib/tinybench-rate';
import type { WorkloadResult } from '../lib/workload-result';
import { measurePaymentProviderWebhooks } from './payment-provider-webhooks';

/**
 * Workload 4: Stripe-Signature verification and event parsing, @cobro/stripe beside stripe.webhooks.constructEvent
 * (timed in alternation, so the ratio holds on a loaded machine), with PayPal's and Conekta's verification beside it.
 */
export async function runStripeWebhook(): Promise<WorkloadResult> {
  const deliveries = generateStripeDeliveries(scaled(1_000, 200));
  // Small batches: on a shared machine a batch that spans a scheduler time slice is inflated; most of these do not.
  const batch = 10;
  // A cursor per side: each runs once per round, so in every round all three handle the very same deliveries.
  const batches = () => {
    let cursor = 0;
    return () => {
      const start = cursor;
      cursor = (cursor + batch) % deliveries.length;
      return deliveries.slice(start, start + batch);
    };
  };
  const [cobroBatch, syncBatch, asyncBatch] = [batches(), batches(), batches()];
  const stripe = new Stripe('sk_test_bench');
  const signature = (delivery: (typeof deliveries)[number]) => delivery.headers['stripe-signature'] as string;
  const provider = createStripe({ secretKey: 'sk_test_bench', webhookSecret: benchStripeWebhookSecret });
  const cobro = (delivery: (typeof deliveries)[number]) =>
    // The request's headers as the app has them, as constructEvent gets the header from them.
    provider.parseWebhook({ rawBody: delivery.rawBody, headers: delivery.headers });
  const notes = [
    `${deliveries.length.toLocaleString('en-US')} seeded events on Stripe's fixture objects (Checkout Sessions completed/async/expired, PaymentIntents succeeded/failed, charges refunded; ~2–4 KB each), signed t=…,v1=… with HMAC-SHA256 under a whsec_ secret.`,
    'stripe.webhooks.constructEvent verifies with node:crypto synchronously and returns the parsed event; constructEventAsync uses the async crypto provider. @cobro/stripe verifies with the HMAC of node:crypto synchronously on Node (WebCrypto elsewhere), the key made once per secret and the MAC compared as bytes against the hex of the header, then maps the event to a typed PaymentProviderV1WebhookEvent (the peers leave mapping to the app) and hands it back as an already-settled promise, awaited per event. Each round times a batch of 10 events on each side, the same 10 on all three.',
  ];
  const mapped = new Map<string, number>();
  for (const delivery of deliveries) {
    const event = await cobro(delivery);
    mapped.set(event.type, (mapped.get(event.type) ?? 0) + 1);
  }
  // Under BENCH_PROFILE only cobro's side runs, so the profile names what bounds it.
  const profiling = process.env.BENCH_PROFILE === '1';
  const tasks = [
    {
      name: '@cobro/stripe parseWebhook',
      fn: async () => {
        for (const delivery of cobroBatch()) await cobro(delivery);
      },
    },
    ...(profiling
      ? []
      : [
          {
            name: 'stripe constructEvent',
            fn: () => {
              for (const delivery of syncBatch())
                stripe.webhooks.constructEvent(delivery.rawBody, signature(delivery), benchStripeWebhookSecret);
            },
          },
          {
            name: 'stripe constructEventAsync',
            fn: async () => {
              for (const delivery of asyncBatch()) {
                await stripe.webhooks.constructEventAsync(
                  delivery.rawBody,
                  signature(delivery),
                  benchStripeWebhookSecret,
                );
              }
            },
          },
        ]),
  ];
  const interleaved = profiling ? undefined : await measureInterleaved(tasks, batch);
  const [ours, sync, async] = interleaved ? interleaved.rates : await measureRates(tasks, batch);
  const others = profiling ? { rows: [], notes: [] } : await measurePaymentProviderWebhooks();
  // Paired per round: each round times the three back to back, under the same load.
  const ratio = interleaved?.relativeTime[1] ?? (ours?.perSecond ?? Number.NaN) / (sync?.perSecond ?? Number.NaN);
  const asyncRatio = interleaved?.relativeTime[2] ?? (ours?.perSecond ?? Number.NaN) / (async?.perSecond ?? Number.NaN);
  notes.push(`Events as cobro mapped them: ${[...mapped].map(([type, count]) => `${type} ${count}`).join(', ')}.`);
  return {
    id: 'stripe-webhook',
    title: 'Payment webhook verification + mapping (Stripe beside constructEvent; PayPal, Conekta)',
    rows: [
      {
        subject: '@cobro/stripe parseWebhook (verify + map)',
        metric: 'events/s',
        value: ours?.perSecond ?? Number.NaN,
        note: `±${ours?.rme.toFixed(1)}%`,
      },
      {
        subject: 'stripe 23.1.0 constructEvent',
        metric: 'events/s',
        value: sync?.perSecond ?? Number.NaN,
        note: `±${sync?.rme.toFixed(1)}%`,
      },
      {
        subject: 'stripe 23.1.0 constructEventAsync',
        metric: 'events/s',
        value: async?.perSecond ?? Number.NaN,
        note: `±${async?.rme.toFixed(1)}%`,
      },
      { subject: 'ratio cobro / constructEvent', metric: '×', value: ratio, note: 'median of per-round ratios' },
      {
        subject: 'ratio cobro / constructEventAsync',
        metric: '×',
        value: asyncRatio,
        note: 'median of per-round ratios',
      },
      ...others.rows,
    ],
    targets: [
      {
        goal: 'Stripe verification at least as fast as the official library (constructEvent)',
        met: ratio >= 1,
        detail:
          ratio >= 1
            ? `${ratio.toFixed(2)}× constructEvent`
            : `${((1 - ratio) * 100).toFixed(0)}% slower than constructEvent`,
      },
    ],
    notes: [...notes, ...others.notes],
  };
}
