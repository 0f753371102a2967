import Stripe from 'stripe';
import { benchStripeWebhookSecret, generateStripeDeliveries } from '../data/stripe-deliveries';
import { scaled } from '../lib/bench-mode';
import { measureRates } from '../lib/tinybench-rate';
import type { WorkloadResult } from '../lib/workload-result';

type ParseWebhook = (request: { rawBody: string; headers: Record<string, string> }) => Promise<{ type: string }>;

// @cobro/stripe is being written alongside the bench: load it at run time and say so cleanly when it is not usable.
async function loadCobroStripe(): Promise<ParseWebhook | string> {
  try {
    const module = (await import('@cobro/stripe')) as Record<string, unknown>;
    const createStripe = module.createStripe as
      | ((settings: Record<string, unknown>) => { parseWebhook?: ParseWebhook })
      | undefined;
    if (typeof createStripe !== 'function') return '@cobro/stripe does not export createStripe yet';
    const provider = createStripe({ secretKey: 'sk_test_bench', webhookSecret: benchStripeWebhookSecret });
    if (typeof provider.parseWebhook !== 'function') return 'createStripe(...) has no parseWebhook yet';
    return provider.parseWebhook.bind(provider);
  } catch (error) {
    return `@cobro/stripe failed to load: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Workload 4: Stripe-Signature verification and event parsing, @cobro/stripe beside stripe.webhooks.constructEvent. */
export async function runStripeWebhook(): Promise<WorkloadResult> {
  const deliveries = generateStripeDeliveries(scaled(1_000, 200));
  const batch = 100;
  let cursor = 0;
  const nextBatch = () => {
    const start = cursor;
    cursor = (cursor + batch) % deliveries.length;
    return deliveries.slice(start, start + batch);
  };
  const stripe = new Stripe('sk_test_bench');
  const signature = (delivery: (typeof deliveries)[number]) => delivery.headers['stripe-signature'] as string;
  const cobro = await loadCobroStripe();
  const notes = [
    `${deliveries.length.toLocaleString('en-US')} seeded events on Stripe's fixture objects (Checkout Sessions completed/async/expired, PaymentIntents succeeded/failed, charges refunded; ~2–4 KB each), signed t=…,v1=… with HMAC-SHA256 under a whsec_ secret.`,
    'stripe.webhooks.constructEvent verifies with node:crypto synchronously and returns the parsed event; constructEventAsync uses the async crypto provider. @cobro/stripe verifies through computeHmac of @cobro/core (node:crypto on Node, WebCrypto elsewhere), then maps the event to a typed PaymentProviderV1WebhookEvent (the peers leave mapping to the app).',
  ];
  for (const delivery of deliveries)
    stripe.webhooks.constructEvent(delivery.rawBody, signature(delivery), benchStripeWebhookSecret);
  if (typeof cobro === 'string') {
    const [sync, async] = await measureRates(
      [
        {
          name: 'stripe constructEvent',
          fn: () => {
            for (const delivery of nextBatch())
              stripe.webhooks.constructEvent(delivery.rawBody, signature(delivery), benchStripeWebhookSecret);
          },
        },
        {
          name: 'stripe constructEventAsync',
          fn: async () => {
            for (const delivery of nextBatch()) {
              await stripe.webhooks.constructEventAsync(
                delivery.rawBody,
                signature(delivery),
                benchStripeWebhookSecret,
              );
            }
          },
        },
      ],
      batch,
    );
    return {
      id: 'stripe-webhook',
      title: 'Stripe webhook verification + mapping',
      rows: [
        {
          subject: '@cobro/stripe parseWebhook',
          metric: 'events/s',
          value: Number.NaN,
          note: `not available: ${cobro}`,
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
      ],
      targets: [
        {
          goal: 'Stripe verification at least as fast as the official library',
          met: null,
          detail: `not available: ${cobro}`,
        },
      ],
      notes,
    };
  }
  const mapped = new Map<string, number>();
  for (const delivery of deliveries) {
    const event = await cobro({ rawBody: delivery.rawBody, headers: { ...delivery.headers } });
    mapped.set(event.type, (mapped.get(event.type) ?? 0) + 1);
  }
  // Under BENCH_PROFILE only cobro's side runs, so the profile names what bounds it.
  const profiling = process.env.BENCH_PROFILE === '1';
  const [ours, sync, async] = await measureRates(
    [
      {
        name: '@cobro/stripe parseWebhook',
        fn: async () => {
          for (const delivery of nextBatch())
            await cobro({ rawBody: delivery.rawBody, headers: { ...delivery.headers } });
        },
      },
      ...(profiling
        ? []
        : [
            {
              name: 'stripe constructEvent',
              fn: () => {
                for (const delivery of nextBatch())
                  stripe.webhooks.constructEvent(delivery.rawBody, signature(delivery), benchStripeWebhookSecret);
              },
            },
            {
              name: 'stripe constructEventAsync',
              fn: async () => {
                for (const delivery of nextBatch()) {
                  await stripe.webhooks.constructEventAsync(
                    delivery.rawBody,
                    signature(delivery),
                    benchStripeWebhookSecret,
                  );
                }
              },
            },
          ]),
    ],
    batch,
  );
  const ratio = (ours?.perSecond ?? Number.NaN) / (sync?.perSecond ?? Number.NaN);
  notes.push(`Events as cobro mapped them: ${[...mapped].map(([type, count]) => `${type} ${count}`).join(', ')}.`);
  return {
    id: 'stripe-webhook',
    title: 'Stripe webhook verification + mapping',
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
      { subject: 'ratio cobro / constructEvent', metric: '×', value: ratio },
      {
        subject: 'ratio cobro / constructEventAsync',
        metric: '×',
        value: (ours?.perSecond ?? Number.NaN) / (async?.perSecond ?? Number.NaN),
      },
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
    notes,
  };
}
